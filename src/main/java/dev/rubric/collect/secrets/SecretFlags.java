package dev.rubric.collect.secrets;

/**
 * Command-line flags that carry a secret ({@code --api-key X}, {@code --hf-token=X}, not
 * {@code --tokenizer}) and the value after them in free text. A flag is a run of name characters
 * from its first dash, so each run is looked at once: the pattern this replaces restarted at every
 * dash of a long run of dashes, which made 80,000 of them take minutes.
 */
final class SecretFlags {
    private static final String[] KEYWORDS = {"apikey", "api_key", "api-key", "token", "secret", "password", "passwd",
            "credential"};
    private static final Chars.Class SEPARATOR = c -> c == '=' || c == ' ';

    private SecretFlags() {
    }

    /** A whole token such as {@code --api-key} or {@code -hf_token}: a dash, name characters, a keyword. */
    static boolean isSecretFlag(String flag) {
        return flag.startsWith("-") && Chars.runEnd(flag, 0, Chars.NAME) == flag.length()
                && hasKeyword(flag, 0, flag.length());
    }

    static String redact(String text) {
        if (text.indexOf('-') < 0) {
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
            int runEnd = Chars.runEnd(text, i, Chars.NAME);
            int dash = i;
            while (dash < runEnd && text.charAt(dash) != '-') {
                dash++;
            }
            i = runEnd;
            if (dash == runEnd || !hasKeyword(text, dash, runEnd)) {
                continue;
            }
            int valueEnd = redactValue(text, runEnd, quotes, out);
            if (valueEnd > 0) {
                i = valueEnd;
            }
        }
        return out.result();
    }

    /** Replaces the value after a flag ending at {@code flagEnd}; its end, or -1 when there is none. */
    private static int redactValue(String text, int flagEnd, ClosingQuotes quotes, Rewriter out) {
        int separatorEnd = Chars.runEnd(text, flagEnd, SEPARATOR);
        if (separatorEnd == flagEnd) {
            return -1;
        }
        int valueEnd = -1;
        if (separatorEnd < text.length() && (text.charAt(separatorEnd) == '"' || text.charAt(separatorEnd) == '\'')) {
            int close = quotes.next(text.charAt(separatorEnd), separatorEnd + 1);
            valueEnd = close < 0 ? -1 : close + 1;
        }
        if (valueEnd < 0) {
            valueEnd = Chars.runEnd(text, separatorEnd, c -> !Chars.isSpace(c));
        }
        int valueStart = separatorEnd;
        if (valueEnd == separatorEnd) {
            // nothing after "--token==": the last '=' of the separator is the value, as it was for the pattern
            valueStart = separatorEnd - 1;
            while (valueStart > flagEnd && text.charAt(valueStart) != '=') {
                valueStart--;
            }
            if (valueStart <= flagEnd) {
                return -1;
            }
            valueEnd = Chars.runEnd(text, valueStart, c -> !Chars.isSpace(c));
        }
        out.replace(valueStart, valueEnd, TextRedactor.MARKER);
        return valueEnd;
    }

    private static boolean hasKeyword(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            for (String keyword : KEYWORDS) {
                if (i + keyword.length() <= to && Chars.startsWithIgnoreCase(text, i, keyword)
                        && !(keyword.equals("token") && Chars.startsWithIgnoreCase(text, i + keyword.length(), "izer"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
