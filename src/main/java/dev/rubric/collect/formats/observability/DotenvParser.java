package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.container.EnvSignals;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .env} files ({@code .env}, {@code .env.example}, {@code prod.env}), read once for all
 * they say: the tracing clients they configure (here), the models they name
 * ({@link EnvFileModels}) and a RAG platform's settings ({@link DotenvRag}). A file is one when it
 * holds at least one {@code NAME=value} line.
 */
public final class DotenvParser extends FormatParser {
    /** Tags: which readers a name gets; RAG platforms also ship their defaults as env.example. */
    private static final String RAG = "rag";
    private static final String TRACING = "tracing";
    private static final String MODELS = "models";
    private static final Signature SIGNATURE = Signature.of(
            Signature.strong(".env", ".env.*", "*.env").tagged(RAG, TRACING, MODELS),
            Signature.weak("env.example").tagged(RAG));
    private static final DotenvRag RAG_PLATFORMS = new DotenvRag();
    private static final EnvFileModels MODEL_NAMES = new EnvFileModels();
    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*)$");

    public DotenvParser() {
        super("dotenv", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        Set<String> readers = SIGNATURE.tags(file.relativePath(), file.fileName());
        // in the order the three readers had as parsers; all classify the file alike
        boolean recognised = readers.contains(RAG) && RAG_PLATFORMS.read(file, sink);
        if (readers.contains(TRACING)) {
            recognised |= readTracing(file, sink);
        }
        if (readers.contains(MODELS)) {
            recognised |= MODEL_NAMES.read(file, sink);
        }
        return recognised;
    }

    private static boolean readTracing(ParsedFile file, FileSink sink) {
        List<EnvSignals.Entry> entries = entries(file.text());
        if (entries.isEmpty()) {
            return false;
        }
        sink.classify("env-file", "dotenv", "parsed");
        if (EnvSignals.mentionsAny(file.text())) {
            EnvSignals.emit(file.subjectId(), sink::location, entries, "env", sink);
        }
        return true;
    }

    static List<EnvSignals.Entry> entries(String text) {
        List<EnvSignals.Entry> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("#")) {
                continue;
            }
            Matcher matcher = ASSIGNMENT.matcher(lines[i]);
            if (matcher.matches()) {
                out.add(new EnvSignals.Entry(matcher.group(1), value(matcher.group(2)), null, i + 1));
            }
        }
        return out;
    }

    /** Quotes removed; an unquoted value ends at " #". */
    private static String value(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            int end = value.indexOf(value.charAt(0), 1);
            return end > 0 ? value.substring(1, end) : value.substring(1);
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
