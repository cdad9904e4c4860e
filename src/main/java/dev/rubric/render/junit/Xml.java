package dev.rubric.render.junit;

import java.io.IOException;
import java.io.Writer;

/**
 * A small XML writer: two-space indentation, attributes in the order given, null attributes left
 * out. Text from audited files reaches it (finding messages quote prompts and paths), so every
 * value is escaped, and characters XML 1.0 cannot carry at all (most control characters, lone
 * surrogates) become U+FFFD instead of making the file unreadable.
 */
final class Xml {
    private final Writer out;
    private int depth;

    Xml(Writer out) {
        this.out = out;
    }

    void declaration() throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    void open(String name, String... attributes) throws IOException {
        start(name, attributes);
        out.write(">\n");
        depth++;
    }

    void empty(String name, String... attributes) throws IOException {
        start(name, attributes);
        out.write("/>\n");
    }

    void text(String name, String text, String... attributes) throws IOException {
        start(name, attributes);
        out.write('>');
        out.write(escape(text, false));
        out.write("</" + name + ">\n");
    }

    void close(String name) throws IOException {
        depth--;
        indent();
        out.write("</" + name + ">\n");
    }

    private void start(String name, String... attributes) throws IOException {
        indent();
        out.write('<');
        out.write(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.write(' ');
                out.write(attributes[i]);
                out.write("=\"");
                out.write(escape(attributes[i + 1], true));
                out.write('"');
            }
        }
    }

    private void indent() throws IOException {
        out.write("  ".repeat(depth));
    }

    static String escape(String text, boolean attribute) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                // in an attribute a raw newline or tab would be normalised to a space by every reader
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\r' -> b.append("&#13;");
                default -> b.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return b.toString();
    }

    private static boolean allowed(char c) {
        return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
