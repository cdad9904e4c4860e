package dev.rubric.collect.formats.agents;

/**
 * JSON with comments, as VS Code and Cursor read their settings and {@code mcp.json}: {@code //} and
 * {@code /* *}{@code /} comments and trailing commas are allowed. Each is replaced by spaces (a line
 * break stays a line break), so the text parses as plain JSON and every position a parser reports is
 * still the file's own line and column. Strings are left as they are: {@code "https://x"} holds no
 * comment.
 */
final class Jsonc {
    private Jsonc() {
    }

    /** True when the text holds a comment or a trailing comma outside strings. */
    static boolean hasExtensions(String text) {
        return !plain(text).equals(text);
    }

    /** The text with comments and trailing commas blanked. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text);
        int lastComma = -1;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '"') {
                i = endOfString(out, i);
                lastComma = -1;
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '/') {
                while (i < out.length() && out.charAt(i) != '\n') {
                    out.setCharAt(i++, ' ');
                }
            } else if (c == '/' && i + 1 < out.length() && out.charAt(i + 1) == '*') {
                int end = out.indexOf("*/", i + 2);
                int stop = end < 0 ? out.length() : end + 2;
                for (; i < stop; i++) {
                    if (out.charAt(i) != '\n') {
                        out.setCharAt(i, ' ');
                    }
                }
                i--;
            } else if (c == ',') {
                lastComma = i;
            } else if ((c == '}' || c == ']') && lastComma >= 0) {
                out.setCharAt(lastComma, ' ');
                lastComma = -1;
            } else if (!Character.isWhitespace(c)) {
                lastComma = -1;
            }
        }
        return out.toString();
    }

    private static int endOfString(CharSequence text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }
}
