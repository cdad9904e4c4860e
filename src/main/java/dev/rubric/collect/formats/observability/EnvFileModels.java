package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelVariables;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model names set in dotenv files ({@code .env}, {@code .env.production}, {@code app.env}): the
 * model an application runs with is often only written here. Each variable named like a model
 * ({@link ModelVariables}) becomes a model reference of the file; values are never kept for
 * other variables, and a value that looks like a credential is not kept at all.
 */
final class EnvFileModels {
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?m)^[ \\t]*(?:export[ \\t]+)?([A-Z][A-Z0-9_]*)[ \\t]*=[ \\t]*(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s#]*)");

    private static final Pattern FALLBACK = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)}");

    boolean read(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("MODEL") && !text.contains("DEPLOYMENT")) {
            return false;
        }
        boolean found = false;
        Matcher assignment = ASSIGNMENT.matcher(text);
        while (assignment.find()) {
            String name = assignment.group(1);
            String value = withDefault(unquote(assignment.group(2)));
            if (!ModelVariables.namesModel(name) || value.isBlank()) {
                continue;
            }
            if (ModelRefs.record(sink, file.subjectId(), name, name, ModelVariables.reference(name, value),
                    sink.location(file.lineOf(assignment.start(1)))) != null && !found) {
                sink.classify("env-file", "dotenv", "parsed");
                found = true;
            }
        }
        return found;
    }

    /** {@code ${VAR:-default}}: compose and shells run with the default when VAR is unset, so it counts. */
    private static String withDefault(String value) {
        Matcher fallback = FALLBACK.matcher(value);
        return fallback.matches() && !fallback.group(1).isBlank() ? fallback.group(1).strip() : value;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
