package dev.rubric.collect.read.syntax;

import java.util.Locale;

/**
 * The string literals of a syntax tree and the text they stand for, decoded as the language's
 * compiler would: escapes resolved except in raw forms (Python {@code r""}, C# {@code @""} and
 * {@code """…"""}, Kotlin {@code """…"""}, Go back-quotes), Java text blocks without their
 * incidental indentation. Interpolations stay as written ({@code {name}}, {@code ${name}}), since
 * they are a template's variables.
 */
public final class SyntaxStrings {
    /** One decoded literal: where it is written, what it says, and whether it interpolates. */
    public record Literal(int start, int end, String value, boolean formatted, boolean template) {
    }

    private SyntaxStrings() {
    }

    /** True when the node is a single string literal of its grammar (not a concatenation). */
    public static boolean isString(SyntaxTree tree, int node) {
        if (node == SyntaxTree.NONE || !tree.named(node)) {
            return false;
        }
        return switch (tree.grammar()) {
            case PYTHON -> tree.type(node).equals("string");
            case TYPESCRIPT, TSX, JAVASCRIPT -> tree.type(node).equals("string") || tree.type(node).equals("template_string");
            case JAVA, KOTLIN -> tree.type(node).equals("string_literal");
            case GO -> tree.type(node).equals("interpreted_string_literal") || tree.type(node).equals("raw_string_literal");
            case CSHARP -> switch (tree.type(node)) {
                case "string_literal", "verbatim_string_literal", "raw_string_literal", "interpolated_string_expression" -> true;
                default -> false;
            };
        };
    }

    /**
     * A string opened and never closed because the file ends inside it: an error node that starts
     * with a Python string opener. Its text runs to the end of the file, as the old tokenizer and
     * the interpreter's error message both read it. Null for any other node.
     */
    static Literal unterminated(SyntaxTree tree, int node) {
        int opener = tree.firstChild(node);
        if (opener == SyntaxTree.NONE || !tree.type(node).equals("ERROR") || !tree.type(opener).equals("string_start")) {
            return null;
        }
        String text = tree.source().substring(tree.start(opener));
        return decode(tree.grammar(), text, tree.start(opener), tree.source().length(), true);
    }

    /** The literal a string node writes, or null when the node is not one. */
    public static Literal literal(SyntaxTree tree, int node) {
        if (node != SyntaxTree.NONE && tree.type(node).equals("ERROR")) {
            return unterminated(tree, node);
        }
        if (!isString(tree, node)) {
            return null;
        }
        return decode(tree.grammar(), tree.text(node), tree.start(node), tree.end(node), false);
    }

    private static Literal decode(Grammar grammar, String text, int start, int end, boolean open) {
        int quoteAt = 0;
        while (quoteAt < text.length() && text.charAt(quoteAt) != '"' && text.charAt(quoteAt) != '\'' && text.charAt(quoteAt) != '`') {
            quoteAt++;
        }
        if (quoteAt == text.length()) {
            return null;
        }
        String prefix = text.substring(0, quoteAt).toLowerCase(Locale.ROOT);
        char quote = text.charAt(quoteAt);
        int run = 1;
        while (quoteAt + run < text.length() && text.charAt(quoteAt + run) == quote) {
            run++;
        }
        // "" is an empty string, not the start of a triple-quoted one
        int delimiter = run >= 3 ? (grammar == Grammar.CSHARP ? run : 3) : 1;
        int contentStart = quoteAt + delimiter;
        int contentEnd = open ? text.length() : Math.max(contentStart, text.length() - delimiter);
        if (run == 2 && text.length() == quoteAt + 2) {
            contentEnd = contentStart = quoteAt + 1;
        }
        String content = text.substring(contentStart, Math.max(contentStart, contentEnd));
        boolean triple = delimiter >= 3;
        boolean backtick = quote == '`';
        boolean raw = prefix.contains("r") && grammar == Grammar.PYTHON
                || prefix.contains("@")
                || triple && (grammar == Grammar.KOTLIN || grammar == Grammar.CSHARP)
                || backtick && grammar == Grammar.GO;
        String value = raw ? content : StringEscapes.unescape(content);
        if (triple && grammar == Grammar.JAVA) {
            // a text block starts after its line break and loses its incidental indentation, as javac does
            value = (value.startsWith("\n") ? value.substring(1) : value).stripIndent();
        } else if (triple && grammar == Grammar.CSHARP && value.startsWith("\n")) {
            value = value.substring(1);
        }
        boolean formatted = grammar == Grammar.PYTHON && prefix.contains("f") || grammar == Grammar.CSHARP && prefix.contains("$");
        return new Literal(start, end, value, formatted, backtick && value.contains("${"));
    }
}
