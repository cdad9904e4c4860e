package dev.rubric.render.markdown;

/**
 * Untrusted text (a prompt's excerpt, a path, a parser's message) made inert in GitHub-flavoured
 * Markdown: HTML is escaped, so a {@code <script>} or {@code <img>} stays text; Markdown's own
 * marks are backslash-escaped, so a {@code |} cannot break a table nor a {@code [x](y)} make a link;
 * {@code @} is escaped, so a report posted as a pull-request comment notifies nobody; line breaks
 * become spaces, so one value stays on its line.
 */
final class MarkdownText {
    private MarkdownText() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '\n', '\r', '\t' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!', '{', '}' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A path or an id, in a code font; HTML {@code <code>} so that a backtick in the value cannot end it. */
    static String code(String value) {
        return "<code>" + text(value) + "</code>";
    }
}
