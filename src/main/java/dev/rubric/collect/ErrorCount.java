package dev.rubric.collect;

import dev.rubric.evidence.CollectionError;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the errors a collector reports, so it can mark its source partial without reading the
 * evidence back.
 */
public final class ErrorCount extends ForwardingSink {
    private final AtomicLong count = new AtomicLong();

    public ErrorCount(SubjectSink next) {
        super(next);
    }

    @Override
    public void error(CollectionError error) {
        count.incrementAndGet();
        super.error(error);
    }

    public long get() {
        return count.get();
    }
}
