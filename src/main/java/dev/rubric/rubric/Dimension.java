package dev.rubric.rubric;

import java.util.List;

/**
 * A dimension of traceability (environment, logs, model, prompt, code, rag, finetune).
 * {@code howToAudit} tells a user what to collect when nothing in the dimension could be
 * evaluated; {@code weight} counts in the overall weighted mean.
 */
public record Dimension(String id, String title, String description, double weight, String howToAudit,
                        List<Criterion> criteria) {
}
