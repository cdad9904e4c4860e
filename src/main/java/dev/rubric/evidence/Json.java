package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one JSON configuration of rubric: absent values omitted, map keys sorted, two-space
 * indentation with '\n' whatever the platform, so that the same facts always give the same bytes.
 */
public final class Json {
    private Json() {
    }

    /** Built on first use, which {@link #prepareInBackground} can move off the caller's thread. */
    private static final class Holder {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }

    /**
     * Starts building the mapper on a daemon thread, and its serializers for {@code written}: a
     * sample of each record type is written to nowhere. Building them loads and links much of
     * Jackson and introspects every record type met, about a tenth of a second of one core that
     * would otherwise come after a collection, when only the writing of its result is left to do;
     * a caller that needs the mapper sooner simply waits, and its own serializers are then cached.
     */
    public static void prepareInBackground(Class<? extends Record> written) {
        Thread thread = new Thread(() -> {
            Object sample = RecordSamples.of(written);
            try {
                writer().writeValue(OutputStream.nullOutputStream(), sample);
            } catch (IOException | RuntimeException e) {
                // only speed is lost: the real writing builds what it needs itself
            }
        }, "rubric-json-setup");
        thread.setDaemon(true);
        thread.start();
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    /** Pretty JSON with a final newline. */
    public static String pretty(Object value) {
        try {
            return writer().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * The same bytes as {@link #pretty}, streamed instead of built in memory first (evidence of a
     * large tree is tens of megabytes). The stream is left open.
     */
    public static void write(Object value, OutputStream out) throws IOException {
        if (value instanceof Record record && SplitJsonWriter.worthSplitting(record)) {
            SplitJsonWriter.write(record, writer(), printer(), out);
        } else {
            writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
        }
        out.write('\n');
    }

    static ObjectWriter writer() {
        return mapper().writer(printer());
    }

    static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }
}
