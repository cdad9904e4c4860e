package dev.rubric.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * docs/writing-rubrics.md: every field a criterion can read, generated from the evidence JSON
 * Schema ({@code rubric schema evidence}) so the page cannot drift from what collectors write.
 * One table per collection, with the CEL path of each field ({@code item.location.path},
 * {@code item.containers[].image.digest}), its type and its description.
 */
public final class EvidenceFieldsMarkdown {
    /** Deep enough for every shape the schema has; a guard against a self-referencing definition. */
    private static final int MAX_DEPTH = 6;

    private final JsonNode schema;

    private EvidenceFieldsMarkdown(JsonNode schema) {
        this.schema = schema;
    }

    public static String of(JsonNode evidenceSchema) {
        return new EvidenceFieldsMarkdown(evidenceSchema).render();
    }

    private String render() {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from the evidence JSON Schema (`rubric schema evidence`) by scripts/update-docs: ")
                .append("do not edit by hand; a test fails when this file is stale. -->\n\n");
        out.append("# Writing criteria: the evidence fields\n\n");
        out.append("""
                A criterion's expressions read the evidence: `evidence.<collection>` in `subjects` and `applies`, and \
                `item.<field>` for one subject in `when`, `score` and `message` (the format of a rubric is in \
                [rubrics.md](rubrics.md); the built-in criteria, as examples, in [rubric.md](rubric.md)). This page lists \
                every field of every collection. A fact that is not known is absent, never null: test it with \
                `has(item.field)` before reading it. `[]` marks a list: `item.containers.exists(c, has(c.image.digest))`.

                """);
        out.append(description(schema)).append("\n\n## Collections\n\n| Collection | One subject per |\n|---|---|\n");
        JsonNode properties = schema.path("properties");
        List<String> collections = new ArrayList<>();
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (properties.path(name).path("type").asText().equals("array")) {
                collections.add(name);
                out.append("| [`").append(name).append("`](#evidence").append(name.toLowerCase()).append(") | ")
                        .append(cell(description(properties.path(name)))).append(" |\n");
            }
        }
        out.append("\nTop-level fields that are not collections: ");
        List<String> others = new ArrayList<>();
        properties.fieldNames().forEachRemaining(n -> {
            if (!collections.contains(n)) {
                others.add("`" + n + "` (" + cell(description(properties.path(n))) + ")");
            }
        });
        out.append(String.join("; ", others)).append(".\n");
        for (String collection : collections) {
            JsonNode items = resolve(properties.path(collection).path("items"));
            out.append("\n## evidence.").append(collection).append("\n\n").append(description(properties.path(collection)));
            String itemDescription = description(items);
            if (!itemDescription.isEmpty()) {
                out.append(" ").append(itemDescription);
            }
            out.append("\n\n| Field | Type | Description |\n|---|---|---|\n");
            fields(items, "item", 0, out);
        }
        return out.toString();
    }

    private void fields(JsonNode object, String prefix, int depth, StringBuilder out) {
        List<String> required = new ArrayList<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + "." + field.getKey();
            JsonNode declared = field.getValue();
            JsonNode resolved = resolve(declared);
            String text = description(declared);
            if (text.isEmpty()) {
                text = description(resolved);
            }
            out.append("| `").append(path).append("` | ").append(type(resolved))
                    .append(required.contains(field.getKey()) ? "" : ", optional").append(" | ").append(cell(text)).append(" |\n");
            if (depth >= MAX_DEPTH) {
                continue;
            }
            if (isObject(resolved) && resolved.has("properties")) {
                fields(resolved, path, depth + 1, out);
            } else if (resolved.path("type").asText().equals("array")) {
                JsonNode items = resolve(resolved.path("items"));
                if (isObject(items) && items.has("properties")) {
                    fields(items, path + "[]", depth + 1, out);
                }
            }
        }
    }

    private String type(JsonNode node) {
        if (node.has("enum")) {
            List<String> values = new ArrayList<>();
            node.get("enum").forEach(v -> values.add(v.isNull() ? "null" : "`" + v.asText() + "`"));
            return "one of " + String.join(", ", values);
        }
        if (node.has("const")) {
            return "`" + node.get("const").asText() + "`";
        }
        JsonNode type = node.path("type");
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            return String.join(" or ", types);
        }
        String name = type.asText("");
        if (name.equals("array")) {
            return "list of " + plural(type(resolve(node.path("items"))));
        }
        if (name.equals("object") && !node.has("properties") && node.path("additionalProperties").isObject()) {
            return "map of " + type(resolve(node.path("additionalProperties")));
        }
        if (name.isEmpty() && (node.has("oneOf") || node.has("anyOf"))) {
            return "one of several shapes";
        }
        return name.isEmpty() ? "any" : name;
    }

    private static String plural(String type) {
        return switch (type) {
            case "string", "object", "integer", "number", "boolean" -> type + "s";
            default -> type;
        };
    }

    private static boolean isObject(JsonNode node) {
        return node.path("type").asText().equals("object");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < MAX_DEPTH && current.has("$ref"); i++) {
            current = schema.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static String description(JsonNode node) {
        return node.path("description").asText("").strip();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
