package dev.rubric.score;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What two reports are compared on (a baseline gate, {@code rubric diff}): which rubric judged,
 * the overall score and level, each dimension's, and each criterion's status and score. Null
 * scores and levels mean not audited / not evaluated.
 */
public record Snapshot(String origin, String rubricId, String rubricVersion, Double score, Integer level,
                       Map<String, Measure> dimensions, Map<String, Measure> criteria) {
    public Snapshot {
        dimensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
        criteria = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
    }

    /** A score (0..100 for dimensions, 0..1 for criteria) with a level or a status. */
    public record Measure(Double score, Integer level, String status) {
    }

    public static Snapshot of(String origin, String rubricId, String rubricVersion, Overall overall,
                              List<CriterionResult> results) {
        Map<String, Measure> dimensions = new LinkedHashMap<>();
        for (DimensionResult d : overall.dimensions()) {
            dimensions.put(d.id(), new Measure(d.score(), d.level(), d.status().json()));
        }
        Map<String, Measure> criteria = new LinkedHashMap<>();
        for (CriterionResult c : results) {
            criteria.put(c.id(), new Measure(c.score(), null, c.status().json()));
        }
        return new Snapshot(origin, rubricId, rubricVersion, overall.score(), overall.level(), dimensions, criteria);
    }

    /** Why the two cannot be compared criterion by criterion, or null when they can. */
    public String incomparableWith(Snapshot other) {
        if (!java.util.Objects.equals(rubricId, other.rubricId) || !java.util.Objects.equals(rubricVersion, other.rubricVersion)) {
            return origin + " was judged by rubric " + rubricId + " " + rubricVersion + ", " + other.origin
                    + " by " + other.rubricId + " " + other.rubricVersion
                    + ": criteria and weights may differ, so scores cannot be compared";
        }
        return null;
    }

    static boolean known(Measure measure) {
        return measure != null && measure.score() != null
                && !Status.UNKNOWN.json().equals(measure.status()) && !Status.NOT_APPLICABLE.json().equals(measure.status());
    }
}
