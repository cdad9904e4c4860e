package dev.rubric.judge.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Evidence of any size, shaped by the evidence JSON Schema rather than by hand: every subject of a
 * collection gets every field its schema declares (enums cycle through their values, booleans
 * alternate, a few optional fields are left out so {@code has()} goes both ways), so a rubric meets
 * the same shapes it meets in real evidence, and a collection added to the schema is generated
 * without touching this class. Deterministic: a fixed seed, ids numbered in order.
 */
public final class SyntheticEvidence {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] ROLES = {"production", "production", "production", "production", "production",
            "production", "production", "production", "test", "example"};

    private final JsonNode schema;
    private final SplittableRandom random = new SplittableRandom(20261206L);

    public SyntheticEvidence() {
        try (InputStream in = SyntheticEvidence.class.getResourceAsStream("/schemas/evidence.schema.json")) {
            schema = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the evidence schema", e);
        }
    }

    /**
     * Writes evidence of {@code subjects} subjects spread evenly over {@code collections}, with one
     * source "app" that filled them. Streamed one subject at a time, so any size can be written.
     */
    public void write(int subjects, List<String> collections, OutputStream out) throws IOException {
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("schemaVersion", "1.0");
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "rubric");
            json.writeStringField("version", "bench");
            json.writeEndObject();
            ObjectNode source = NODES.objectNode();
            source.put("id", "app").put("kind", "repository").put("target", "app").put("status", "ok");
            source.putObject("location").put("source", "app").put("path", ".");
            json.writeArrayFieldStart("sources");
            json.writeTree(source);
            json.writeEndArray();
            int per = subjects / collections.size();
            for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!schema.path("properties").path(name).path("type").asText().equals("array") || name.equals("sources")) {
                    continue;
                }
                json.writeArrayFieldStart(name);
                int c = collections.indexOf(name);
                if (c >= 0) {
                    JsonNode itemSchema = resolve(schema.path("properties").path(name).path("items"));
                    int count = c == collections.size() - 1 ? subjects - per * c : per;
                    for (int i = 0; i < count; i++) {
                        json.writeTree(subject(name, i, itemSchema));
                    }
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    private ObjectNode subject(String collection, int index, JsonNode itemSchema) {
        ObjectNode subject = (ObjectNode) value(itemSchema, collection, index, 0);
        String path = collection + "/dir" + (index / 100) + "/file" + index + ".yaml";
        subject.put("id", "app/" + path + "#" + index);
        ObjectNode location = NODES.objectNode();
        location.put("source", "app").put("path", path).put("line", 1 + index % 200);
        // a production subject has no role, as collectors write it
        if (!ROLES[index % ROLES.length].equals("production")) {
            location.put("role", ROLES[index % ROLES.length]);
        }
        subject.set("location", location);
        return subject;
    }

    private JsonNode value(JsonNode node, String name, int index, int depth) {
        JsonNode s = resolve(node);
        if (s.has("enum")) {
            JsonNode values = s.get("enum");
            return values.get(Math.floorMod(index + name.hashCode(), values.size()));
        }
        String type = s.path("type").isArray() ? s.path("type").get(0).asText() : s.path("type").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth > 4) {
                    return object;
                }
                List<String> required = Json.mapper().convertValue(s.path("required"), List.class) instanceof List<?> r
                        ? r.stream().map(String::valueOf).toList() : List.of();
                for (Iterator<Map.Entry<String, JsonNode>> fields = s.path("properties").fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    // a fact the schema says may be absent is absent half the time, as in real evidence;
                    // the others collectors always write
                    if (!required.contains(field.getKey()) && mayBeAbsent(field.getValue()) && random.nextInt(2) == 0) {
                        continue;
                    }
                    object.set(field.getKey(), value(field.getValue(), field.getKey(), index, depth + 1));
                }
                if (s.path("additionalProperties").isObject() && !s.has("properties")) {
                    object.set("app.kubernetes.io/name", value(s.path("additionalProperties"), "name", index, depth + 1));
                    object.set("app.kubernetes.io/version", value(s.path("additionalProperties"), "version", index, depth + 1));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 3 ? 0 : 1;
                for (int i = 0; i < size; i++) {
                    array.add(value(s.path("items"), name, index + i, depth + 1));
                }
                return array;
            }
            case "boolean" -> {
                return NODES.booleanNode((index + name.length()) % 2 == 0);
            }
            case "integer" -> {
                return NODES.numberNode((long) bounded(s, 1 + index % 64));
            }
            case "number" -> {
                return NODES.numberNode(bounded(s, 0.5 + index % 10));
            }
            default -> {
                return NODES.textNode(text(s.path("pattern").asText(""), name, index));
            }
        }
    }

    private static double bounded(JsonNode schema, double value) {
        double low = schema.path("minimum").asDouble(Double.NEGATIVE_INFINITY);
        double high = schema.path("maximum").asDouble(Double.POSITIVE_INFINITY);
        return Math.max(low, Math.min(high, value));
    }

    /** A string the schema's pattern accepts, for the patterns it uses: commits, digests, timestamps. */
    private static String text(String pattern, String name, int index) {
        if (pattern.contains("{40}")) {
            return hex(index, 40);
        }
        if (pattern.contains("{64}")) {
            return hex(index, 64);
        }
        if (pattern.contains("T[0-9]{2}")) {
            return String.format(Locale.ROOT, "2026-%02d-%02dT12:00:00Z", 1 + index % 12, 1 + index % 28);
        }
        return name + "-" + (index % 97);
    }

    private static String hex(int index, int length) {
        String digits = String.format(Locale.ROOT, "%08x", index);
        return digits.repeat(length / 8 + 1).substring(0, length);
    }

    private boolean mayBeAbsent(JsonNode field) {
        String description = field.path("description").asText("") + resolve(field).path("description").asText("");
        return description.contains("bsent") || description.contains("when known") || description.contains("if any");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode s = node;
        while (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            s = schema.at(ref.substring(1));
        }
        if (s.has("oneOf")) {
            return resolve(s.get("oneOf").get(0));
        }
        if (s.has("anyOf")) {
            return resolve(s.get("anyOf").get(0));
        }
        return s;
    }
}
