package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.container.EnvSignals;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.Hint;
import dev.rubric.collect.tree.NameFilter;
import dev.rubric.collect.tree.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .env} files ({@code .env}, {@code .env.example}, {@code prod.env}): the tracing
 * clients they configure. A file is one when it holds at least one {@code NAME=value} line.
 */
public final class DotenvParser implements FormatParser {
    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*)$");

    @Override
    public String family() {
        return "dotenv";
    }

    @Override
    public Hint hint(String relativePath, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env") ? Hint.STRONG : Hint.NONE;
    }

    @Override
    public NameFilter names() {
        return NameFilter.ofExtensions("env").withPrefixes(".env.");
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
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
