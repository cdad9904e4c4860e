package dev.rubric.render.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The report's JSON layout. It is configured like the evidence's ({@code dev.rubric.evidence.Json}):
 * absent values omitted, map keys sorted, two-space indentation with '\n' whatever the platform.
 * It is its own copy so that render/ depends on report/ alone; GoldenReportTest holds the bytes. The other
 * JSON formats (SARIF, CycloneDX) write with it too, so every JSON file rubric writes is laid out alike.
 */
public final class ReportJson {
    private ReportJson() {
    }

    /** Built on first use: only a run that writes JSON pays for it. */
    private static final class Holder {
        static final ObjectWriter WRITER = JsonMapper.builder()
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build()
                .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")))
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public static ObjectWriter writer() {
        return Holder.WRITER;
    }

    /** The value as a JSON file: the layout above and a final newline. */
    public static void write(Object value, OutputStream out) throws IOException {
        Holder.WRITER.writeValue(out, value);
        out.write('\n');
    }
}
