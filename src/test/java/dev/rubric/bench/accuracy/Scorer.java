package dev.rubric.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.bench.accuracy.Truth.FactEntry;
import dev.rubric.bench.accuracy.Truth.ModelEntry;
import dev.rubric.bench.accuracy.Truth.NoiseEntry;
import dev.rubric.bench.accuracy.Truth.PromptEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one repository's evidence against its truth file (the rules are in
 * bench/accuracy/README.md). Only subjects the truth file judges count ({@link Scope}); a
 * reported model or prompt is correct when it matches any truth entry of its kind, must-find or
 * not; pinning is compared once per found truth model, on the matching report nearest its line.
 */
final class Scorer {
    private final Truth truth;
    private final JsonNode evidence;
    private final Scope scope;
    private final Map<String, String> fileRoles;

    private Scorer(Truth truth, JsonNode evidence) {
        this.truth = truth;
        this.evidence = evidence;
        this.scope = new Scope(truth.paths());
        this.fileRoles = Scope.fileRoles(evidence);
    }

    static RepoScore score(Truth truth, JsonNode evidence) {
        return new Scorer(truth, evidence).score();
    }

    private RepoScore score() {
        List<JsonNode> models = judged("models");
        List<JsonNode> prompts = judged("prompts");
        List<Finding> misses = new ArrayList<>();
        List<Finding> falsePositives = new ArrayList<>();
        List<Finding> noiseHits = new ArrayList<>();
        List<Finding> disagreements = new ArrayList<>();

        int mustModels = 0;
        int foundModels = 0;
        int pinningJudged = 0;
        int pinningAgreed = 0;
        for (ModelEntry entry : truth.models()) {
            Optional<JsonNode> nearest = models.stream().filter(m -> matches(entry, m))
                    .min(Comparator.comparingInt((JsonNode m) -> Math.abs(Subjects.line(m) - lineOf(entry)))
                            .thenComparing(m -> m.path("id").asText()));
            if (entry.must()) {
                mustModels++;
                if (nearest.isPresent()) {
                    foundModels++;
                } else {
                    misses.add(new Finding("models", entry.spot().file(), lineOr0(entry.spot()), entry.value()
                            + (entry.pinning() == null ? "" : " (" + entry.pinning() + ")")));
                }
            }
            if (nearest.isPresent() && entry.pinning() != null) {
                pinningJudged++;
                String reported = nearest.get().path("pinning").asText("(none)");
                if (reported.equals(entry.pinning())) {
                    pinningAgreed++;
                } else {
                    disagreements.add(new Finding("models", Subjects.path(nearest.get()), Subjects.line(nearest.get()),
                            entry.value() + ": truth " + entry.pinning() + ", reported " + reported + " — "
                                    + nearest.get().path("reason").asText("")));
                }
            }
        }
        int modelsMatched = 0;
        for (JsonNode model : models) {
            if (truth.models().stream().anyMatch(e -> matches(e, model))) {
                modelsMatched++;
            } else {
                falsePositives.add(new Finding("models", Subjects.path(model), Subjects.line(model),
                        model.path("name").asText("(no name)") + " [" + model.path("pinning").asText("?") + "]"
                                + field(model)));
            }
        }

        int mustPrompts = 0;
        int foundPrompts = 0;
        for (PromptEntry entry : truth.prompts()) {
            if (entry.must()) {
                mustPrompts++;
                if (prompts.stream().anyMatch(p -> Subjects.at(p, entry.spot()))) {
                    foundPrompts++;
                } else {
                    misses.add(new Finding("prompts", entry.spot().file(), lineOr0(entry.spot()), "(prompt)"));
                }
            }
        }
        int promptsMatched = 0;
        for (JsonNode prompt : prompts) {
            if (truth.prompts().stream().anyMatch(e -> Subjects.at(prompt, e.spot()))) {
                promptsMatched++;
            } else {
                falsePositives.add(new Finding("prompts", Subjects.path(prompt), Subjects.line(prompt), excerpt(prompt)));
            }
        }

        int mustFacts = 0;
        int foundFacts = 0;
        for (FactEntry entry : truth.facts()) {
            if (entry.must()) {
                mustFacts++;
                if (judged(entry.collection()).stream().anyMatch(s -> holds(entry, s))) {
                    foundFacts++;
                } else {
                    misses.add(new Finding(entry.collection(), entry.spot().file(), lineOr0(entry.spot()),
                            entry.field() + " ~ " + entry.value()));
                }
            }
        }

        for (NoiseEntry entry : truth.noise()) {
            List<JsonNode> candidates = entry.collection().equals("models") ? models : prompts;
            candidates.stream().filter(s -> isNoise(entry, s)).findFirst().ifPresent(s -> noiseHits.add(
                    new Finding(entry.collection(), Subjects.path(s), Subjects.line(s),
                            entry.value() + (entry.why() == null ? "" : " — " + entry.why()))));
        }

        Figures figures = new Figures(mustModels, foundModels, mustPrompts, foundPrompts, mustFacts, foundFacts,
                truth.noise().size(), noiseHits.size(), models.size(), modelsMatched, prompts.size(), promptsMatched,
                pinningJudged, pinningAgreed);
        return new RepoScore(truth.name(), figures, sorted(misses), sorted(falsePositives), sorted(noiseHits),
                sorted(disagreements));
    }

    private List<JsonNode> judged(String collection) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode subject : evidence.path(collection)) {
            if (scope.judges(subject, fileRoles)) {
                out.add(subject);
            }
        }
        return out;
    }

    private static boolean matches(ModelEntry entry, JsonNode model) {
        return Subjects.at(model, entry.spot())
                && Subjects.modelNames(model).stream().anyMatch(n -> Subjects.sameText(n, entry.value()));
    }

    private static boolean holds(FactEntry entry, JsonNode subject) {
        return Subjects.at(subject, entry.spot())
                && Subjects.field(subject, entry.field()).stream().anyMatch(v -> Subjects.contains(v, entry.value()));
    }

    /** A model noise entry names the reported name; a prompt noise entry a piece of its text. */
    private static boolean isNoise(NoiseEntry entry, JsonNode subject) {
        if (!Subjects.at(subject, entry.spot())) {
            return false;
        }
        if (entry.collection().equals("models")) {
            return Subjects.modelNames(subject).stream().anyMatch(n -> Subjects.sameText(n, entry.value()));
        }
        for (String key : List.of("excerpt", "name", "id")) {
            if (Subjects.contains(subject.path(key).asText(""), entry.value())) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(ModelEntry entry) {
        return entry.spot().line() == null ? 1 : entry.spot().line();
    }

    private static int lineOr0(Truth.Spot spot) {
        return spot.line() == null ? 0 : spot.line();
    }

    private static String field(JsonNode model) {
        String field = model.path("field").asText("");
        return field.isEmpty() ? "" : " field " + field;
    }

    private static String excerpt(JsonNode prompt) {
        String text = prompt.path("excerpt").asText(prompt.path("name").asText("(no text)"));
        return text.length() > 70 ? text.substring(0, 70) + "…" : text;
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        Collections.sort(out);
        return List.copyOf(out);
    }
}
