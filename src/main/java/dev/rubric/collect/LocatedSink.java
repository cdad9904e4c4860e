package dev.rubric.collect;

import dev.rubric.evidence.Location;

/**
 * A sink for one thing being read (a file; later, one Kubernetes object): readers that meet a
 * problem at a position in it report it here, and the sink knows where that position is in the
 * evidence (a file shifts the lines of embedded text; an object would answer with its own
 * location).
 */
public interface LocatedSink extends SubjectSink {
    /** A position in the thing being read; line 0 when unknown. */
    Location location(int line);

    /** A problem at a position; line and column are 1-based, 0 when unknown. */
    void error(int line, int column, String message);
}
