package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rubric.evidence.Location;

/** One subject that fell short of a criterion: which, where, how far, and what to say. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String subject, Location location, double score, String message) {
}
