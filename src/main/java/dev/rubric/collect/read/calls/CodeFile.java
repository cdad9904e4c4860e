package dev.rubric.collect.read.calls;

import dev.rubric.collect.read.code.CodeLanguage;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.code.SourceText;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxParser;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A source file read for the library calls it makes: its syntax tree, its imports, its
 * module-level string and number constants, and every call, constructor call, decorator and
 * import, in source order. Readers of set-up code (tracing clients, index definitions, ORM
 * models) match these by the library name they resolve to, never by text, so a comment, a
 * docstring or a class of the same name elsewhere is never one.
 */
public final class CodeFile {
    private final SyntaxTree tree;
    private final Imports imports;
    private final Map<String, Integer> constants = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    private CodeFile(SyntaxTree tree) {
        this.tree = tree;
        this.imports = Imports.of(tree);
        for (int node = 0; node < tree.size(); node++) {
            if (tree.named(node)) {
                read(node);
            }
        }
    }

    /** Parses {@code text}; throws SyntaxUnavailableException when the grammar cannot be loaded here. */
    public static CodeFile parse(Grammar grammar, String text) {
        return new CodeFile(SyntaxParser.parse(grammar, text));
    }

    /**
     * The file parsed, or null when it is not hand-written source of a language read here, or
     * holds none of {@code needles} (most files of a repository: they are never parsed). A grammar
     * that cannot be loaded on this platform is reported to {@code unavailable}, and gives null.
     */
    public static CodeFile parseIfMentions(SourceText file, Needles needles, Consumer<String> unavailable) {
        Grammar grammar = Grammar.forFile(file.fileName());
        if (CodeLanguage.of(file.fileName()) == null || grammar == null || needles.noneIn(file)) {
            return null;
        }
        try {
            return parse(grammar, file.text());
        } catch (SyntaxUnavailableException e) {
            unavailable.accept(e.getMessage());
            return null;
        }
    }

    /** The language's format name ({@code python}, {@code csharp}) the file is classified with. */
    public String format() {
        return switch (tree.grammar()) {
            case TYPESCRIPT, TSX -> CodeLanguage.TYPESCRIPT.format;
            default -> CodeLanguage.valueOf(tree.grammar().name()).format;
        };
    }

    public SyntaxTree tree() {
        return tree;
    }

    public Imports imports() {
        return imports;
    }

    public List<Call> calls() {
        return calls;
    }

    public int lineOf(int offset) {
        return tree.lineOf(offset);
    }

    /** A literal's value, or the literal a module-level constant of that name was given; else null. */
    public String value(int node) {
        if (node == SyntaxTree.NONE) {
            return null;
        }
        String literal = Literals.scalar(tree, node);
        if (literal != null) {
            return literal;
        }
        if (tree.is(node, "identifier")) {
            Integer assigned = constants.get(tree.text(node));
            return assigned == null ? null : Literals.scalar(tree, assigned);
        }
        return null;
    }

    /** A string literal's value, or the string a module-level constant of that name was given; else null. */
    public String string(int node) {
        if (node == SyntaxTree.NONE) {
            return null;
        }
        if (tree.is(node, "identifier")) {
            Integer assigned = constants.get(tree.text(node));
            return assigned == null ? null : Literals.string(tree, assigned);
        }
        return Literals.string(tree, node);
    }

    /** A value read as a whole number, or null. */
    public Long number(int node) {
        String value = value(node);
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value);
    }

    /** The value of property {@code name} of a JavaScript object literal, or NONE. */
    public int property(int object, String name) {
        return tree.is(object, "object") ? Call.property(tree, object, name) : SyntaxTree.NONE;
    }

    /** The source text of a node with its whitespace folded, for expressions that have no literal value. */
    public String expression(int node) {
        return node == SyntaxTree.NONE ? null : tree.text(node).replaceAll("\\s+", " ").strip();
    }

    private void read(int node) {
        switch (tree.type(node)) {
            // Python
            case "call" -> {
                int function = tree.child(node, "function");
                boolean decorator = tree.is(tree.parent(node), "decorator");
                add(node, tree.child(node, "arguments"), function, decorator ? Call.Form.DECORATOR : Call.Form.CALL);
            }
            case "decorator" -> {
                int target = tree.namedChild(node, 0);
                if (tree.is(target, "identifier") || tree.is(target, "attribute")) {
                    add(node, SyntaxTree.NONE, target, Call.Form.DECORATOR);
                }
            }
            case "import_from_statement", "import_statement", "import_declaration" -> importEntries(node);
            case "assignment" -> constant(node, tree.child(node, "left"), tree.child(node, "right"));
            // JavaScript and TypeScript
            case "call_expression" -> add(node, tree.child(node, "arguments"), tree.child(node, "function"), Call.Form.CALL);
            case "new_expression" -> add(node, tree.child(node, "arguments"), tree.child(node, "constructor"), Call.Form.NEW);
            case "variable_declarator" -> {
                if (tree.is(tree.parent(node), "lexical_declaration") || tree.is(tree.parent(node), "field_declaration")) {
                    constant(node, tree.child(node, "name"), tree.child(node, "value"));
                }
            }
            // Java
            case "method_invocation" -> {
                int object = tree.child(node, "object");
                int name = tree.child(node, "name");
                String callee = object == SyntaxTree.NONE ? tree.text(name) : tree.text(object) + "." + tree.text(name);
                addText(node, tree.child(node, "arguments"), compact(callee), Call.Form.CALL);
            }
            // Java and C#
            case "object_creation_expression" -> add(node, tree.child(node, "arguments"), tree.child(node, "type"), Call.Form.NEW);
            // C#
            case "invocation_expression" -> add(node, tree.child(node, "arguments"), tree.child(node, "function"), Call.Form.CALL);
            default -> {
            }
        }
    }

    private void add(int node, int arguments, int function, Call.Form form) {
        if (function != SyntaxTree.NONE) {
            addText(node, arguments, compact(tree.text(function)), form);
        }
    }

    private void addText(int node, int arguments, String callee, Call.Form form) {
        // a callee that spans a whole chained expression is cut at its first argument list's contents
        calls.add(new Call(this, node, arguments, callee, imports.qualify(callee), form));
    }

    /** Python and JavaScript import statements as calls of form IMPORT, one per imported name. */
    private void importEntries(int node) {
        if (tree.grammar() != Grammar.PYTHON && !tree.is(node, "import_statement")) {
            return;
        }
        if (tree.grammar() == Grammar.PYTHON && tree.is(node, "import_from_statement")) {
            int module = tree.child(node, "module_name");
            if (module == SyntaxTree.NONE) {
                return;
            }
            String from = compact(tree.text(module));
            for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                if ("name".equals(tree.field(c))) {
                    int name = tree.is(c, "aliased_import") ? tree.child(c, "name") : c;
                    calls.add(new Call(this, node, SyntaxTree.NONE, tree.text(name), from + "." + tree.text(name), Call.Form.IMPORT));
                }
            }
        } else if (tree.grammar() == Grammar.PYTHON) {
            for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                int name = tree.is(c, "aliased_import") ? tree.child(c, "name") : c;
                if (tree.is(name, "dotted_name")) {
                    calls.add(new Call(this, node, SyntaxTree.NONE, tree.text(name), tree.text(name), Call.Form.IMPORT));
                }
            }
        } else {
            String module = Literals.string(tree, tree.child(node, "source"));
            if (module != null) {
                // a side-effect import ("import './tracing'") or any import names its module
                calls.add(new Call(this, node, SyntaxTree.NONE, module, module, Call.Form.IMPORT));
            }
        }
    }

    /** A module-level {@code NAME = "literal"} (or {@code const NAME = 1536}): what later calls may pass by name. */
    private void constant(int node, int left, int right) {
        if (!tree.is(left, "identifier") || right == SyntaxTree.NONE || Literals.scalar(tree, right) == null) {
            return;
        }
        if (tree.ancestor(node, "function_definition", "function_declaration", "arrow_function", "method_definition",
                "class_definition") != SyntaxTree.NONE) {
            return;
        }
        // a name assigned twice has no single value
        String name = tree.text(left);
        constants.put(name, constants.containsKey(name) ? SyntaxTree.NONE : right);
    }

    private static String compact(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    out.append('(');
                }
            } else if (c == ')') {
                if (--depth == 0) {
                    out.append(')');
                }
            } else if (depth == 0 && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
