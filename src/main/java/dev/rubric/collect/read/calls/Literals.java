package dev.rubric.collect.read.calls;

import dev.rubric.collect.read.syntax.SyntaxTree;

/**
 * The value a literal node spells, in any of the grammars: a string without interpolation, a
 * number, a boolean. Anything computed (an f-string, a template with substitutions, a call) has
 * no literal value: null, never a guess.
 */
public final class Literals {
    private Literals() {
    }

    /** The text of a string literal, or null when the node is not one or interpolates. */
    public static String string(SyntaxTree tree, int node) {
        if (node == SyntaxTree.NONE || !tree.named(node)) {
            return null;
        }
        switch (tree.type(node)) {
            case "string", "string_literal", "template_string", "interpreted_string_literal", "raw_string_literal",
                    "verbatim_string_literal", "text_block" -> {
                return contents(tree, node);
            }
            case "concatenated_string" -> {
                StringBuilder out = new StringBuilder();
                for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                    String part = string(tree, c);
                    if (part == null) {
                        return null;
                    }
                    out.append(part);
                }
                return out.toString();
            }
            default -> {
                return null;
            }
        }
    }

    /** A string, a number or a boolean as written ({@code 1536}, {@code true}), else null. */
    public static String scalar(SyntaxTree tree, int node) {
        if (node == SyntaxTree.NONE) {
            return null;
        }
        String string = string(tree, node);
        if (string != null) {
            return string;
        }
        return switch (tree.type(node)) {
            case "integer", "float", "number", "integer_literal", "decimal_integer_literal", "real_literal" ->
                    tree.text(node).replace("_", "");
            case "true", "false", "boolean_literal" -> tree.text(node).toLowerCase(java.util.Locale.ROOT);
            default -> null;
        };
    }

    /** A whole number, or null. */
    public static Long number(SyntaxTree tree, int node) {
        String scalar = scalar(tree, node);
        if (scalar == null || scalar.isEmpty()) {
            return null;
        }
        for (int i = 0; i < scalar.length(); i++) {
            if (!Character.isDigit(scalar.charAt(i))) {
                return null;
            }
        }
        return scalar.length() > 18 ? null : Long.valueOf(scalar);
    }

    /**
     * The characters between the quotes: every child that is content or an escape, none that
     * interpolates. Grammars name the parts differently (string_content, string_fragment,
     * string_literal_content, escape_sequence).
     */
    private static String contents(SyntaxTree tree, int node) {
        StringBuilder out = new StringBuilder();
        boolean sawContent = false;
        for (int c = node + 1; c < tree.subtreeEnd(node); c++) {
            if (!tree.named(c)) {
                continue;
            }
            switch (tree.type(c)) {
                case "interpolation", "template_substitution", "string_interpolation", "interpolated_expression",
                        "interpolated_identifier" -> {
                    return null;
                }
                case "string_content", "string_fragment", "string_literal_content", "multiline_string_fragment" -> {
                    out.append(tree.text(c));
                    sawContent = true;
                }
                case "escape_sequence" -> {
                    // inside Python's string_content escapes are children too; count each once
                    if (!tree.is(tree.parent(c), "string_content")) {
                        out.append(unescape(tree.text(c)));
                    }
                    sawContent = true;
                }
                default -> {
                }
            }
        }
        if (!sawContent) {
            String text = tree.text(node);
            // an empty literal: "" or ''
            return text.length() >= 2 && (text.endsWith("\"") || text.endsWith("'") || text.endsWith("`")) ? "" : null;
        }
        return out.toString();
    }

    private static String unescape(String escape) {
        return switch (escape) {
            case "\\n" -> "\n";
            case "\\t" -> "\t";
            case "\\\"" -> "\"";
            case "\\'" -> "'";
            case "\\\\" -> "\\";
            default -> escape;
        };
    }
}
