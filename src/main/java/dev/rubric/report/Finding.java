package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One subject that fell short of a criterion: which, where, how far, and what to say. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String subject, ReportLocation location, double score, String message) {
}
