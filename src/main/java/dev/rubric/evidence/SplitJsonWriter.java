package dev.rubric.evidence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A record written as {@link Json#write} writes it, byte for byte, with its long lists (the
 * workloads of a cluster, the files of a large repository) written in slices on every core.
 * The record is first written with each long list left empty; each slice is written as a list
 * of its own, by a pretty printer that starts at the depth the list has in the record, so its
 * items come out indented as they are in place; the empty brackets are then replaced by the
 * slices' items, joined as the printer joins items. Meant for records whose constructor keeps
 * its lists as given (the evidence): one that derived another field from a list would write
 * that field from the empty list.
 */
final class SplitJsonWriter {
    /** Items per slice: enough that a slice is worth a task. */
    static final int SLICE = 512;
    /** Threads writing slices; at most twice as many slices wait, so a huge list is never held twice in memory. */
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private SplitJsonWriter() {
    }

    /** Whether any top-level list of {@code value} is long enough to be written in slices. */
    static boolean worthSplitting(Record value) {
        RecordShape shape = RecordShape.of(value.getClass());
        for (int i = 0; i < shape.size(); i++) {
            if (shape.get(value, i) instanceof List<?> list && list.size() >= 2 * SLICE) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lists were written in slices (false: the record was written whole). */
    static boolean write(Record value, ObjectWriter writer, DefaultPrettyPrinter printer, OutputStream out) throws IOException {
        RecordShape shape = RecordShape.of(value.getClass());
        Object[] values = shape.values(value);
        Map<String, List<?>> split = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof List<?> list && list.size() >= 2 * SLICE) {
                split.put(shape.name(i), list);
                values[i] = List.of();
            }
        }
        String envelope = writer.writeValueAsString(shape.build(values));
        // each long list left empty in its place: a field of the record, so two spaces in
        String emptyList = writer.writeValueAsString(List.of());
        List<int[]> places = new ArrayList<>();
        int from = 0;
        for (String name : split.keySet()) {
            String field = "\n  \"" + name + "\": " + emptyList;
            int at = envelope.indexOf(field, from);
            if (at < 0) {
                // a list renamed or left out when empty: written whole, as it would be anyway
                writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
                return false;
            }
            int open = at + field.length() - emptyList.length();
            places.add(new int[] {open, open + emptyList.length()});
            from = open + emptyList.length();
        }
        // a list one level inside the record: its items sit at depth 2, as they do in place
        ObjectWriter sliceWriter = writer.with(new NestedPrinter(printer, 1));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "rubric-json-write");
            thread.setDaemon(true);
            return thread;
        });
        try {
            int at = 0;
            int index = 0;
            for (List<?> list : split.values()) {
                int[] place = places.get(index++);
                out.write(envelope.substring(at, place[0]).getBytes(StandardCharsets.UTF_8));
                writeSlices(list, sliceWriter, pool, out);
                at = place[1];
            }
            out.write(envelope.substring(at).getBytes(StandardCharsets.UTF_8));
            return true;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code [} and the items of every slice, in order, then the closing line of the list. */
    private static void writeSlices(List<?> list, ObjectWriter sliceWriter, ExecutorService pool, OutputStream out)
            throws IOException {
        Deque<Future<byte[]>> pending = new ArrayDeque<>();
        byte[] closing = null;
        boolean first = true;
        for (int from = 0; from < list.size() || !pending.isEmpty(); ) {
            while (from < list.size() && pending.size() < 2 * THREADS) {
                List<?> slice = list.subList(from, Math.min(list.size(), from + SLICE));
                pending.add(pool.submit(() -> {
                    try {
                        return sliceWriter.writeValueAsBytes(new ArrayList<>(slice));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                from += SLICE;
            }
            byte[] written = await(pending.removeFirst());
            // "[" items "\n  ]": the items keep their leading line breaks and indentation
            int end = written.length - 1;
            while (written[end] != '\n') {
                end--;
            }
            out.write(first ? '[' : ',');
            out.write(written, 1, end - 1);
            closing = java.util.Arrays.copyOfRange(written, end, written.length);
            first = false;
        }
        out.write(closing);
    }

    private static byte[] await(Future<byte[]> slice) throws IOException {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing JSON", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The project's printer, starting {@code depth} levels in. */
    private static final class NestedPrinter extends DefaultPrettyPrinter {
        private final int depth;

        NestedPrinter(DefaultPrettyPrinter base, int depth) {
            super(base);
            this.depth = depth;
            this._nesting = depth;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new NestedPrinter(this, depth);
        }
    }
}
