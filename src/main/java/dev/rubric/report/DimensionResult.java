package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * A scored dimension. {@code status}: audited (at least one criterion could be evaluated),
 * not_audited (every applicable criterion is unknown: {@code howToAudit} says what to collect),
 * or not_applicable (every criterion is). Score, level and range are null unless audited.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DimensionResult(String id, String title, State status, Double score, Integer level, String levelName,
                              Double coverage, Range scoreRange, double weight, Map<String, Integer> criteria,
                              String howToAudit) {

    public enum State {
        AUDITED("audited"), NOT_AUDITED("not_audited"), NOT_APPLICABLE("not_applicable");

        private final String json;

        State(String json) {
            this.json = json;
        }

        @JsonValue
        public String json() {
            return json;
        }
    }
}
