package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One hop of lineage between two subjects (workload → image, image → commit, prompt → file …),
 * written only by the link stage. {@code status}: verified (both ends agree, e.g. the image's
 * revision label is the audited commit), contradicted (they disagree: the chain is broken and a
 * report must say so), unresolved (the far end was not collected, so the hop cannot be checked).
 * {@code why} is one sentence a reader can act on. The id is {@code <from> -><kind>-> <to>}, so a
 * hop found twice is one link. Which rubric dimension a kind of link speaks for is the rubric's to
 * say (each dimension lists its kinds under {@code links:}, and a contradicted one caps it): the
 * same evidence can be judged by rubrics that group the dimensions differently. Evidence before
 * 1.1 also wrote a {@code dimension} here; it is ignored when read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(String id, String from, String to, String kind, String status, String why) {
    public static final String VERIFIED = "verified";
    public static final String CONTRADICTED = "contradicted";
    public static final String UNRESOLVED = "unresolved";

    public static Link of(String from, String kind, String to, String status, String why) {
        return new Link(from + " -" + kind + "-> " + to, from, to, kind, status, why);
    }
}
