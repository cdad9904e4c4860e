package dev.rubric.rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a criterion or dimension by what a user types: its id or its title, in any case. When
 * nothing matches, the nearest id or title is offered ("did you mean"): a word containing what was
 * typed, else the closest by edits.
 */
public final class RubricLookup {
    private final Rubric rubric;

    public RubricLookup(Rubric rubric) {
        this.rubric = rubric;
    }

    public Optional<Criterion> criterion(String query) {
        String wanted = normal(query);
        return rubric.criteria().stream().filter(c -> normal(c.id()).equals(wanted)).findFirst()
                .or(() -> rubric.criteria().stream().filter(c -> normal(c.title()).equals(wanted)).findFirst());
    }

    public Optional<Dimension> dimension(String query) {
        String wanted = normal(query);
        return rubric.dimensions().stream().filter(d -> normal(d.id()).equals(wanted)).findFirst()
                .or(() -> rubric.dimensions().stream().filter(d -> normal(d.title()).equals(wanted)).findFirst());
    }

    /** The id or title nearest to {@code query}, if one is near enough to be what was meant. */
    public Optional<String> suggestion(String query) {
        String wanted = normal(query);
        List<String> names = new ArrayList<>();
        rubric.dimensions().forEach(d -> {
            names.add(d.id());
            names.add(d.title());
        });
        rubric.criteria().forEach(c -> {
            names.add(c.id());
            names.add(c.title());
        });
        Optional<String> containing = names.stream().filter(n -> n != null && wanted.length() >= 3 && normal(n).contains(wanted))
                .findFirst();
        if (containing.isPresent()) {
            return containing;
        }
        String best = null;
        int bestDistance = Math.max(2, wanted.length() / 3) + 1;
        for (String name : names) {
            if (name == null) {
                continue;
            }
            int distance = Suggestions.distance(wanted, normal(name));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
