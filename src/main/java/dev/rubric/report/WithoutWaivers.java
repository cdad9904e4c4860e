package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The scores as they would be with no waiver applied, beside the waived ones the report leads
 * with (and gates judge): a reader sees at once how much the waivers lift. Present only when a
 * waiver took at least one finding out.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record WithoutWaivers(Integer level, Double score, Double meanScore, List<Dimension> dimensions) {
    public WithoutWaivers {
        dimensions = List.copyOf(dimensions);
    }

    /** One audited dimension's score and level without waivers. */
    public record Dimension(String id, Double score, Integer level) {
    }
}
