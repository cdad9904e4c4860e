package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The step from a dimension's level to the next (DESIGN.md §4): {@code needs} lists each applicable
 * criterion that stands in the way with the score it must reach (0.5 for criteria of the next level,
 * 1 for those below it; {@code score} is null when the criterion is unknown). {@code blocker} says in
 * words what fixing the criteria alone would not cure: no criterion measures the next level, or a
 * contradicted link caps the dimension.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NextLevel(String dimension, int level, int next, List<Need> needs, String blocker) {

    public NextLevel {
        needs = List.copyOf(needs);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Need(String criterion, int level, Double score, double required) {
    }
}
