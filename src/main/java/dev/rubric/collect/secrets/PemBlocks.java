package dev.rubric.collect.secrets;

/**
 * A PEM private key from its BEGIN line to its END line: the key is the base64 between the two,
 * so redacting the BEGIN line alone would keep the secret. Without an END line (a truncated
 * excerpt, one annotation line) everything after BEGIN is the key.
 */
final class PemBlocks {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    private static final Chars.Class LABEL = c -> (c >= 'A' && c <= 'Z') || c == ' ';

    private PemBlocks() {
    }

    static String redact(String text) {
        int begin = text.indexOf(BEGIN);
        if (begin < 0) {
            return text;
        }
        Rewriter out = new Rewriter(text);
        while (begin >= 0) {
            int labelEnd = Chars.runEnd(text, begin + BEGIN.length(), LABEL);
            boolean privateKey = text.startsWith(DASHES, labelEnd)
                    && text.substring(begin + BEGIN.length(), labelEnd).endsWith("PRIVATE KEY");
            if (!privateKey) {
                begin = text.indexOf(BEGIN, labelEnd);
                continue;
            }
            int blockEnd = blockEnd(text, labelEnd + DASHES.length());
            out.replace(begin, blockEnd, TextRedactor.MARKER);
            begin = text.indexOf(BEGIN, blockEnd);
        }
        return out.result();
    }

    private static int blockEnd(String text, int from) {
        int end = text.indexOf(END, from);
        if (end < 0) {
            return text.length();
        }
        int labelEnd = Chars.runEnd(text, end + END.length(), LABEL);
        return text.startsWith(DASHES, labelEnd) ? labelEnd + DASHES.length() : labelEnd;
    }
}
