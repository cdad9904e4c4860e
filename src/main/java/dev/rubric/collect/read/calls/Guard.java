package dev.rubric.collect.read.calls;

import dev.rubric.collect.read.syntax.SyntaxTree;

/**
 * The condition a call runs under, when it sits in the body of an {@code if}: set-up code is
 * often switched by configuration ({@code if os.getenv("ENABLE_OTEL", "false") == "true":}), and
 * what the code says about that switch is all that can honestly be said without the deployment's
 * environment. {@code defaultOn} is what the condition gives when the variable is not set, when
 * the code decides it: a comparison of {@code os.getenv(NAME, "default")} with a literal, or a bare
 * {@code os.getenv(NAME)} (unset is false); null otherwise.
 */
public record Guard(String condition, String variable, Boolean defaultOn) {

    /** The guard of the innermost {@code if} whose body holds {@code node}, or null. */
    public static Guard of(CodeFile file, int node) {
        SyntaxTree tree = file.tree();
        for (int child = node, p = tree.parent(node); p != SyntaxTree.NONE; child = p, p = tree.parent(p)) {
            if (tree.is(p, "if_statement") && "consequence".equals(tree.field(child))) {
                return read(file, condition(tree, p));
            }
            // the else branch of an if (not an elif, whose own condition would be only half the story)
            if (tree.is(p, "if_statement") && "alternative".equals(tree.field(child))
                    && (tree.is(child, "else_clause") || tree.is(child, "statement_block")) && !hasElif(tree, p)) {
                Guard positive = read(file, condition(tree, p));
                return new Guard("not (" + positive.condition() + ")", positive.variable(),
                        positive.defaultOn() == null ? null : !positive.defaultOn());
            }
            if (tree.is(p, "function_definition") || tree.is(p, "class_definition") || tree.is(p, "function_declaration")
                    || tree.is(p, "method_definition") || tree.is(p, "arrow_function")) {
                return null;
            }
        }
        return null;
    }

    private static int condition(SyntaxTree tree, int ifStatement) {
        int condition = tree.child(ifStatement, "condition");
        return tree.is(condition, "parenthesized_expression") ? tree.namedChild(condition, 0) : condition;
    }

    private static boolean hasElif(SyntaxTree tree, int ifStatement) {
        return tree.childOfType(ifStatement, "elif_clause") != SyntaxTree.NONE;
    }

    private static Guard read(CodeFile file, int condition) {
        SyntaxTree tree = file.tree();
        String text = file.expression(condition);
        if (text.length() > 160) {
            text = text.substring(0, 157) + "...";
        }
        int lookup = envLookup(file, condition);
        if (lookup != SyntaxTree.NONE) {
            Call call = callAt(file, lookup);
            // unset, a bare lookup gives None (Python) or undefined (JavaScript): false
            return new Guard(text, call == null ? null : call.positionalValue(0), call == null || call.positional(1) == SyntaxTree.NONE
                    ? Boolean.FALSE : null);
        }
        if (tree.is(condition, "comparison_operator") || tree.is(condition, "binary_expression")) {
            int left = tree.namedChild(condition, 0);
            int right = tree.namedChild(condition, 1);
            int operator = left == SyntaxTree.NONE ? SyntaxTree.NONE : tree.nextSibling(left);
            String op = operator == SyntaxTree.NONE ? "" : tree.text(operator);
            int env = envLookup(file, left) != SyntaxTree.NONE ? left : envLookup(file, right) != SyntaxTree.NONE ? right : SyntaxTree.NONE;
            if (env != SyntaxTree.NONE && (op.equals("==") || op.equals("!=") || op.equals("===") || op.equals("!=="))) {
                String compared = file.value(env == left ? right : left);
                Call call = callAt(file, envLookup(file, env));
                String fallback = call == null ? null : call.positionalValue(1);
                boolean lowered = tree.text(env).contains(".lower()") || tree.text(env).contains(".toLowerCase()");
                Boolean on = null;
                if (compared != null && fallback != null) {
                    boolean equal = lowered ? fallback.equalsIgnoreCase(compared) : fallback.equals(compared);
                    on = op.startsWith("!") != equal;
                }
                return new Guard(text, call == null ? null : call.positionalValue(0), on);
            }
        }
        return new Guard(text, null, null);
    }

    /** The environment lookup a condition is, possibly lower-cased: os.getenv, os.environ.get, process.env.X. */
    private static int envLookup(CodeFile file, int node) {
        SyntaxTree tree = file.tree();
        int current = node;
        // os.getenv("X", "d").lower()
        while (current != SyntaxTree.NONE && (tree.is(current, "call") || tree.is(current, "call_expression"))) {
            String function = tree.text(tree.child(current, "function")).replaceAll("\\s+", "");
            if (function.equals("os.getenv") || function.equals("os.environ.get") || function.equals("getenv")) {
                return current;
            }
            int target = tree.child(tree.child(current, "function"), "object");
            current = target;
        }
        return SyntaxTree.NONE;
    }

    private static Call callAt(CodeFile file, int node) {
        for (Call call : file.calls()) {
            if (call.node() == node) {
                return call;
            }
        }
        return null;
    }
}
