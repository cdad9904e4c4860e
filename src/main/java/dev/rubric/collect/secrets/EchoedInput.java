package dev.rubric.collect.secrets;

/**
 * Parser messages that quote a piece of the input with nothing around it to say it was secret.
 * SnakeYAML names an undefined alias, and an unquoted value starting with '*' is read as one:
 * {@code password: *Hunter2} becomes "found undefined alias Hunter2". The location already says
 * where; the name is dropped.
 */
final class EchoedInput {
    private static final String UNDEFINED_ALIAS = "undefined alias ";

    private EchoedInput() {
    }

    static String redact(String message) {
        int at = message.indexOf(UNDEFINED_ALIAS);
        if (at < 0) {
            return message;
        }
        Rewriter out = new Rewriter(message);
        while (at >= 0) {
            int start = at + UNDEFINED_ALIAS.length();
            int end = Chars.runEnd(message, start, c -> !Chars.isSpace(c));
            if (end > start) {
                out.replace(start, end, TextRedactor.MARKER);
            }
            at = message.indexOf(UNDEFINED_ALIAS, end);
        }
        return out.result();
    }
}
