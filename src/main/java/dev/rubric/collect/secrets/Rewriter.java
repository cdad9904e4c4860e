package dev.rubric.collect.secrets;

/**
 * A copy of a text with ranges replaced, in left-to-right order. Most texts hold no secret, so
 * nothing is allocated until the first replacement and the original string is handed back.
 */
final class Rewriter {
    private final String text;
    private StringBuilder out;
    private int copied;

    Rewriter(String text) {
        this.text = text;
    }

    void replace(int start, int end, String replacement) {
        if (out == null) {
            out = new StringBuilder(text.length());
        }
        out.append(text, copied, start).append(replacement);
        copied = end;
    }

    String result() {
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
