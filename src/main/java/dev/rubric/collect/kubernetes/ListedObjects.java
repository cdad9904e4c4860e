package dev.rubric.collect.kubernetes;

import dev.rubric.yaml.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The objects of one resource type, passed from the thread that lists them to the thread that
 * reads them while the listing is still going: reading thousands of Pods takes about as long as
 * receiving them, and the two overlap instead of following each other. Objects travel in small
 * batches, so the hand-over costs little per object; a failure travels after the objects that
 * came before it, which are read (the type is then reported incomplete, not lost).
 */
final class ListedObjects {
    private static final int BATCH = 64;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    /** Only the listing thread touches the open batch. */
    private List<MapNode> batch = new ArrayList<>(BATCH);

    void add(MapNode object) {
        batch.add(object);
        if (batch.size() == BATCH) {
            queue.add(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    void finish() {
        flush();
        queue.add(END);
    }

    void fail(Throwable failure) {
        flush();
        queue.add(failure);
    }

    private void flush() {
        if (!batch.isEmpty()) {
            queue.add(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Hands every object to {@code reader} as it arrives, until the listing ends; then its failure, if any. */
    void readAll(Consumer<MapNode> reader) throws ClusterAccessException {
        readBatches(batch -> batch.forEach(reader));
    }

    /** Hands the objects over batch by batch as they arrive, until the listing ends; then its failure, if any. */
    @SuppressWarnings("unchecked")
    void readBatches(Consumer<List<MapNode>> reader) throws ClusterAccessException {
        while (true) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterAccessException(0, "interrupted while reading the cluster");
            }
            if (next == END) {
                return;
            }
            if (next instanceof ClusterAccessException access) {
                throw access;
            }
            if (next instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (next instanceof Error error) {
                throw error;
            }
            if (next instanceof Throwable other) {
                throw new IllegalStateException(other);
            }
            reader.accept((List<MapNode>) next);
        }
    }
}
