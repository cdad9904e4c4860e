package dev.rubric.collect.read.syntax;

import java.util.Arrays;

/**
 * A parsed source file as plain arrays, copied out of tree-sitter's native tree in one walk so
 * that readers never cross JNI again and the native tree is freed at once. Nodes are numbered in
 * pre-order: the descendants of node {@code n} are exactly the nodes {@code d} with
 * {@code n < d < subtreeEnd(n)}, so a reader scans a subtree with a plain loop. Offsets are char
 * indexes into {@link #source()}.
 */
public final class SyntaxTree {
    public static final int NONE = -1;

    private final Grammar grammar;
    private final String source;
    private final String[] typeNames;
    private final String[] fieldNames;
    private final int count;
    private final char[] symbol;
    private final short[] field;
    private final boolean[] named;
    private final int[] start;
    private final int[] end;
    private final int[] parent;
    private final int[] nextSibling;
    private final int[] subtreeEnd;
    private final boolean hasError;
    private final boolean complete;
    private int[] lineStarts;

    SyntaxTree(Grammar grammar, String source, Grammar.Loaded loaded, int count, char[] symbol, short[] field,
               boolean[] named, int[] start, int[] end, int[] parent, int[] nextSibling, int[] subtreeEnd,
               boolean hasError, boolean complete) {
        this.grammar = grammar;
        this.source = source;
        this.typeNames = loaded.types();
        this.fieldNames = loaded.fields();
        this.count = count;
        this.symbol = symbol;
        this.field = field;
        this.named = named;
        this.start = start;
        this.end = end;
        this.parent = parent;
        this.nextSibling = nextSibling;
        this.subtreeEnd = subtreeEnd;
        this.hasError = hasError;
        this.complete = complete;
    }

    public Grammar grammar() {
        return grammar;
    }

    public String source() {
        return source;
    }

    public int root() {
        return 0;
    }

    public int size() {
        return count;
    }

    /** True when the parser had to recover from syntax it does not know: the rest is still a tree. */
    public boolean hasError() {
        return hasError;
    }

    /** False when the reader asked for some top-level nodes to be left out ({@link SyntaxParser.TopLevel}). */
    public boolean complete() {
        return complete;
    }

    public String type(int node) {
        char id = symbol[node];
        // tree-sitter's error symbol is the largest 16-bit value, outside the grammar's own table
        return id < typeNames.length ? typeNames[id] : "ERROR";
    }

    /**
     * True when the node is a named node of this type. Named only: grammars give keywords and
     * punctuation node types too, and TypeScript's {@code string} keyword would pass for a string.
     */
    public boolean is(int node, String type) {
        return node != NONE && named[node] && type(node).equals(type);
    }

    /** True when the node is the anonymous token {@code token} ({@code ??}, {@code =}, {@code ,}). */
    public boolean isToken(int node, String token) {
        return node != NONE && !named[node] && type(node).equals(token);
    }

    public boolean named(int node) {
        return named[node];
    }

    /** The field this node fills in its parent ({@code function}, {@code arguments}, ...), or null. */
    public String field(int node) {
        return field[node] == 0 ? null : fieldNames[field[node]];
    }

    public int start(int node) {
        return start[node];
    }

    public int end(int node) {
        return end[node];
    }

    public String text(int node) {
        return source.substring(start[node], end[node]);
    }

    public int parent(int node) {
        return parent[node];
    }

    public int firstChild(int node) {
        return node + 1 < subtreeEnd[node] ? node + 1 : NONE;
    }

    public int nextSibling(int node) {
        return nextSibling[node];
    }

    /** One past the last descendant of {@code node}. */
    public int subtreeEnd(int node) {
        return subtreeEnd[node];
    }

    /** The first child filling {@code fieldName}, or NONE. */
    public int child(int node, String fieldName) {
        for (int c = firstChild(node); c != NONE; c = nextSibling[c]) {
            if (field[c] != 0 && fieldNames[field[c]].equals(fieldName)) {
                return c;
            }
        }
        return NONE;
    }

    /** The first named child of the given type, or NONE. */
    public int childOfType(int node, String type) {
        for (int c = firstChild(node); c != NONE; c = nextSibling[c]) {
            if (named[c] && type(c).equals(type)) {
                return c;
            }
        }
        return NONE;
    }

    /** The {@code index}-th named child, or NONE. */
    public int namedChild(int node, int index) {
        int seen = 0;
        for (int c = firstChild(node); c != NONE; c = nextSibling[c]) {
            if (named[c] && seen++ == index) {
                return c;
            }
        }
        return NONE;
    }

    /** The nearest ancestor of one of the given types, or NONE. */
    public int ancestor(int node, String... types) {
        for (int p = parent[node]; p != NONE; p = parent[p]) {
            String type = type(p);
            for (String wanted : types) {
                if (type.equals(wanted)) {
                    return p;
                }
            }
        }
        return NONE;
    }

    /** 1-based line of a char offset. */
    public int lineOf(int offset) {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int lines = 1;
            for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
            lineStarts = Arrays.copyOf(starts, lines);
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        // an exact hit is the first char of line found + 1; otherwise the insertion point is the next line's index
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The named nodes of a subtree as an S-expression with field names, as tree-sitter prints them. */
    public String sExpression(int node) {
        StringBuilder out = new StringBuilder();
        appendSExpression(node, out);
        return out.toString();
    }

    private void appendSExpression(int node, StringBuilder out) {
        out.append('(').append(type(node));
        for (int c = firstChild(node); c != NONE; c = nextSibling[c]) {
            if (named[c]) {
                out.append(' ');
                if (field[c] != 0) {
                    out.append(fieldNames[field[c]]).append(": ");
                }
                appendSExpression(c, out);
            }
        }
        out.append(')');
    }
}
