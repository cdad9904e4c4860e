package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A judged criterion. {@code score} is null when the criterion is unknown or not applicable;
 * {@code reason} then says why. {@code subjects} counts the subjects evaluated, {@code passed}
 * those scoring 1; {@code findings} lists every subject scoring below 1, worst first.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionResult(String id, String dimension, String title, int level, double weight, Status status,
                              Double score, String reason, int subjects, int passed, List<Finding> findings,
                              String remediation, List<String> references, List<String> scenarios) {
}
