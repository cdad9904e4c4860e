package dev.rubric.rubric;

import dev.rubric.yaml.Mark;
import java.util.List;

/**
 * One criterion: which subjects it looks at ({@code subjects}, omitted = the whole evidence
 * once), which of them count ({@code when}), whether it applies at all ({@code applies}), how one
 * subject scores ({@code score}: bool or 0..1) and what to say about a subject that falls short
 * ({@code message}). {@code requires} lists the evidence collections it reads: unless each was
 * collected, the criterion is unknown rather than judged on an absence.
 */
public record Criterion(String id, String dimension, String title, int level, double weight,
                        List<String> requires, Expression subjects, Expression when, Expression applies,
                        Expression score, Expression message, Aggregate aggregate, String rationale,
                        String remediation, List<String> references, List<String> scenarios, Mark mark) {

    /** How subject scores combine into the criterion score. */
    public enum Aggregate { MEAN, MIN }
}
