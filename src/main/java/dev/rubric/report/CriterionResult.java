package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A judged criterion. {@code score} is null when the criterion is unknown or not applicable;
 * {@code reason} then says why. {@code subjects} counts the subjects evaluated, {@code passed}
 * those scoring 1; {@code findings} lists every subject scoring below 1, worst first. {@code rationale}
 * and {@code remediation} are the rubric's: why the criterion matters, and what to change.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionResult(String id, String dimension, String title, int level, double weight, Status status,
                              Double score, String reason, int subjects, int passed, List<Finding> findings,
                              String rationale, String remediation, List<String> references, List<String> scenarios) {

    /** A result without the rubric's rationale, for results built by hand. */
    public CriterionResult(String id, String dimension, String title, int level, double weight, Status status,
                           Double score, String reason, int subjects, int passed, List<Finding> findings,
                           String remediation, List<String> references, List<String> scenarios) {
        this(id, dimension, title, level, weight, status, score, reason, subjects, passed, findings, null, remediation,
                references, scenarios);
    }
}
