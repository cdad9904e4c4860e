package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelVariables;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model names set in dotenv files ({@code .env}, {@code .env.production}, {@code app.env}): the
 * model an application runs with is often only written here. Each variable named like a model
 * ({@link ModelVariables}) becomes a model reference of the file; values are never kept for
 * other variables, and a value that looks like a credential is not kept at all. A deployment
 * and the model and version variables beside it are one reference. Commented-out lines
 * ({@code # MODEL=gpt-4}) never count: an assignment starts its line.
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
        List<ModelVariables.Variable> block = new ArrayList<>();
        Matcher assignment = ASSIGNMENT.matcher(text);
        while (assignment.find()) {
            block.add(new ModelVariables.Variable(assignment.group(1), withDefault(unquote(assignment.group(2))),
                    file.lineOf(assignment.start(1))));
        }
        boolean found = false;
        for (ModelVariables.Named named : ModelVariables.references(block)) {
            String name = named.variable().name();
            if (ModelRefs.record(sink, file.subjectId(), name, name, named.reference(),
                    sink.location(named.variable().line())) != null && !found) {
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
