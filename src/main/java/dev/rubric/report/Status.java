package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonValue;

/** The outcome of a criterion. */
public enum Status {
    PASS("pass"), PARTIAL("partial"), FAIL("fail"), NOT_APPLICABLE("not_applicable"), UNKNOWN("unknown");

    private final String json;

    Status(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public static Status ofScore(double score) {
        if (score >= 1.0) {
            return PASS;
        }
        return score <= 0.0 ? FAIL : PARTIAL;
    }
}
