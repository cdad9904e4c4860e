package dev.rubric.collect.formats.prompts;

/**
 * Whether a file may assign a string literal (or a Java array or mapping of them) to a name containing
 * "prompt", "instruction" or "system": the
 * byte prefilter run before the file is decoded or parsed. It must never say no where the syntax
 * tree would show such a constant, so it accepts more than it needs (a match inside a comment or
 * string, a comparison, an attribute): those only cost the parsing it saves everywhere else. Ordinary code says "prompt" in function names,
 * comments and docs far more often than it assigns one.
 */
final class PromptConstantCandidates {
    private static final String PROMPT = "prompt";
    private static final String INSTRUCTION = "instruction";
    /**
     * {@code SYSTEM_MESSAGE}, {@code SYSTEM_CHAT_TEMPLATE} (the name's rest is PromptReading's to judge);
     * a system message by keyword: default_system=, system_message =, "system": (as a key, never as a value).
     */
    private static final String SYSTEM = "system";
    /** The words are found by a window of this many bytes: "prompt", "system" and the start of "instruction". */
    private static final int WINDOW = PROMPT.length();
    /**
     * Horspool's table for the two windows, by ASCII-folded byte: how far the window may move when
     * it ends with that byte. Most bytes of code are in neither word, so most steps move six.
     */
    private static final byte[] SHIFT = new byte[256];
    /** How far a subscript's key may run: {@code ["entity_extraction"]}, never a whole expression. */
    private static final int MAX_SUBSCRIPT = 120;

    static {
        java.util.Arrays.fill(SHIFT, (byte) WINDOW);
        for (String word : new String[] {PROMPT, INSTRUCTION.substring(0, WINDOW), SYSTEM}) {
            for (int k = 0; k < WINDOW - 1; k++) {
                SHIFT[word.charAt(k)] = (byte) Math.min(SHIFT[word.charAt(k)], WINDOW - 1 - k);
            }
        }
    }

    /** A Python module of prompts by its name: prompts.py, graph_prompt.py, prompt_templates.py. */
    private static final java.util.regex.Pattern PROMPT_MODULE = java.util.regex.Pattern.compile(
            "(?i)(?:.*[_-])?prompts?(?:[_-].*)?\\.py");

    private PromptConstantCandidates() {
    }

    /** Whether the file is a Python module of prompts, whose every long string constant is one. */
    static boolean promptModule(String fileName) {
        // every code file's name is asked: the pattern, which backtracks, only sees names it may match
        return fileName.regionMatches(true, fileName.length() - 3, ".py", 0, 3)
                && fileName.toLowerCase(java.util.Locale.ROOT).contains(PROMPT)
                && PROMPT_MODULE.matcher(fileName).matches();
    }

    /**
     * Whether a Python file may give any name a string literal: the prefilter of a module named for
     * prompts, whose every long module-level string constant counts whatever its name. Such a value
     * is written after an {@code =} as a literal, a concatenation or formatting that starts with
     * one, possibly in parentheses, over lines or after a comment: so an {@code =} whose next
     * byte, past spaces, line breaks, brackets, comments and name characters (string prefixes,
     * {@code textwrap.dedent(}), is a quote. Accepts more than that (a comparison, a keyword
     * argument, a dedent call), never less; a module of functions and docstrings only, which its
     * name alone would send to the parser, is rejected.
     *
     * @param text UTF-8, read by its ASCII bytes as {@link #any} does
     */
    static boolean literalAssigned(byte[] text) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] != '=') {
                continue;
            }
            int at = i + 1;
            while (at < text.length) {
                byte c = text[at];
                if (c == '#') {
                    while (at < text.length && text[at] != '\n') {
                        at++;
                    }
                } else if (c == '(' || c == '[' || c == '{' || c == '\\' || c == '.' || isIdentifierPart(c)
                        || Character.isWhitespace(c)) {
                    at++;
                } else {
                    break;
                }
            }
            if (at < text.length && (text[at] == '"' || text[at] == '\'')) {
                return true;
            }
            // the bytes skipped hold no '=': the next one is at or after the stop
            i = at - 1;
        }
        return false;
    }

    /** @param text UTF-8: names and literals are found by their ASCII bytes, see {@link #isIdentifierPart} */
    static boolean any(byte[] text) {
        for (int end = WINDOW - 1; end < text.length; ) {
            // OR 0x20 folds ASCII letters to lower case and never turns another byte into a letter
            int last = (text[end] | 0x20) & 0xFF;
            int start = end - WINDOW + 1;
            if (last == 't' && candidate(text, start, PROMPT) || last == 'u' && candidate(text, start, INSTRUCTION)
                    || last == 'm' && candidate(text, start, SYSTEM)) {
                return true;
            }
            end += SHIFT[last];
        }
        return false;
    }

    private static boolean candidate(byte[] text, int start, String word) {
        return matchesIgnoringCase(text, start, word)
                && assignsLiteralAfterName(text, identifierEnd(text, start + word.length()));
    }

    /**
     * From the end of a name: an optional closing quote (a mapping key) or subscript
     * ({@code PROMPTS["extract"]}), then {@code =}, {@code :=} or {@code :} (possibly
     * {@code : Type =}), then an optional paren and a literal's opening, or a mapping whose first
     * key is a literal ({@code PROMPT_CONFIG = {"system": ...}}).
     */
    private static boolean assignsLiteralAfterName(byte[] text, int at) {
        int i = at;
        if (i < text.length && (text[i] == '"' || text[i] == '\'')) {
            i++;
        }
        i = skipSpaces(text, i);
        if (i < text.length && text[i] == '[') {
            i = skipSpaces(text, subscriptEnd(text, i));
        }
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
        if (i < text.length && text[i] == '{') {
            // a Java array of prompts (String[] PROMPTS = { "...", ... }, possibly with a comment
            // first) or a mapping of literals ({"system": "..."}); not an empty mapping
            int first = skipSpaces(text, i + 1);
            return first < text.length && (text[first] == '/' || opensLiteral(text, first));
        }
        return opensLiteral(text, i);
    }

    /** Just past the {@code ]} that closes the subscript opened at {@code open}, on the same line; or {@code open} itself. */
    private static int subscriptEnd(byte[] text, int open) {
        for (int i = open + 1; i < text.length && i <= open + MAX_SUBSCRIPT; i++) {
            if (text[i] == ']') {
                return i + 1;
            }
            if (text[i] == '\n' || text[i] == '[') {
                break;
            }
        }
        return open;
    }

    /** A quote, possibly after the prefixes of Python (r, b, u, f) or C# (@, $). */
    private static boolean opensLiteral(byte[] text, int at) {
        for (int i = at; i < text.length && i <= at + 3; i++) {
            byte c = text[i];
            if (c == '"' || c == '\'' || c == '`') {
                return true;
            }
            if ("rRbBuUfF@$".indexOf((char) c) < 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean matchesIgnoringCase(byte[] text, int at, String word) {
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

    private static int identifierEnd(byte[] text, int from) {
        int i = from;
        while (i < text.length && isIdentifierPart(text[i])) {
            i++;
        }
        return i;
    }

    /**
     * As the grammars read names: letters and digits of any script, and '_'. Every byte
     * of a non-ASCII character counts as part of a name (and as a space, below): that accepts
     * more than the grammars, never less.
     */
    private static boolean isIdentifierPart(byte b) {
        return b < 0 || b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private static int skipSpaces(byte[] text, int from) {
        int i = from;
        while (i < text.length && (text[i] < 0 || Character.isWhitespace(text[i]))) {
            i++;
        }
        return i;
    }
}
