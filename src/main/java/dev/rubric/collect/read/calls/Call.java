package dev.rubric.collect.read.calls;

import dev.rubric.collect.read.syntax.SyntaxTree;

/**
 * One call, constructor call, decorator or import of a source file, with the callee as written
 * ({@code px.launch_app}, {@code OpenAIInstrumentor().instrument}) and as resolved through the
 * file's imports ({@code phoenix.launch_app}). Arguments are read by position or by name: a
 * Python keyword argument, a property of a JavaScript options object, a C# object initializer's
 * assignment.
 */
public record Call(CodeFile file, int node, int arguments, String callee, String qualified, Form form) {
    /** How the call is written. */
    public enum Form {
        CALL, NEW, DECORATOR, IMPORT
    }

    public SyntaxTree tree() {
        return file.tree();
    }

    public int line() {
        return file.lineOf(tree().start(node));
    }

    /** The last name of the callee: {@code register} of {@code phoenix.otel.register}. */
    public String name() {
        int end = callee.length();
        int dot = callee.lastIndexOf('.', end - 1);
        return callee.substring(dot + 1, end);
    }

    /** The argument node named {@code name}, or NONE. */
    public int keyword(String name) {
        SyntaxTree tree = tree();
        // C#'s new X { A = 1 } has an initializer and no argument list
        int first = arguments == SyntaxTree.NONE ? SyntaxTree.NONE : tree.firstChild(arguments);
        for (int c = first; c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (tree.is(c, "keyword_argument") && name.equals(tree.text(tree.child(c, "name")))) {
                return tree.child(c, "value");
            }
            if (tree.is(c, "object")) {
                int value = property(tree, c, name);
                if (value != SyntaxTree.NONE) {
                    return value;
                }
            }
            if (tree.is(c, "argument")) {
                // C# named argument: name: value
                int label = tree.childOfType(c, "identifier");
                if (label != SyntaxTree.NONE && tree.nextSibling(label) != SyntaxTree.NONE
                        && tree.isToken(tree.nextSibling(label), ":") && name.equals(tree.text(label))) {
                    return tree.namedChild(c, 1);
                }
            }
        }
        int initializer = tree.child(node, "initializer");
        if (initializer != SyntaxTree.NONE) {
            for (int c = tree.firstChild(initializer); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                if (tree.is(c, "assignment_expression") && name.equals(tree.text(tree.child(c, "left")))) {
                    return tree.child(c, "right");
                }
            }
        }
        return SyntaxTree.NONE;
    }

    /** The {@code index}-th argument given by position, or NONE. */
    public int positional(int index) {
        SyntaxTree tree = tree();
        if (arguments == SyntaxTree.NONE) {
            return SyntaxTree.NONE;
        }
        int seen = 0;
        for (int c = tree.firstChild(arguments); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (!tree.named(c) || tree.is(c, "keyword_argument") || tree.is(c, "comment")
                    || tree.is(c, "list_splat") || tree.is(c, "dictionary_splat")) {
                continue;
            }
            if (tree.is(c, "argument")) {
                int label = tree.childOfType(c, "identifier");
                if (label != SyntaxTree.NONE && tree.isToken(tree.nextSibling(label), ":")) {
                    continue;
                }
                if (seen++ == index) {
                    return tree.namedChild(c, 0);
                }
                continue;
            }
            if (seen++ == index) {
                return c;
            }
        }
        return SyntaxTree.NONE;
    }

    /** A keyword argument's literal or constant value, or null. */
    public String keywordValue(String name) {
        return file.value(keyword(name));
    }

    /** A positional argument's literal or constant value, or null. */
    public String positionalValue(int index) {
        return file.value(positional(index));
    }

    /** The value of property {@code name} of a JavaScript object literal, or NONE. */
    static int property(SyntaxTree tree, int object, String name) {
        for (int p = tree.firstChild(object); p != SyntaxTree.NONE; p = tree.nextSibling(p)) {
            if (tree.is(p, "pair")) {
                int key = tree.child(p, "key");
                String keyName = tree.is(key, "property_identifier") ? tree.text(key) : Literals.string(tree, key);
                if (name.equals(keyName)) {
                    return tree.child(p, "value");
                }
            }
        }
        return SyntaxTree.NONE;
    }
}
