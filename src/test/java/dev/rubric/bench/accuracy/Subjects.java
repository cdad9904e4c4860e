package dev.rubric.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.bench.accuracy.Truth.Spot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading evidence subjects as JSON, so the scorer keeps working when records gain fields. */
final class Subjects {
    /** A truth line matches a subject's line within this many lines either way. */
    static final int LINE_TOLERANCE = 3;

    private Subjects() {
    }

    static String path(JsonNode subject) {
        JsonNode path = subject.path("location").path("path");
        return path.isTextual() ? path.asText() : null;
    }

    /** A subject without a line (a whole-file subject) counts as line 1. */
    static int line(JsonNode subject) {
        JsonNode line = subject.path("location").path("line");
        return line.canConvertToInt() ? line.asInt() : 1;
    }

    /** Same file, and the line within the tolerance when the truth gives one. */
    static boolean at(JsonNode subject, Spot spot) {
        if (!spot.file().equals(path(subject))) {
            return false;
        }
        return spot.line() == null || Math.abs(line(subject) - spot.line()) <= LINE_TOLERANCE;
    }

    /** "path:line", for lists a developer works from. */
    static String where(JsonNode subject) {
        JsonNode line = subject.path("location").path("line");
        return path(subject) + (line.canConvertToInt() ? ":" + line.asInt() : "");
    }

    /**
     * The names a reported model answers to: its name; its name with its provider in front
     * ("openai:gpt-4.1" as LangChain writes it, when the evidence splits it into provider and
     * name); and any text under a field about resolution or deployment (a deployment name
     * resolved to the model it serves, or the reverse), so a truth file may state either.
     */
    static List<String> modelNames(JsonNode model) {
        List<String> names = new ArrayList<>();
        if (model.path("name").isTextual()) {
            String name = model.path("name").asText();
            names.add(name);
            if (model.path("provider").isTextual()) {
                names.add(model.path("provider").asText() + ":" + name);
            }
        }
        for (var field : model.properties()) {
            String key = field.getKey().toLowerCase(Locale.ROOT);
            if (key.contains("resolv") || key.contains("deploy")) {
                texts(field.getValue(), names);
            }
        }
        return names;
    }

    /** The texts at a dotted path; arrays on the way are searched element by element. */
    static List<String> field(JsonNode subject, String dotted) {
        List<JsonNode> current = List.of(subject);
        for (String key : dotted.split("\\.", -1)) {
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode node : current) {
                for (JsonNode item : node.isArray() ? iterable(node) : List.of(node)) {
                    if (item.has(key)) {
                        next.add(item.get(key));
                    }
                }
            }
            current = next;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode node : current) {
            texts(node, out);
        }
        return out;
    }

    private static void texts(JsonNode node, List<String> out) {
        if (node.isValueNode() && !node.isNull()) {
            out.add(node.asText());
        } else if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> texts(child, out));
        }
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.elements().forEachRemaining(items::add);
        return items;
    }

    static boolean sameText(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
