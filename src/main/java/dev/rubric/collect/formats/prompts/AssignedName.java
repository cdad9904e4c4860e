package dev.rubric.collect.formats.prompts;

/**
 * The name a literal is assigned to, read backwards from the literal: {@code NAME = "..."},
 * {@code NAME := `...`}, {@code val NAME: String = """..."""}, {@code "name": "..."} or
 * {@code name: '...'}, with an optional opening paren before the literal. Reading backwards from
 * each literal costs a few characters, where a pattern over the whole file would try every
 * position.
 */
final class AssignedName {
    private static final String OPERATOR_CHARS = "=!<>+-*/%&|^";

    private AssignedName() {
    }

    /** The assigned name, or null when the literal at {@code start} is not assigned to one. */
    static String before(String masked, int start) {
        int i = skipSpaces(masked, start - 1);
        if (i >= 0 && masked.charAt(i) == '(') {
            i = skipSpaces(masked, i - 1);
        }
        if (i < 1) {
            return null;
        }
        char c = masked.charAt(i);
        if (c == ':') {
            // a mapping key or object property, quoted or not
            i = skipSpaces(masked, i - 1);
            if (i >= 0 && (masked.charAt(i) == '"' || masked.charAt(i) == '\'')) {
                i--;
            }
            return identifierEndingAt(masked, i);
        }
        if (c != '=') {
            return null;
        }
        char operator = masked.charAt(i - 1);
        if (operator == ':') {
            i--;
        } else if (OPERATOR_CHARS.indexOf(operator) >= 0) {
            return null;
        }
        i = skipSpaces(masked, i - 1);
        String name = identifierEndingAt(masked, i);
        if (name == null) {
            return null;
        }
        // a type annotation (x: str = ..., val x: String = ...) comes after the name
        int beforeName = skipSpaces(masked, i - name.length());
        if (beforeName >= 0 && masked.charAt(beforeName) == ':') {
            String annotated = identifierEndingAt(masked, skipSpaces(masked, beforeName - 1));
            return annotated != null ? annotated : name;
        }
        return name;
    }

    private static String identifierEndingAt(String masked, int end) {
        if (end < 0 || !isIdentifierPart(masked.charAt(end))) {
            return null;
        }
        int begin = end;
        while (begin > 0 && isIdentifierPart(masked.charAt(begin - 1))) {
            begin--;
        }
        if (begin > 0 && masked.charAt(begin - 1) == '.') {
            return null;
        }
        String name = masked.substring(begin, end + 1);
        return Character.isDigit(name.charAt(0)) ? null : name;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int skipSpaces(String masked, int from) {
        int i = from;
        while (i >= 0 && Character.isWhitespace(masked.charAt(i))) {
            i--;
        }
        return i;
    }
}
