package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxParser;
import dev.rubric.collect.read.syntax.SyntaxStrings;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxUnavailableException;
import dev.rubric.collect.tree.ParsedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collections named by a variable of the file ({@code collection_name=collection}). Every call that
 * passes the same variable to the same store is about one collection: an ingest job that creates it
 * and then fills it through a framework wrapper is one record, not two. The variable's value is read
 * from the file's syntax tree: a literal, or a name computed from the run date
 * ({@code "products_" + date.today().strftime("%Y_%m_%d")}, {@code f"docs_{date.today():%Y%m%d}"}),
 * which is recorded as its scheme, {@code products_{%Y_%m_%d}}: each run builds a new dated
 * collection, and the scheme says which names are its builds. Anything else computed stays unnamed.
 */
final class ComputedCollections {
    private ComputedCollections() {
    }

    /** Names the records' variables where the file says what they hold, and merges each variable's records into one. */
    static List<RagRecord> join(ParsedFile file, List<RagRecord> stores) {
        Map<String, RagRecord> byVariable = new LinkedHashMap<>();
        List<RagRecord> out = new ArrayList<>();
        SyntaxTree tree = null;
        for (RagRecord store : stores) {
            String variable = store.collectionExpression;
            if (store.collection != null || variable == null) {
                out.add(store);
                continue;
            }
            RagRecord first = byVariable.get(store.store + '\u0000' + variable);
            if (first != null) {
                first.absorb(store);
                continue;
            }
            byVariable.put(store.store + '\u0000' + variable, store);
            out.add(store);
            if (tree == null) {
                tree = parse(file);
            }
            store.collection = tree == null ? null : valueOf(tree, variable);
        }
        return out;
    }

    private static SyntaxTree parse(ParsedFile file) {
        try {
            return SyntaxParser.parse(Grammar.PYTHON, file.text());
        } catch (SyntaxUnavailableException e) {
            return null;
        }
    }

    /** What every assignment of {@code variable} in the file gives it, when they agree; else null. */
    private static String valueOf(SyntaxTree tree, String variable) {
        String value = null;
        for (int node = 0; node < tree.size(); node++) {
            if (!tree.is(node, "assignment")) {
                continue;
            }
            int left = tree.child(node, "left");
            if (!tree.is(left, "identifier") || !tree.text(left).equals(variable)) {
                continue;
            }
            String assigned = scheme(tree, tree.child(node, "right"));
            if (assigned == null || value != null && !value.equals(assigned)) {
                return null;
            }
            value = assigned;
        }
        return value;
    }

    /** A literal, a concatenation, or an f-string whose computed parts are all run dates; else null. */
    static String scheme(SyntaxTree tree, int node) {
        if (node == SyntaxTree.NONE) {
            return null;
        }
        if (tree.is(node, "parenthesized_expression")) {
            return scheme(tree, tree.namedChild(node, 0));
        }
        if (tree.is(node, "string")) {
            return tree.childOfType(node, "interpolation") == SyntaxTree.NONE ? literal(tree, node) : formatted(tree, node);
        }
        if (tree.is(node, "concatenated_string") || tree.is(node, "binary_operator") && tree.isToken(tree.nextSibling(tree.child(node, "left")), "+")) {
            StringBuilder out = new StringBuilder();
            for (int part = tree.firstChild(node); part != SyntaxTree.NONE; part = tree.nextSibling(part)) {
                if (tree.named(part)) {
                    String text = scheme(tree, part);
                    if (text == null) {
                        return null;
                    }
                    out.append(text);
                }
            }
            return out.toString();
        }
        String format = dateFormat(tree, node);
        return format == null ? null : "{" + format + "}";
    }

    private static String literal(SyntaxTree tree, int node) {
        SyntaxStrings.Literal literal = SyntaxStrings.literal(tree, node);
        return literal == null ? null : literal.value();
    }

    /** {@code f"products_{date.today():%Y_%m_%d}"}: the text with each date interpolation as its format. */
    private static String formatted(SyntaxTree tree, int node) {
        StringBuilder out = new StringBuilder();
        for (int part = tree.firstChild(node); part != SyntaxTree.NONE; part = tree.nextSibling(part)) {
            if (tree.is(part, "string_content")) {
                out.append(tree.text(part));
            } else if (tree.is(part, "interpolation")) {
                int expression = tree.child(part, "expression");
                int specifier = tree.child(part, "format_specifier");
                String format = specifier != SyntaxTree.NONE && isRunDate(tree, expression)
                        ? tree.text(specifier).replaceFirst("^:", "") : dateFormat(tree, expression);
                if (format == null || format.isBlank()) {
                    return null;
                }
                out.append('{').append(format).append('}');
            }
        }
        return out.toString();
    }

    /** {@code <run date>.strftime("%Y_%m_%d")}, {@code time.strftime("%Y%m%d")}, {@code date.today().isoformat()}: the format. */
    private static String dateFormat(SyntaxTree tree, int node) {
        if (!tree.is(node, "call") || !tree.is(tree.child(node, "function"), "attribute")) {
            return null;
        }
        int function = tree.child(node, "function");
        String method = tree.text(tree.child(function, "attribute"));
        int object = tree.child(function, "object");
        if (method.equals("isoformat") && isRunDate(tree, object) && tree.text(object).contains("today")) {
            return "%Y-%m-%d";
        }
        if (!method.equals("strftime") || !(isRunDate(tree, object) || tree.text(object).equals("time"))) {
            return null;
        }
        int arguments = tree.child(node, "arguments");
        return arguments == SyntaxTree.NONE ? null : literal(tree, tree.namedChild(arguments, 0));
    }

    /** {@code date.today()}, {@code datetime.now(timezone.utc)}, {@code datetime.datetime.utcnow()}. */
    private static boolean isRunDate(SyntaxTree tree, int node) {
        if (!tree.is(node, "call") || !tree.is(tree.child(node, "function"), "attribute")) {
            return false;
        }
        String name = tree.text(tree.child(tree.child(node, "function"), "attribute"));
        return name.equals("today") || name.equals("now") || name.equals("utcnow");
    }
}
