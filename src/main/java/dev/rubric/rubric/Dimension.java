package dev.rubric.rubric;

import java.util.List;

/**
 * A dimension of traceability (environment, logs, model, prompt, code, rag, finetune).
 * {@code howToAudit} tells a user what to collect when nothing in the dimension could be
 * evaluated; {@code weight} counts in the overall weighted mean. {@code links}: the kinds of
 * consistency link (evidence {@code links[].kind}) that belong to it — one of them contradicted
 * caps its level at 1. {@code alwaysPresent}: every system has this dimension (it runs somewhere,
 * calls some model), so finding nothing of it means its source was not given — not audited —
 * rather than not applicable.
 */
public record Dimension(String id, String title, String description, double weight, String howToAudit,
                        List<Criterion> criteria, List<String> links, boolean alwaysPresent) {

    public Dimension {
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Dimension(String id, String title, String description, double weight, String howToAudit,
                     List<Criterion> criteria) {
        this(id, title, description, weight, howToAudit, criteria, List.of(), false);
    }
}
