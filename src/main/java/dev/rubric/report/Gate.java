package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A CI gate: what was required, what was measured (null when nothing could be measured, which
 * fails the gate) and whether it held. The no-regression gate counts regressions against its
 * baseline (threshold 0) and is {@code incomparable} — failed, with the reason in its description —
 * when the baseline was judged by another rubric id or version.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Gate(String id, double threshold, Double actual, String result, String description) {
    public static final String PASSED = "pass";
    public static final String FAILED = "fail";
    public static final String INCOMPARABLE = "incomparable";
    /** The gate against a baseline report: its actual value counts regressions, its threshold is 0. */
    public static final String NO_REGRESSION = "no-regression";

    public boolean failed() {
        return FAILED.equals(result) || INCOMPARABLE.equals(result);
    }
}
