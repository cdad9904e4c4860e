package dev.rubric.link;

import dev.rubric.evidence.Evidence;

/**
 * One pure step of the link stage: it reads the evidence and returns it with the facts that relate
 * subjects to each other — a lineage {@link dev.rubric.evidence.Link}, or a fact one subject takes
 * from another. No I/O, no clock, no randomness: applied to its own output it changes nothing,
 * which is what lets the stage run again on saved evidence ({@code rubric score}) with the same
 * result as during {@code rubric audit}.
 */
public interface LinkStep {
    /** A short name for timings and docs. */
    String name();

    Evidence apply(Evidence evidence);
}
