package dev.rubric.collect.read.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an expression evaluates to, as far as it can be read without running anything: a literal
 * (concatenations of literals and constants joined), a name declared in scope (a module or class
 * constant, a field of the enclosing class only, a parameter's default within its own function),
 * or an environment lookup, whose default counts when it has one and which otherwise stays a
 * {@code ${VAR}} reference. A parameter without a default, or a field set from one, resolves to
 * nothing: the value comes from the caller, and another class's default is not it. A name declared
 * inside a function is seen only there: prompt reading relies on that to leave unrelated top-level
 * functions out of the tree ({@code PromptRelevance}).
 */
public final class SyntaxValues {
    /**
     * A resolved value: the text, where its literal is written ({@code start}), the first constant
     * it came through (or null), and whether it is a literal or an environment reference.
     */
    public record Value(String text, int start, int end, String constant, boolean literal, boolean formatted,
                        boolean template) {
        Value through(String name) {
            return constant != null || name == null ? this : new Value(text, start, end, name, literal, formatted, template);
        }
    }

    /**
     * A name declared in a scope: {@code value} is NONE for a parameter without a default;
     * {@code field} is true for {@code self.x = …} / {@code this.x = …}; {@code placeholder} is the
     * text of a Spring {@code @Value} on it, whose string node is then {@code value}.
     */
    public record Declaration(String name, int nameNode, int value, int scope, boolean field, String placeholder) {
    }

    private static final Set<String> ENV_CALLS = Set.of("os.getenv", "getenv", "os.environ.get", "environ.get",
            "System.getenv", "os.Getenv", "Environment.GetEnvironmentVariable");
    private static final Set<String> CONFIGURATION = Set.of("configuration", "config", "_configuration", "_config");
    private static final Pattern SPRING_PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final int MAX_DEPTH = 4;

    private final SyntaxTree tree;
    private final SyntaxCode code;
    /** The variable each environment lookup's default stands in for, by the default's start. */
    private final Map<Integer, String> lookedUp = new HashMap<>();
    private Map<Integer, Map<String, Declaration>> declarations;
    private List<Declaration> declared;
    private Map<String, Integer> classes;

    public SyntaxValues(SyntaxCode code) {
        this.code = code;
        this.tree = code.tree();
    }

    /** The value of the expression {@code node}, or null when it is not a readable one. */
    public Value resolve(int node) {
        return resolve(node, 0);
    }

    private Value resolve(int node, int depth) {
        if (node == SyntaxTree.NONE || depth > MAX_DEPTH) {
            return null;
        }
        String type = tree.type(node);
        if (!tree.named(node)) {
            return null;
        }
        SyntaxStrings.Literal literal = SyntaxStrings.literal(tree, node);
        if (literal != null) {
            return new Value(literal.value(), literal.start(), literal.end(), null, true, literal.formatted(), literal.template());
        }
        switch (type) {
            case "parenthesized_expression", "literal_element" -> {
                return resolve(tree.namedChild(node, 0), depth);
            }
            case "concatenated_string" -> {
                return concatenation(node, depth);
            }
            case "binary_expression", "binary_operator", "additive_expression", "boolean_operator", "elvis_expression" -> {
                return binary(node, depth);
            }
            case "identifier", "simple_identifier" -> {
                return named(tree.text(node), node, depth);
            }
            case "call", "call_expression", "method_invocation", "invocation_expression" -> {
                return call(node, depth);
            }
            case "subscript", "subscript_expression", "element_access_expression" -> {
                return subscript(node);
            }
            default -> {
                return member(node, depth);
            }
        }
    }

    private Value concatenation(int node, int depth) {
        List<Integer> leaves = new ArrayList<>();
        for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.named(c) && !code.isComment(c)) {
                leaves.add(c);
            }
        }
        return join(leaves, depth);
    }

    private Value binary(int node, int depth) {
        int left = tree.child(node, "left");
        int right = tree.child(node, "right");
        if (left == SyntaxTree.NONE) {
            left = tree.namedChild(node, 0);
            right = tree.namedChild(node, 1);
        }
        String operator = operator(node);
        if (operator.equals("+")) {
            List<Integer> leaves = new ArrayList<>();
            plusLeaves(node, leaves);
            return join(leaves, depth);
        }
        if (operator.equals("??") || operator.equals("||") || operator.equals("or") || operator.equals("?:")) {
            // an unset variable falls back to the default written beside it
            Value first = resolve(left, depth);
            if (first == null || first.literal()) {
                return first;
            }
            Value fallback = resolve(right, depth);
            return fallback != null && fallback.literal() && !fallback.text().isBlank() ? fallback : first;
        }
        return null;
    }

    private String operator(int node) {
        for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (!tree.named(c)) {
                return tree.type(c);
            }
        }
        return "";
    }

    private void plusLeaves(int node, List<Integer> leaves) {
        String type = tree.type(node);
        boolean plus = (type.equals("binary_expression") || type.equals("binary_operator") || type.equals("additive_expression"))
                && operator(node).equals("+");
        if (!plus) {
            leaves.add(node);
            return;
        }
        for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.named(c) && !code.isComment(c)) {
                plusLeaves(c, leaves);
            }
        }
    }

    /**
     * Literals and constants joined when every part resolves to a literal; otherwise the literals
     * written first, up to the first part that does not (a variable in the middle of a prompt).
     */
    private Value join(List<Integer> leaves, int depth) {
        StringBuilder text = new StringBuilder();
        Value first = null;
        int parts = 0;
        int end = -1;
        boolean formatted = false;
        boolean template = false;
        for (int leaf : leaves) {
            Value part = resolve(leaf, depth + 1);
            if (part == null || !part.literal()) {
                break;
            }
            if (first == null) {
                first = part;
            }
            parts++;
            text.append(part.text());
            end = tree.end(leaf);
            formatted |= part.formatted();
            template |= part.template();
        }
        if (first == null) {
            return null;
        }
        if (parts == 1) {
            return new Value(text.toString(), first.start(), end, first.constant(), true, formatted, template);
        }
        // constants joined make a new text: it is written where they are joined, and is none of them
        boolean throughConstant = false;
        for (int k = 0; k < parts; k++) {
            throughConstant |= !SyntaxStrings.isString(tree, leaves.get(k)) && !tree.is(leaves.get(k), "concatenated_string");
        }
        int start = throughConstant ? tree.start(leaves.get(0)) : first.start();
        return new Value(text.toString(), start, end, null, true, formatted, template);
    }

    private Value call(int node, int depth) {
        List<String> path = code.calleePath(node);
        String joined = String.join(".", path);
        List<SyntaxCode.Argument> arguments = code.arguments(node);
        if (ENV_CALLS.contains(joined) && !arguments.isEmpty()) {
            Value variable = resolve(arguments.get(0).value(), depth + 1);
            if (variable == null || !variable.literal()) {
                return null;
            }
            if (arguments.size() > 1) {
                Value fallback = resolve(arguments.get(1).value(), depth + 1);
                if (fallback != null && fallback.literal() && !fallback.text().isBlank()) {
                    lookedUp.put(fallback.start(), variable.text());
                    return fallback;
                }
            }
            return environment(variable.text(), node);
        }
        // NAME.format(...) and """...""".formatted(...) still evaluate to the template they fill
        int template = formatted(node);
        return template == SyntaxTree.NONE ? null : resolve(template, depth);
    }

    /** The template of a Python {@code x.format(...)} or a Java {@code x.formatted(...)}, or NONE. */
    public int formatted(int call) {
        if (tree.grammar() == Grammar.PYTHON && tree.is(call, "call")) {
            int function = tree.child(call, "function");
            if (tree.is(function, "attribute") && tree.text(tree.child(function, "attribute")).equals("format")) {
                return tree.child(function, "object");
            }
        }
        if (tree.grammar() == Grammar.JAVA && tree.is(call, "method_invocation") && tree.text(tree.child(call, "name")).equals("formatted")) {
            return tree.child(call, "object");
        }
        return SyntaxTree.NONE;
    }

    private Value subscript(int node) {
        int object = tree.namedChild(node, 0);
        String on = object == SyntaxTree.NONE ? "" : tree.text(object).replaceAll("\\s+", "");
        int index = tree.child(node, "subscript");
        if (index == SyntaxTree.NONE) {
            index = tree.child(node, "index");
        }
        if (index != SyntaxTree.NONE && tree.type(index).equals("bracketed_argument_list")) {
            int argument = tree.namedChild(index, 0);
            index = argument == SyntaxTree.NONE ? SyntaxTree.NONE : code.lastNamedChild(argument);
        }
        SyntaxStrings.Literal key = SyntaxStrings.literal(tree, index);
        if (key == null) {
            return null;
        }
        String last = on.substring(on.lastIndexOf('.') + 1);
        boolean environment = on.equals("os.environ") || on.equals("environ") || on.equals("process.env")
                || tree.grammar() == Grammar.CSHARP && CONFIGURATION.contains(last.toLowerCase(java.util.Locale.ROOT));
        return environment ? environment(key.value(), node) : null;
    }

    /**
     * The {@code ${VAR}} reference behind a value that is an environment lookup's default
     * ({@code os.getenv("LLM_MODEL", "default")}), or null: for a caller that finds the default
     * says nothing (a placeholder), the variable is then what decides.
     */
    public Value lookupBehind(Value value) {
        String variable = value == null || !value.literal() ? null : lookedUp.get(value.start());
        return variable == null ? null : new Value("${" + variable + "}", value.start(), value.end(), value.constant(), false, false, false);
    }

    private Value environment(String variable, int node) {
        return new Value("${" + variable + "}", tree.start(node), tree.end(node), null, false, false, false);
    }

    /** {@code process.env.X}, {@code self.x} / {@code this.x}, {@code Constants.X}. */
    private Value member(int node, int depth) {
        String text = tree.text(node).replaceAll("\\s+", "");
        if (!text.matches("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+")) {
            return null;
        }
        String[] segments = text.split("\\.");
        if (segments.length == 3 && segments[0].equals("process") && segments[1].equals("env")) {
            return environment(segments[2], node);
        }
        if (segments.length != 2) {
            return null;
        }
        String name = segments[1];
        int owner;
        if (segments[0].equals("self") || segments[0].equals("this") || segments[0].equals("cls")) {
            owner = code.classOf(node);
        } else {
            owner = classes().getOrDefault(segments[0], SyntaxTree.NONE);
        }
        if (owner == SyntaxTree.NONE) {
            return null;
        }
        Declaration field = declarations().getOrDefault(owner, Map.of()).get(name);
        return field == null ? null : value(field, name, depth);
    }

    private Value named(String name, int use, int depth) {
        Declaration declaration = lookup(name, use);
        return declaration == null ? null : value(declaration, name, depth);
    }

    private Value value(Declaration declaration, String name, int depth) {
        if (declaration.placeholder() != null) {
            return placeholder(declaration);
        }
        if (declaration.value() == SyntaxTree.NONE) {
            return null;
        }
        Value value = resolve(declaration.value(), depth + 1);
        return value == null ? null : value.through(name);
    }

    /** Spring's {@code @Value("${X:default}")}: the default when written, else the variable. */
    private Value placeholder(Declaration declaration) {
        int node = declaration.value();
        Matcher matcher = SPRING_PLACEHOLDER.matcher(declaration.placeholder());
        if (!matcher.matches()) {
            SyntaxStrings.Literal literal = SyntaxStrings.literal(tree, node);
            return new Value(declaration.placeholder(), literal.start(), literal.end(), declaration.name(), true, false, false);
        }
        String fallback = matcher.group(2);
        if (fallback != null && !fallback.isBlank()) {
            return new Value(fallback, tree.start(node), tree.end(node), declaration.name(), true, false, false);
        }
        return environment(matcher.group(1), node).through(declaration.name());
    }

    /** The declaration a name used at {@code use} refers to, innermost scope first. */
    private Declaration lookup(String name, int use) {
        boolean leftFunction = false;
        int scope = code.scopeOf(use);
        while (true) {
            Declaration found = declarations().getOrDefault(scope, Map.of()).get(name);
            // a Python method does not see its class's names without self.
            if (found != null && !(tree.grammar() == Grammar.PYTHON && leftFunction && code.isClass(scope))) {
                return found;
            }
            leftFunction |= code.isFunction(scope);
            if (scope == tree.root()) {
                return null;
            }
            scope = code.scopeOf(scope);
        }
    }

    private Map<String, Integer> classes() {
        if (classes == null) {
            classes = new HashMap<>();
            for (int node = 0; node < tree.size(); node++) {
                if (code.isClass(node)) {
                    int name = tree.child(node, "name");
                    if (name == SyntaxTree.NONE) {
                        name = tree.childOfType(node, "type_identifier");
                    }
                    if (name != SyntaxTree.NONE) {
                        classes.putIfAbsent(tree.text(name), node);
                    }
                }
            }
        }
        return classes;
    }

    /** Declarations by scope node, then name; the first declaration of a name in a scope wins. */
    private Map<Integer, Map<String, Declaration>> declarations() {
        if (declarations == null) {
            declarations = new HashMap<>();
            declared = new ArrayList<>();
            new Declarations(tree, code, this::declare).collect();
        }
        return declarations;
    }

    private void declare(int nameNode, int value, int scope, boolean field, String placeholder) {
        if (nameNode == SyntaxTree.NONE || scope == SyntaxTree.NONE) {
            return;
        }
        String name = tree.text(nameNode);
        Declaration declaration = new Declaration(name, nameNode, value, scope, field, placeholder);
        declared.add(declaration);
        Map<String, Declaration> inScope = declarations.computeIfAbsent(scope, k -> new HashMap<>());
        Declaration earlier = inScope.get(name);
        // a field declared with only a type and set in the constructor holds what the constructor sets
        if (earlier == null || earlier.value() == SyntaxTree.NONE && earlier.placeholder() == null && value != SyntaxTree.NONE
                && code.isClass(scope)) {
            inScope.put(name, declaration);
        }
    }

    /** Every declaration of the file in order, later ones of a name too. */
    public List<Declaration> declared() {
        declarations();
        return declared;
    }

    /** What a declaration's name holds where it is declared. */
    public Value valueOf(Declaration declaration) {
        return value(declaration, declaration.name(), 0);
    }
}
