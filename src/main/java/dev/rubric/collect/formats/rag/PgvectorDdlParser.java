package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgvector DDL (formats.md §2.5): {@code CREATE EXTENSION vector}, columns of type
 * {@code vector(N)}/{@code halfvec(N)}/{@code sparsevec(N)}, and HNSW/IVFFlat indexes whose
 * operator class fixes the distance metric. One record per table with a vector column or a
 * vector index; a file that only enables the extension is recognised but describes no table.
 */
public final class PgvectorDdlParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.sql"));
    private static final Pattern EXTENSION = Pattern.compile("(?i)create\\s+extension\\s+(?:if\\s+not\\s+exists\\s+)?\"?vector\"?");
    private static final Pattern VECTOR_TYPE = Pattern.compile("(?i)\\b(vector|halfvec|sparsevec)\\s*\\(\\s*(\\d+)\\s*\\)");
    private static final String IDENT = "(?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))?";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)create\\s+(?:(?:global|local|temporary|temp|unlogged)\\s+)*table\\s+(?:if\\s+not\\s+exists\\s+)?(" + IDENT + ")\\s*\\(");
    private static final Pattern COLUMN = Pattern.compile(
            "(?i)(?:^|,)\\s*(\"[^\"]+\"|[\\w$]+)\\s+(?:\\w+\\.)?(vector|halfvec|sparsevec)\\s*\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern ALTER_COLUMN = Pattern.compile(
            "(?i)alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?(" + IDENT + ")\\s+(?:add\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?"
                    + "|alter\\s+(?:column\\s+)?)(\"[^\"]+\"|[\\w$]+)\\s+(?:set\\s+data\\s+)?(?:type\\s+)?(?:\\w+\\.)?(vector|halfvec|sparsevec)\\s*\\(\\s*(\\d+)\\s*\\)");
    private static final Pattern INDEX = Pattern.compile(
            "(?i)create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(?:" + IDENT + "\\s+)?on\\s+(?:only\\s+)?("
                    + IDENT + ")\\s+using\\s+(hnsw|ivfflat)\\s*\\(\\s*(\"[^\"]+\"|[\\w$]+)\\s*(?:\\w+\\.)?(\\w+_ops)?\\s*\\)(?:\\s*with\\s*\\(([^)]*)\\))?");
    private static final Pattern MODEL_COLUMN = Pattern.compile("(?i)(?:^|,)\\s*\"?(\\w*model\\w*)\"?\\s+(?:varchar|text|character)");

    public PgvectorDdlParser() {
        super("pgvector", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("vector") && !lower.contains("_ops")) {
            return false;
        }
        try {
            String sql = blankComments(text);
            boolean extension = EXTENSION.matcher(sql).find();
            Map<String, RagRecord> tables = new LinkedHashMap<>();
            tables(file, sql, tables);
            alters(file, sql, tables);
            indexes(file, sql, tables);
            if (!extension && tables.isEmpty()) {
                return false;
            }
            sink.classify("rag-config", "sql", "parsed");
            sink.fact("vectorExtension", extension ? Boolean.TRUE : null);
            RagRecord.emitAll(file.subjectId(), sink, new ArrayList<>(tables.values()));
            return true;
        } catch (RuntimeException e) {
            sink.error(1, 0, "cannot read the pgvector DDL in this file: " + e);
            return false;
        }
    }

    private static void tables(ParsedFile file, String sql, Map<String, RagRecord> tables) {
        Matcher create = CREATE_TABLE.matcher(sql);
        while (create.find()) {
            int open = create.end() - 1;
            int close = PySource.closing(sql, open);
            if (close < 0) {
                continue;
            }
            String body = sql.substring(open + 1, close);
            if (!VECTOR_TYPE.matcher(body).find()) {
                continue;
            }
            String table = unquote(create.group(1));
            Matcher column = COLUMN.matcher(body);
            while (column.find()) {
                RagRecord record = table(tables, table, file.lineOf(create.start()));
                addColumn(record, unquote(column.group(1)), column.group(2), column.group(3));
            }
            Matcher model = MODEL_COLUMN.matcher(body);
            if (model.find() && tables.containsKey(table)) {
                tables.get(table).setting("modelColumn", unquote(model.group(1)));
            }
        }
    }

    private static void alters(ParsedFile file, String sql, Map<String, RagRecord> tables) {
        Matcher alter = ALTER_COLUMN.matcher(sql);
        while (alter.find()) {
            RagRecord record = table(tables, unquote(alter.group(1)), file.lineOf(alter.start()));
            // A later ALTER ... TYPE vector(N) changes the dimension; the last statement wins.
            record.dimension = null;
            addColumn(record, unquote(alter.group(2)), alter.group(3), alter.group(4));
        }
    }

    private static void indexes(ParsedFile file, String sql, Map<String, RagRecord> tables) {
        Matcher index = INDEX.matcher(sql);
        while (index.find()) {
            RagRecord record = table(tables, unquote(index.group(1)), file.lineOf(index.start()));
            record.setting("indexType", index.group(2).toLowerCase(Locale.ROOT));
            record.setting("column", record.settings.containsKey("column") ? null : unquote(index.group(3)));
            String opclass = index.group(4);
            if (opclass != null) {
                record.setting("operatorClass", opclass.toLowerCase(Locale.ROOT));
                record.metric = Metrics.ofOperatorClass(opclass);
            } else {
                // Without an operator class pgvector uses the L2 one.
                record.metric = "l2";
            }
            if (index.group(5) != null) {
                for (String option : index.group(5).split(",")) {
                    String[] pair = option.split("=", 2);
                    if (pair.length == 2) {
                        Long value = SearchMapping.number(pair[1]);
                        record.setting(pair[0].strip().toLowerCase(Locale.ROOT), value != null ? value : pair[1].strip());
                    }
                }
            }
        }
    }

    private static RagRecord table(Map<String, RagRecord> tables, String table, int line) {
        return tables.computeIfAbsent(table, t -> {
            RagRecord record = new RagRecord("pgvector", "sql", RagRecord.COLLECTION, line);
            record.collection = t;
            return record;
        });
    }

    private static void addColumn(RagRecord record, String column, String type, String dimension) {
        if (record.dimension != null) {
            return;
        }
        record.dimension = Long.valueOf(dimension);
        record.setting("column", column);
        String lowerType = type.toLowerCase(Locale.ROOT);
        record.setting("columnType", lowerType.equals("vector") ? null : lowerType);
    }

    private static String unquote(String identifier) {
        return identifier.replace("\"", "");
    }

    /** SQL comments blanked out (newlines kept), so commented-out DDL is not read and lines still count. */
    static String blankComments(String sql) {
        StringBuilder out = new StringBuilder(sql);
        boolean quoted = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && i + 1 < out.length() && out.charAt(i + 1) == '-') {
                for (; i < out.length() && out.charAt(i) != '\n'; i++) {
                    out.setCharAt(i, ' ');
                }
            } else if (!quoted && c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                int stop = end < 0 ? out.length() : end + 2;
                for (; i < stop; i++) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
                i--;
            }
        }
        return out.toString();
    }
}
