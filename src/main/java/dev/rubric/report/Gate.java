package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CI gate: what was required, what was measured (null when nothing could be measured, which
 * fails the gate) and whether it held.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Gate(String id, double threshold, Double actual, String result, String description) {
    public static final String PASSED = "pass";
    public static final String FAILED = "fail";

    public boolean failed() {
        return FAILED.equals(result);
    }
}
