package dev.rubric.collect.secrets;

/**
 * {@code key=value} and {@code key: value} under a secret-looking key, wherever they are written:
 * prose in a prompt ("use api_key=…"), an annotation, JSON or YAML quoted in a message. The key
 * stays. A value that only refers to a secret ({@code ${VAR}}, {@code {{var}}}, {@code <…>}) is no
 * secret and stays too. An authorization scheme as the value takes its token with it.
 */
final class SecretPairs {
    private static final Chars.Class VALUE = c -> !Chars.isSpace(c) && ",;&)]}\"'".indexOf(c) < 0;
    private static final String REFERENCE_STARTS = "${<";

    private SecretPairs() {
    }

    static String redact(String text) {
        if (text.indexOf('=') < 0 && text.indexOf(':') < 0) {
            return text;
        }
        Rewriter out = new Rewriter(text);
        ClosingQuotes quotes = new ClosingQuotes(text);
        int i = 0;
        while (i < text.length()) {
            if (!Chars.NAME.has(text.charAt(i))) {
                i++;
                continue;
            }
            int keyStart = i;
            i = Chars.runEnd(text, i, Chars.NAME);
            int valueStart = valueStart(text, i);
            if (valueStart < 0 || !SecretNames.isSecretName(text.substring(keyStart, i))) {
                continue;
            }
            int valueEnd = redactValue(text, valueStart, quotes, out);
            if (valueEnd > 0) {
                i = valueEnd;
            }
        }
        return out.result();
    }

    /** Where the value after a key ending at {@code keyEnd} starts, or -1 when no separator follows. */
    private static int valueStart(String text, int keyEnd) {
        int at = keyEnd;
        if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
            at++;
        }
        at = Chars.blanksEnd(text, at);
        if (at >= text.length() || (text.charAt(at) != '=' && text.charAt(at) != ':') || text.startsWith("://", at)) {
            return -1;
        }
        return Chars.blanksEnd(text, at + 1);
    }

    private static int redactValue(String text, int start, ClosingQuotes quotes, Rewriter out) {
        if (start >= text.length() || REFERENCE_STARTS.indexOf(text.charAt(start)) >= 0) {
            return -1;
        }
        char first = text.charAt(start);
        if (first == '"' || first == '\'') {
            int close = quotes.next(first, start + 1);
            if (close > start + 1 && REFERENCE_STARTS.indexOf(text.charAt(start + 1)) < 0) {
                out.replace(start + 1, close, TextRedactor.MARKER);
                return close + 1;
            }
            return -1;
        }
        int end = Chars.runEnd(text, start, VALUE);
        if (end == start) {
            return -1;
        }
        if (isScheme(text, start, end)) {
            int tokenStart = Chars.blanksEnd(text, end);
            int tokenEnd = Chars.runEnd(text, tokenStart, VALUE);
            if (tokenStart > end && tokenEnd > tokenStart) {
                end = tokenEnd;
            }
        }
        out.replace(start, end, TextRedactor.MARKER);
        return end;
    }

    private static boolean isScheme(String text, int start, int end) {
        return (end - start == 6 && Chars.startsWithIgnoreCase(text, start, "bearer"))
                || (end - start == 5 && Chars.startsWithIgnoreCase(text, start, "basic"));
    }
}
