package dev.rubric.collect.files.prompts;

/**
 * Whether a file may assign a string literal to a name containing "prompt" or "instruction": the
 * forward-reading mirror of {@link AssignedName}, run on the raw characters before the file is
 * tokenized. It must never say no where the tokenizer would find such a constant, so it accepts
 * more than it needs (a match inside a comment or string, a comparison, an attribute): those only
 * cost the tokenizing it saves everywhere else. Ordinary code says "prompt" in function names,
 * comments and docs far more often than it assigns one.
 */
final class PromptConstantCandidates {
    private static final String[] WORDS = {"prompt", "instruction"};

    private PromptConstantCandidates() {
    }

    static boolean any(char[] text) {
        int last = text.length - 1;
        for (int i = 0; i < last; i++) {
            // ASCII case folding of the first two letters rejects almost every position at once
            int first = text[i] | 0x20;
            int second = text[i + 1] | 0x20;
            String word = first == 'p' && second == 'r' ? WORDS[0] : first == 'i' && second == 'n' ? WORDS[1] : null;
            if (word != null && matchesIgnoringCase(text, i, word)
                    && assignsLiteralAfterName(text, identifierEnd(text, i + word.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * From the end of a name: an optional closing quote (a mapping key), then {@code =}, {@code :=}
     * or {@code :} (possibly {@code : Type =}), then an optional paren and a literal's opening.
     */
    private static boolean assignsLiteralAfterName(char[] text, int at) {
        int i = at;
        if (i < text.length && (text[i] == '"' || text[i] == '\'')) {
            i++;
        }
        i = skipSpaces(text, i);
        if (i >= text.length || text[i] != '=' && text[i] != ':') {
            return false;
        }
        boolean colon = text[i] == ':';
        i++;
        if (colon && i < text.length && text[i] == '=') {
            i++;
        }
        i = skipSpaces(text, i);
        if (colon && i < text.length && isIdentifierPart(text[i])) {
            // a type annotation: name: Type = "..."
            i = skipSpaces(text, identifierEnd(text, i));
            if (i >= text.length || text[i] != '=') {
                return false;
            }
            i = skipSpaces(text, i + 1);
        }
        if (i < text.length && text[i] == '(') {
            i = skipSpaces(text, i + 1);
        }
        return opensLiteral(text, i);
    }

    /** A quote, possibly after the prefixes of Python (r, b, u, f) or C# (@, $). */
    private static boolean opensLiteral(char[] text, int at) {
        for (int i = at; i < text.length && i <= at + 3; i++) {
            char c = text[i];
            if (c == '"' || c == '\'' || c == '`') {
                return true;
            }
            if ("rRbBuUfF@$".indexOf(c) < 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean matchesIgnoringCase(char[] text, int at, String word) {
        if (at + word.length() > text.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((text[at + k] | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int identifierEnd(char[] text, int from) {
        int i = from;
        while (i < text.length && isIdentifierPart(text[i])) {
            i++;
        }
        return i;
    }

    /** As {@link AssignedName} reads names: letters and digits of any script, and '_'. */
    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int skipSpaces(char[] text, int from) {
        int i = from;
        while (i < text.length && Character.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }
}
