package dev.rubric.rubric;

import dev.rubric.evidence.Roles;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A loaded, fully validated rubric with its expressions compiled. {@code origin} is where it came
 * from ("builtin:agentic-ai" or the path given), {@code sha256} the digest of its bytes, so a
 * report names exactly which rubric judged it. {@code scope}: the file roles whose subjects the
 * criteria see (production by default); the others stay in the evidence without moving a score.
 */
public record Rubric(String name, String version, String title, String description,
                     SortedMap<Integer, String> levels, List<Dimension> dimensions, String origin, String sha256,
                     List<String> scope) {
    /** What a rubric judges when it does not say: the files a system runs from. */
    public static final List<String> DEFAULT_SCOPE = List.of(Roles.PRODUCTION);

    public Rubric(String name, String version, String title, String description, SortedMap<Integer, String> levels,
                  List<Dimension> dimensions, String origin, String sha256) {
        this(name, version, title, description, levels, dimensions, origin, sha256, DEFAULT_SCOPE);
    }

    public static final Map<Integer, String> DEFAULT_LEVELS = Map.of(
            0, "Opaque", 1, "Identified", 2, "Pinned and recorded", 3, "Linked and verified", 4, "Enforced and monitored");

    public List<Criterion> criteria() {
        return dimensions.stream().flatMap(d -> d.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String id) {
        return criteria().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public String levelName(int level) {
        return levels.getOrDefault(level, "Level " + level);
    }
}
