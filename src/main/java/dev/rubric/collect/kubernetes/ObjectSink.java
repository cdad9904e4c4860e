package dev.rubric.collect.kubernetes;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.LocatedSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Location;

/**
 * The sink for one object read from a cluster or its dump. Positions inside the object are not
 * part of its location (a live object has no file, and its dump must give the same evidence), so
 * a problem is reported at the object, the field path in its message.
 */
final class ObjectSink extends ForwardingSink implements LocatedSink {
    private final Location location;

    ObjectSink(SubjectSink next, Location location) {
        super(next);
        this.location = location;
    }

    @Override
    public Location location(int line) {
        return location;
    }

    @Override
    public void error(int line, int column, String message) {
        error(new CollectionError(location.source(), location, message));
    }
}
