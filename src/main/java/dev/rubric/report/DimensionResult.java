package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * A scored dimension. {@code status}: audited (at least one criterion could be evaluated),
 * not_audited (every applicable criterion is unknown, or nothing of a dimension every system has
 * was found: {@code howToAudit} says what to collect), or not_applicable (nothing of it exists).
 * Score, level and range are null unless audited. {@code reason} says in words why a dimension
 * was not audited or is not applicable ("prompts exist only in tests (4 files)").
 * {@code contradictions}: the contradicted consistency links that capped its level at 1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DimensionResult(String id, String title, State status, Double score, Integer level, String levelName,
                              Double coverage, Range scoreRange, double weight, Map<String, Integer> criteria,
                              String howToAudit, String reason,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReportLink> contradictions) {

    public DimensionResult {
        contradictions = contradictions == null ? List.of() : List.copyOf(contradictions);
    }

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
