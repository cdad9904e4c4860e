package dev.rubric.collect.formats.observability;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.rag.PlatformEnv;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A RAG platform's settings in a {@code .env} file (Open WebUI, Dify, RAGFlow ship their defaults
 * so); what the variables mean is {@link PlatformEnv}'s, shared with compose files.
 */
final class DotenvRag {
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(?:export[ \\t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \\t]*=[ \\t]*(.*)$");

    /** The caller has judged the name. */
    boolean read(ParsedFile file, FileSink sink) {
        if (!PlatformEnv.mentionedIn(file)) {
            return false;
        }
        Map<String, PlatformEnv.Var> vars = variables(file.text());
        RagRecord record = PlatformEnv.record(vars, "dotenv");
        if (record == null) {
            return false;
        }
        sink.classify("env-file", "dotenv", "parsed");
        TreeSet<String> secrets = new TreeSet<>();
        vars.forEach((name, var) -> {
            if (Secrets.isSecretName(name) || Secrets.looksLikeCredential(var.value())) {
                secrets.add(name);
            }
        });
        sink.fact("secretNames", secrets.isEmpty() ? null : new ArrayList<>(secrets));
        RagRecord.emitAll(file.subjectId(), sink, List.of(record));
        return true;
    }

    /** KEY=value lines, the first setting of a name winning. */
    private static Map<String, PlatformEnv.Var> variables(String text) {
        Map<String, PlatformEnv.Var> out = new LinkedHashMap<>();
        Matcher line = LINE.matcher(text);
        int number = 1;
        int last = 0;
        while (line.find()) {
            for (int i = last; i < line.start(); i++) {
                number += text.charAt(i) == '\n' ? 1 : 0;
            }
            last = line.start();
            out.putIfAbsent(line.group(1), PlatformEnv.variable(line.group(1), line.group(2), number));
        }
        return out;
    }
}
