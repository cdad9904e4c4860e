package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;
import java.util.List;

/**
 * A manifest with Go-template placeholders outside any Helm chart: azd's
 * {@code image: {{.Env.SERVICE_API_IMAGE_NAME}}}, a {@code deployment.yaml.template}. Nothing
 * here can render it (the values come from the deploying tool's environment), so each
 * placeholder that stands for a value is kept as that value, quoted, and the objects are read as
 * usual: an image written as a placeholder is then an unresolved image that names its
 * placeholder, never a dropped one. Lines that are only a control action ({{ if }}, {{ end }})
 * become comments, so both branches of a condition are read. Every line keeps its place, so
 * positions are the file's own.
 */
final class GoTemplateManifest {
    private GoTemplateManifest() {
    }

    static boolean read(ParsedFile file, FileSink sink, String kind, String format) {
        String prepared = keepPlaceholders(file.text());
        List<Node> documents;
        try {
            documents = file.yaml().readAll(prepared);
        } catch (YamlException e) {
            sink.classify(kind, format, "templated");
            sink.error(e.mark().line(), e.mark().column(),
                    "templated manifest not read: even with its {{ }} placeholders kept as values it is not YAML: "
                            + e.getMessage());
            return true;
        }
        if (!KubernetesManifestParser.readObjects(file, sink, documents)) {
            return false;
        }
        sink.classify(kind, format, "templated");
        return true;
    }

    /** The text with every line's placeholders made YAML: quoted where they stand as (part of) a value. */
    static String keepPlaceholders(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            out.append(line.contains("{{") ? line(line) : line);
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static String line(String line) {
        String trimmed = line.strip();
        int indent = line.indexOf(trimmed.isEmpty() ? " " : trimmed.substring(0, 1));
        if (trimmed.startsWith("{{") && trimmed.endsWith("}}") && trimmed.indexOf("{{", 2) < 0) {
            // a line that is one action and nothing else is control flow or an include: not a value
            return line.substring(0, Math.max(indent, 0)) + "# " + trimmed;
        }
        int valueStart = valueStart(line);
        if (valueStart < 0) {
            return line;
        }
        String value = line.substring(valueStart).strip();
        if (value.isEmpty() || value.startsWith("\"") || value.startsWith("'") || !value.contains("{{")) {
            return line;
        }
        return line.substring(0, valueStart) + "'" + value.replace("'", "''") + "'";
    }

    /** Where the value of a {@code key: value} or {@code - value} line starts, or -1. */
    private static int valueStart(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        while (i + 1 < line.length() && line.charAt(i) == '-' && line.charAt(i + 1) == ' ') {
            i += 2;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        int braces = line.indexOf("{{", i);
        int colon = line.indexOf(": ", i);
        if (colon >= 0 && (braces < 0 || colon < braces)) {
            int value = colon + 2;
            while (value < line.length() && line.charAt(value) == ' ') {
                value++;
            }
            return value;
        }
        return i < line.length() ? i : -1;
    }
}
