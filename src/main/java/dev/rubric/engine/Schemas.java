package dev.rubric.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schemas (evidence, report, rubric), shipped on the classpath under
 * {@code schemas/}. {@code rubric schema KIND} prints them; evidence files are checked against
 * theirs before they are scored.
 */
public final class Schemas {
    public static final Set<String> KINDS = Set.of("evidence", "report", "rubric");
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    public static String text(String kind) {
        if (!KINDS.contains(kind)) {
            throw new UserError("unknown schema '" + kind + "' (known: evidence, report, rubric)");
        }
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream("schemas/" + kind + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schemas/" + kind + ".schema.json is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema " + kind, e);
        }
    }

    /** Every violation as "instance path: message", empty when the document conforms. */
    public static List<String> validate(String kind, JsonNode document) {
        Schema schema = COMPILED.computeIfAbsent(kind, k -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(text(k), InputFormat.JSON));
        List<Error> errors = schema.validate(document);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).sorted().toList();
    }
}
