package dev.rubric.collect.secrets;

/**
 * The credential of an HTTP authorization scheme wherever the header is written: a YAML header
 * map, {@code OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20…}, a curl line, prose. The scheme
 * stays. Only a token-like word counts, so "Basic authentication" or "bearer tokens" stay as
 * written: it has a digit or a symbol, or an upper-case letter after its first.
 */
final class AuthorizationTokens {
    private static final String[] SCHEMES = {"bearer", "basic"};
    private static final String ENCODED_SPACE = "%20";
    private static final int SHORTEST = 8;
    private static final Chars.Class TOKEN68 = c -> Chars.isAlnum(c) || "-._~+/=%".indexOf(c) >= 0;

    private AuthorizationTokens() {
    }

    static boolean present(String text) {
        return redact(text) != text;
    }

    static String redact(String text) {
        Rewriter out = new Rewriter(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c != 'b' && c != 'B') || (i > 0 && Chars.isAlnum(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = -1;
            for (String scheme : SCHEMES) {
                if (Chars.startsWithIgnoreCase(text, i, scheme)) {
                    end = redactToken(text, i + scheme.length(), out);
                    break;
                }
            }
            i = end < 0 ? i + 1 : end;
        }
        return out.result();
    }

    /** Replaces the token after a scheme ending at {@code schemeEnd}; its end, or -1 when there is none. */
    static int redactToken(String text, int schemeEnd, Rewriter out) {
        int start = Chars.blanksEnd(text, schemeEnd);
        while (text.startsWith(ENCODED_SPACE, start)) {
            start += ENCODED_SPACE.length();
        }
        if (start == schemeEnd) {
            return -1;
        }
        int end = Chars.runEnd(text, start, TOKEN68);
        if (end - start < SHORTEST || !tokenLike(text, start, end)) {
            return -1;
        }
        out.replace(start, end, TextRedactor.MARKER);
        return end;
    }

    private static boolean tokenLike(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || !Chars.isAlnum(c) || (i > start && c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }
}
