package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * pgvector columns and indexes declared through SQLAlchemy (formats.md §2.5, ORM): a
 * {@code Vector(1024)} column of a declarative model, a {@code Table} or an Alembic
 * {@code op.create_table}/{@code op.add_column}, and the {@code Index(..., postgresql_using="hnsw",
 * postgresql_with={...}, postgresql_ops={column: "vector_cosine_ops"})} that fixes the distance,
 * declared beside the model or in a migration's {@code op.create_index}. One record per vector
 * column, as the DDL reader records a table, located at the column. The type must come from
 * {@code pgvector.sqlalchemy}: a {@code Vector} of any other library is not a pgvector column.
 */
public final class SqlAlchemyVectorParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.py").exactCase());
    private static final Needles PGVECTOR = Needles.of("pgvector");
    private static final Pattern VECTOR_TYPE = Pattern.compile("^pgvector\\.sqlalchemy(\\.\\w+)*\\.(Vector|VECTOR|HALFVEC|HalfVector|SPARSEVEC|SparseVector|BIT|Bit)$");
    private static final Pattern INDEX = Pattern.compile("^(sqlalchemy(\\.\\w+)*\\.Index|alembic\\.op\\.create_index)$");
    private static final Pattern TABLE = Pattern.compile("^(sqlalchemy(\\.\\w+)*\\.Table|alembic\\.op\\.(create_table|add_column))$");

    public SqlAlchemyVectorParser() {
        super("sqlalchemy-pgvector", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        CodeFile code = CodeFile.parseIfMentions(file, PGVECTOR, reason -> sink.error(0, 0, "SQLAlchemy vector columns not read: " + reason));
        if (code == null) {
            return false;
        }
        Map<Integer, Call> byNode = new HashMap<>();
        code.calls().forEach(call -> byNode.put(call.node(), call));
        Map<Integer, String> tableOfClass = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        for (Call call : code.calls()) {
            if (call.form() == Call.Form.CALL && VECTOR_TYPE.matcher(call.qualified()).matches()) {
                Column column = column(code, call, byNode, tableOfClass);
                if (column != null) {
                    columns.add(column);
                }
            }
        }
        if (columns.isEmpty()) {
            return false;
        }
        for (Call call : code.calls()) {
            if (call.form() == Call.Form.CALL && INDEX.matcher(call.qualified()).matches()) {
                index(code, call, columns, classTables(code, tableOfClass));
            }
        }
        sink.classify("code", "python", "parsed");
        for (Column column : columns) {
            String id = file.subjectId() + "#" + (column.record.collection == null ? "" : column.record.collection + ".") + column.name;
            RagRecord.emitAll(id, sink, List.of(column.record));
        }
        return true;
    }

    /** A vector column: its name, its class (for {@code Item.embedding} in an index), its record. */
    private record Column(String name, String modelClass, RagRecord record) {
    }

    private static Column column(CodeFile code, Call type, Map<Integer, Call> byNode, Map<Integer, String> tableOfClass) {
        SyntaxTree tree = code.tree();
        Long dimension = code.number(type.positional(0));
        if (dimension == null) {
            dimension = code.number(type.keyword("dim"));
        }
        String name = null;
        String table = null;
        for (int p = tree.parent(type.node()); p != SyntaxTree.NONE && name == null; p = tree.parent(p)) {
            Call around = byNode.get(p);
            if (around != null && around != type && around.name().toLowerCase(Locale.ROOT).endsWith("column")
                    && code.string(around.positional(0)) != null) {
                name = around.positionalValue(0);
            } else if (tree.is(p, "assignment") && tree.is(tree.child(p, "left"), "identifier")) {
                name = tree.text(tree.child(p, "left"));
            } else if (tree.is(p, "class_definition") || tree.is(p, "function_definition")) {
                break;
            }
        }
        int owner = tree.ancestor(type.node(), "class_definition");
        for (int p = tree.parent(type.node()); p != SyntaxTree.NONE && table == null; p = tree.parent(p)) {
            Call around = byNode.get(p);
            if (around != null && TABLE.matcher(around.qualified()).matches()) {
                table = around.positionalValue(0);
            }
        }
        if (table == null && owner != SyntaxTree.NONE) {
            table = tableOfClass.computeIfAbsent(owner, c -> tableName(code, c));
        }
        if (name == null) {
            return null;
        }
        RagRecord record = new RagRecord("pgvector", "sqlalchemy", RagRecord.COLLECTION, type.line());
        record.collection = table;
        record.dimension = dimension;
        record.setting("column", name);
        String typeName = type.name().toLowerCase(Locale.ROOT);
        record.setting("columnType", typeName.equals("vector") ? null : typeName.replace("vector", "vec"));
        String modelClass = owner == SyntaxTree.NONE ? null : tree.text(tree.child(owner, "name"));
        return new Column(name, modelClass, record);
    }

    /** {@code __tablename__ = "items"} of a declarative class; SQLModel's default, the class name in lower case, else. */
    private static String tableName(CodeFile code, int classNode) {
        SyntaxTree tree = code.tree();
        int body = tree.child(classNode, "body");
        for (int statement = tree.firstChild(body); statement != SyntaxTree.NONE; statement = tree.nextSibling(statement)) {
            int assignment = tree.namedChild(statement, 0);
            if (tree.is(statement, "expression_statement") && tree.is(assignment, "assignment")
                    && "__tablename__".equals(tree.text(tree.child(assignment, "left")))) {
                return code.value(tree.child(assignment, "right"));
            }
        }
        String superclasses = tree.text(tree.child(classNode, "superclasses"));
        return superclasses != null && superclasses.contains("SQLModel")
                ? tree.text(tree.child(classNode, "name")).toLowerCase(Locale.ROOT) : null;
    }

    private static Map<String, String> classTables(CodeFile code, Map<Integer, String> tableOfClass) {
        Map<String, String> byName = new HashMap<>();
        tableOfClass.forEach((node, table) -> byName.put(code.tree().text(code.tree().child(node, "name")), table));
        return byName;
    }

    /**
     * An index on vector columns: the columns it names ({@code Item.embedding}, {@code "embedding"},
     * a migration's column list, or the keys of {@code postgresql_ops}) take its method, operator
     * class and build parameters.
     */
    private static void index(CodeFile code, Call index, List<Column> columns, Map<String, String> classTables) {
        SyntaxTree tree = code.tree();
        String method = index.keywordValue("postgresql_using");
        if (method == null) {
            return;
        }
        Map<String, String> ops = dictionary(code, index.keyword("postgresql_ops"));
        Map<String, String> with = dictionary(code, index.keyword("postgresql_with"));
        boolean migration = index.qualified().startsWith("alembic.");
        String table = migration ? index.positionalValue(1) : null;
        List<String[]> targets = new ArrayList<>();
        for (int i = migration ? 2 : 1; index.positional(i) != SyntaxTree.NONE; i++) {
            int argument = index.positional(i);
            if (tree.is(argument, "list")) {
                for (int item = tree.firstChild(argument); item != SyntaxTree.NONE; item = tree.nextSibling(item)) {
                    target(code, item, table, classTables, targets);
                }
            } else {
                target(code, argument, table, classTables, targets);
            }
        }
        ops.keySet().forEach(column -> targets.add(new String[] {table, column}));
        int owner = tree.ancestor(index.node(), "class_definition");
        String ownerClass = owner == SyntaxTree.NONE ? null : tree.text(tree.child(owner, "name"));
        for (Column column : columns) {
            for (String[] target : targets) {
                boolean sameTable = target[0] == null ? ownerClass == null || ownerClass.equals(column.modelClass)
                        : target[0].equals(column.record.collection);
                if (sameTable && target[1].equals(column.name) && !column.record.settings.containsKey("indexType")) {
                    apply(column.record, method, ops.get(column.name), with, index);
                }
            }
        }
    }

    private static void target(CodeFile code, int node, String table, Map<String, String> classTables, List<String[]> out) {
        SyntaxTree tree = code.tree();
        String literal = code.string(node);
        if (literal != null) {
            out.add(new String[] {table, literal});
        } else if (tree.is(node, "attribute")) {
            // Item.embedding, or Item.__table__.c.embedding
            String text = tree.text(node);
            String owner = text.substring(0, text.indexOf('.'));
            out.add(new String[] {classTables.get(owner), tree.text(tree.child(node, "attribute"))});
        }
    }

    private static void apply(RagRecord record, String method, String opclass, Map<String, String> with, Call index) {
        record.setting("indexType", method.toLowerCase(Locale.ROOT));
        record.setting("indexName", index.positionalValue(0));
        if (opclass != null) {
            record.setting("operatorClass", opclass.toLowerCase(Locale.ROOT));
            record.metric = Metrics.ofOperatorClass(opclass);
        } else {
            // without an operator class pgvector uses the L2 one
            record.metric = "l2";
        }
        with.forEach((key, value) -> {
            Long number = SearchMapping.number(value);
            record.setting(key.toLowerCase(Locale.ROOT), number != null ? number : value);
        });
    }

    /** A dictionary literal's entries whose keys and values are literals. */
    private static Map<String, String> dictionary(CodeFile code, int node) {
        SyntaxTree tree = code.tree();
        Map<String, String> out = new java.util.TreeMap<>();
        if (!tree.is(node, "dictionary")) {
            return out;
        }
        for (int pair = tree.firstChild(node); pair != SyntaxTree.NONE; pair = tree.nextSibling(pair)) {
            if (tree.is(pair, "pair")) {
                String key = code.value(tree.child(pair, "key"));
                String value = code.value(tree.child(pair, "value"));
                if (key != null && value != null) {
                    out.put(key, value);
                }
            }
        }
        return out;
    }
}
