package dev.rubric.collect.read.code;

import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.YamlException;
import java.util.Arrays;

/**
 * The YAML block between two {@code ---} lines at the top of a prompt file, and the template
 * body after it. Dotprompt samples put a licence comment block before the opening line
 * (formats.md §0.2), so blank and {@code #} lines may come first. Expects text whose line
 * endings are already '\n' and whose BOM is gone.
 */
public final class FrontMatter {
    private final String yaml;
    private final int openLine;
    private final int bodyLine;
    private final String body;
    private final boolean closed;

    private FrontMatter(String yaml, int openLine, String body, int bodyLine, boolean closed) {
        this.yaml = yaml;
        this.openLine = openLine;
        this.body = body;
        this.bodyLine = bodyLine;
        this.closed = closed;
    }

    public static FrontMatter split(String text) {
        String[] lines = text.split("\n", -1);
        int open = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (isFence(lines[i])) {
                open = i;
                break;
            }
            if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
        }
        if (open < 0) {
            return new FrontMatter(null, 0, text, 1, false);
        }
        for (int close = open + 1; close < lines.length; close++) {
            if (isFence(lines[close])) {
                String yaml = join(lines, open + 1, close);
                String body = join(lines, close + 1, lines.length);
                return new FrontMatter(yaml, open + 1, body, close + 2, true);
            }
        }
        return new FrontMatter(null, open + 1, text, 1, false);
    }

    /** A fence is exactly three dashes; trailing blanks are tolerated because editors leave them. */
    private static boolean isFence(String line) {
        return line.startsWith("---") && line.substring(3).isBlank();
    }

    private static String join(String[] lines, int from, int to) {
        return from >= to ? "" : String.join("\n", Arrays.copyOfRange(lines, from, to));
    }

    /** True when an opening fence was found, closed or not. */
    public boolean present() {
        return openLine > 0;
    }

    /** True when an opening fence has no closing one: an error at {@link #openLine()}. */
    public boolean unclosed() {
        return openLine > 0 && !closed;
    }

    /** 1-based line of the opening fence; 0 when there is none. */
    public int openLine() {
        return openLine;
    }

    /** 1-based line where the YAML starts; 0 when there is no closed front matter. */
    public int yamlLine() {
        return closed ? openLine + 1 : 0;
    }

    /** The YAML text, or null when there is no closed front matter. */
    public String yaml() {
        return yaml;
    }

    /** The template after the closing fence, or the whole text when there is no front matter. */
    public String body() {
        return body;
    }

    /** 1-based line where {@link #body()} starts. */
    public int bodyLine() {
        return bodyLine;
    }

    /**
     * The front matter as a YAML node, null when absent or empty. Every mark, in nodes and in
     * errors (including line numbers inside messages such as "first at line 3"), is a position
     * in the whole file: the YAML is parsed behind one empty line per line above it.
     */
    public Node read(SafeYaml reader) throws YamlException {
        if (yaml == null || yaml.isBlank()) {
            return null;
        }
        try {
            return reader.readOne("\n".repeat(yamlLine() - 1) + yaml);
        } catch (YamlException e) {
            throw e.mark().line() > 0 ? e : new YamlException(e.getMessage(), new Mark(openLine, 0));
        }
    }
}
