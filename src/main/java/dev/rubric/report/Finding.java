package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One subject that fell short of a criterion: which, where, how far, and what to say. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String subject, ReportLocation location, double score, String message) {

    /**
     * Findings of one criterion with the same shortfall are one problem seen at several places (a
     * model reference repeated in each collection that uses it): the message names the problem, so
     * it is the key that groups them, for the gains in score/ and the grouped lists of renderers alike.
     */
    public String shortfall() {
        return message == null ? "" : message;
    }
}
