package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One hop of lineage between two subjects (workload → image, image → commit, prompt → file …),
 * written only by the link stage. {@code status}: verified (both ends agree, e.g. the image's
 * revision label is the audited commit), contradicted (they disagree: the chain is broken and a
 * report must say so), unresolved (the far end was not collected, so the hop cannot be checked).
 * {@code why} is one sentence a reader can act on. The id is {@code <from> -><kind>-> <to>}, so a
 * hop found twice is one link. {@code dimension} is the rubric dimension whose question the hop
 * answers (one of {@link #DIMENSIONS}): the judge caps a dimension with a contradicted link.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String id, String from, String to, String kind, String status, String why, String dimension) {
    public static final String VERIFIED = "verified";
    public static final String CONTRADICTED = "contradicted";
    public static final String UNRESOLVED = "unresolved";

    /** The dimensions of DESIGN.md §3 a link can belong to. */
    public static final List<String> DIMENSIONS = List.of("environment", "logs", "model", "prompt", "code", "rag",
            "finetune");

    public static Link of(String from, String kind, String to, String status, String why, String dimension) {
        return new Link(from + " -" + kind + "-> " + to, from, to, kind, status, why, dimension);
    }
}
