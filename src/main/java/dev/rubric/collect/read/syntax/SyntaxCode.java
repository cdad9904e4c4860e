package dev.rubric.collect.read.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shapes code readers ask about, the same way for every grammar: calls and their callee path
 * and arguments, key–value entries of dicts, objects, struct literals and named arguments, and
 * the scopes (module, class, function) names are declared in. Each grammar names these nodes
 * differently; readers see only what they mean.
 */
public final class SyntaxCode {
    /** One argument of a call: {@code name} is null for a positional one. */
    public record Argument(String name, int nameNode, int value) {
    }

    /** One key–value entry of a mapping: a dict pair, an object property, a keyed struct field, a named argument. */
    public record Entry(String key, int keyNode, int value) {
    }

    private static final Set<String> CALLS_PY = Set.of("call");
    private static final Set<String> CALLS_JS = Set.of("call_expression", "new_expression");
    private static final Set<String> CALLS_JAVA = Set.of("method_invocation", "object_creation_expression", "annotation");
    private static final Set<String> CALLS_KOTLIN = Set.of("call_expression");
    private static final Set<String> CALLS_GO = Set.of("call_expression");
    private static final Set<String> CALLS_CSHARP = Set.of("invocation_expression", "object_creation_expression");

    private static final Set<String> FUNCTIONS = Set.of("function_definition", "lambda", "function_declaration",
            "function_expression", "arrow_function", "method_definition", "generator_function_declaration", "function",
            "method_declaration", "constructor_declaration", "lambda_expression", "lambda_literal", "anonymous_function",
            "func_literal", "local_function_statement");
    private static final Set<String> CLASSES = Set.of("class_definition", "class_declaration", "class", "interface_declaration",
            "enum_declaration", "record_declaration", "object_declaration", "companion_object", "struct_declaration");

    private final SyntaxTree tree;
    private final Grammar grammar;
    /** Callee paths by call node, read once: several readers ask for each call's. */
    private List<String>[] paths;

    public SyntaxCode(SyntaxTree tree) {
        this.tree = tree;
        this.grammar = tree.grammar();
    }

    public SyntaxTree tree() {
        return tree;
    }

    public boolean isCall(int node) {
        if (node == SyntaxTree.NONE || !tree.named(node)) {
            return false;
        }
        Set<String> calls = switch (grammar) {
            case PYTHON -> CALLS_PY;
            case TYPESCRIPT, TSX, JAVASCRIPT -> CALLS_JS;
            case JAVA -> CALLS_JAVA;
            case KOTLIN -> CALLS_KOTLIN;
            case GO -> CALLS_GO;
            case CSHARP -> CALLS_CSHARP;
        };
        return calls.contains(tree.type(node));
    }

    public boolean isFunction(int node) {
        return tree.named(node) && FUNCTIONS.contains(tree.type(node));
    }

    public boolean isClass(int node) {
        return tree.named(node) && CLASSES.contains(tree.type(node));
    }

    /** The expression a call calls (for a Java method call, the node of its name). */
    public int callee(int call) {
        return switch (tree.type(call)) {
            case "method_invocation", "annotation" -> tree.child(call, "name");
            case "new_expression" -> tree.child(call, "constructor");
            case "object_creation_expression" -> tree.child(call, "type");
            default -> tree.child(call, "function") != SyntaxTree.NONE ? tree.child(call, "function") : tree.namedChild(call, 0);
        };
    }

    /**
     * The dotted path a call is reached through, one segment per name, {@code ()} for the result of
     * a call: {@code client.chat.completions.create(...)} gives client, chat, completions, create;
     * {@code chatClient.prompt().system(...)} gives chatClient, prompt, (), system.
     */
    @SuppressWarnings("unchecked")
    public List<String> calleePath(int call) {
        if (paths == null) {
            paths = new List[tree.size()];
        }
        if (paths[call] == null) {
            paths[call] = List.copyOf(readCalleePath(call));
        }
        return paths[call];
    }

    private List<String> readCalleePath(int call) {
        List<String> path = new ArrayList<>();
        if (tree.type(call).equals("method_invocation")) {
            int object = tree.child(call, "object");
            if (object != SyntaxTree.NONE) {
                appendPath(object, path);
            }
            path.add(tree.text(tree.child(call, "name")));
            return path;
        }
        int callee = callee(call);
        if (callee != SyntaxTree.NONE) {
            appendPath(callee, path);
        }
        return path;
    }

    /** The node of the last name in the callee path, whose line a reference is reported at. */
    public int calleeName(int call) {
        int callee = callee(call);
        if (callee == SyntaxTree.NONE) {
            return call;
        }
        int last = callee;
        for (int child = lastNamedChild(callee); child != SyntaxTree.NONE; child = lastNamedChild(child)) {
            last = child;
        }
        return last;
    }

    private void appendPath(int node, List<String> path) {
        if (isCall(node)) {
            path.addAll(calleePath(node));
            path.add("()");
            return;
        }
        int first = tree.namedChild(node, 0);
        if (first == SyntaxTree.NONE) {
            // a name: identifier, property, this
            String text = tree.text(node);
            path.add(text.startsWith("@") ? text.substring(1) : text);
            return;
        }
        int last = lastNamedChild(node);
        String lastType = tree.type(last);
        if (last == first || lastType.equals("type_arguments") || lastType.equals("type_argument_list")) {
            // a wrapper (Kotlin's user_type) or a generic type: the name is inside
            appendPath(first, path);
            return;
        }
        appendPath(first, path);
        // Kotlin wraps the name in a navigation_suffix
        int name = lastType.equals("navigation_suffix") ? lastNamedChild(last) : last;
        path.add(name == SyntaxTree.NONE ? "?" : stripGenerics(tree.text(name)));
    }

    private static String stripGenerics(String text) {
        int angle = text.indexOf('<');
        return angle > 0 ? text.substring(0, angle) : text;
    }

    public int lastNamedChild(int node) {
        int last = SyntaxTree.NONE;
        for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.named(c) && !isComment(c)) {
                last = c;
            }
        }
        return last;
    }

    public boolean isComment(int node) {
        String type = tree.type(node);
        return type.equals("comment") || type.equals("line_comment") || type.equals("block_comment")
                || type.equals("multiline_comment");
    }

    /** The argument list node of a call, or NONE. */
    public int argumentList(int call) {
        if (tree.type(call).equals("call_expression") && grammar == Grammar.KOTLIN) {
            int suffix = tree.childOfType(call, "call_suffix");
            return suffix == SyntaxTree.NONE ? SyntaxTree.NONE : tree.childOfType(suffix, "value_arguments");
        }
        return tree.child(call, "arguments");
    }

    /** The arguments of a call in order, named or positional. */
    public List<Argument> arguments(int call) {
        List<Argument> out = new ArrayList<>();
        int list = argumentList(call);
        if (list == SyntaxTree.NONE) {
            return out;
        }
        for (int item = tree.firstChild(list); item != SyntaxTree.NONE; item = tree.nextSibling(item)) {
            if (!tree.named(item) || isComment(item)) {
                continue;
            }
            switch (tree.type(item)) {
                case "keyword_argument" -> out.add(new Argument(tree.text(tree.child(item, "name")), tree.child(item, "name"),
                        tree.child(item, "value")));
                case "element_value_pair" -> out.add(new Argument(tree.text(tree.child(item, "key")), tree.child(item, "key"),
                        tree.child(item, "value")));
                case "value_argument" -> {
                    int value = lastNamedChild(item);
                    int name = hasToken(item, "=") ? tree.childOfType(item, "simple_identifier") : SyntaxTree.NONE;
                    out.add(new Argument(name == SyntaxTree.NONE ? null : tree.text(name), name, value));
                }
                case "argument" -> {
                    int name = tree.child(item, "name");
                    out.add(new Argument(name == SyntaxTree.NONE ? null : tree.text(name), name, lastNamedChild(item)));
                }
                case "list_splat", "dictionary_splat", "spread_element" -> { }
                default -> out.add(new Argument(null, SyntaxTree.NONE, item));
            }
        }
        return out;
    }

    public boolean hasToken(int node, String token) {
        for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.isToken(c, token)) {
                return true;
            }
        }
        return false;
    }

    /** The first named child after the {@code =} token of a declaration, or NONE. */
    public int valueAfterEquals(int node) {
        boolean seen = false;
        for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.isToken(c, "=")) {
                seen = true;
            } else if (seen && tree.named(c) && !isComment(c)) {
                return c;
            }
        }
        return SyntaxTree.NONE;
    }

    /**
     * The entries of a mapping-like node: a Python dict or a call's keyword arguments, a JavaScript
     * object, a Go keyed literal, a C# object initializer or anonymous object. Empty for other nodes.
     */
    public List<Entry> entries(int node) {
        List<Entry> out = new ArrayList<>();
        if (isCall(node)) {
            for (Argument argument : arguments(node)) {
                if (argument.name() != null) {
                    out.add(new Entry(argument.name(), argument.nameNode(), argument.value()));
                }
            }
            return out;
        }
        switch (tree.type(node)) {
            case "dictionary", "object" -> {
                for (int pair = tree.firstChild(node); pair != SyntaxTree.NONE; pair = tree.nextSibling(pair)) {
                    if (tree.is(pair, "pair")) {
                        addEntry(out, tree.child(pair, "key"), tree.child(pair, "value"));
                    }
                }
            }
            case "literal_value" -> {
                for (int element = tree.firstChild(node); element != SyntaxTree.NONE; element = tree.nextSibling(element)) {
                    if (tree.is(element, "keyed_element")) {
                        addEntry(out, unwrapElement(tree.child(element, "key")), unwrapElement(tree.child(element, "value")));
                    }
                }
            }
            case "initializer_expression" -> {
                for (int element = tree.firstChild(node); element != SyntaxTree.NONE; element = tree.nextSibling(element)) {
                    if (tree.is(element, "assignment_expression")) {
                        addEntry(out, tree.child(element, "left"), tree.child(element, "right"));
                    }
                }
            }
            case "anonymous_object_creation_expression" -> {
                int pendingKey = SyntaxTree.NONE;
                for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                    if (!tree.named(c)) {
                        continue;
                    }
                    if (pendingKey == SyntaxTree.NONE && tree.is(c, "identifier")) {
                        pendingKey = c;
                    } else if (pendingKey != SyntaxTree.NONE) {
                        addEntry(out, pendingKey, c);
                        pendingKey = SyntaxTree.NONE;
                    }
                }
            }
            default -> { }
        }
        return out;
    }

    private int unwrapElement(int node) {
        return node != SyntaxTree.NONE && tree.is(node, "literal_element") ? tree.namedChild(node, 0) : node;
    }

    private void addEntry(List<Entry> out, int key, int value) {
        if (key == SyntaxTree.NONE || value == SyntaxTree.NONE) {
            return;
        }
        String name = keyName(key);
        if (name != null) {
            out.add(new Entry(name, key, value));
        }
    }

    /** A key as written: a name, or the text of a string literal; null for a computed key. */
    public String keyName(int key) {
        SyntaxStrings.Literal literal = SyntaxStrings.literal(tree, key);
        if (literal != null) {
            return literal.value();
        }
        String text = tree.text(key);
        return text.matches("[A-Za-z_$][\\w$]*") ? text : null;
    }

    /** The nearest enclosing function, class or the root: where a name declared at {@code node} lives. */
    public int scopeOf(int node) {
        for (int p = tree.parent(node); p != SyntaxTree.NONE; p = tree.parent(p)) {
            if (isFunction(p) || isClass(p)) {
                return p;
            }
        }
        return tree.root();
    }

    /** The nearest enclosing class, or NONE. */
    public int classOf(int node) {
        for (int p = tree.parent(node); p != SyntaxTree.NONE; p = tree.parent(p)) {
            if (isClass(p)) {
                return p;
            }
        }
        return SyntaxTree.NONE;
    }
}
