package dev.rubric.collect.read.syntax;

/**
 * The escapes that matter for reading a prompt or a model name out of a string literal, the same in
 * every language read: newline, tab and carriage return are decoded, an escaped line break joins
 * lines, and any other escaped character stands for itself.
 */
public final class StringEscapes {
    private StringEscapes() {
    }

    public static String unescape(String content) {
        if (content.indexOf('\\') < 0) {
            return content;
        }
        StringBuilder out = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c != '\\' || i + 1 >= content.length()) {
                out.append(c);
                continue;
            }
            char next = content.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\n' -> { }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
