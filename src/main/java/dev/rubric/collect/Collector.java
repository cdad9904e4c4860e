package dev.rubric.collect;

import dev.rubric.evidence.Source;
import java.util.Set;

/**
 * Turns one target into evidence. Collectors know nothing of rubrics: what they declare is the
 * evidence collections they fill, so a criterion that needs a collection can tell "nothing
 * found" from "not collected", whichever source would have filled it.
 */
public interface Collector {
    /** The {@code kind} of the sources this collector produces, e.g. "repository". */
    String kind();

    /** The evidence collections (names as in the evidence document) this collector fills. */
    Set<String> collections();

    boolean accepts(Target target);

    /**
     * Collects {@code target} into {@code sink}; a target that cannot be read gives a failed
     * source rather than an exception.
     *
     * @throws TargetException when the target itself is misnamed (a usage error)
     */
    Source collect(Target target, SubjectSink sink);
}
