package dev.rubric.collect.read.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * Parses source text with a tree-sitter grammar. A native parser is not thread-safe, so each
 * thread keeps one per grammar; the tree is copied into a {@link SyntaxTree} and freed at once.
 */
public final class SyntaxParser {
    /** Text is handed over as UTF-16, so native byte offsets halve into Java char indexes. */
    private static final TSInputEncoding ENCODING = TSInputEncoding.TSInputEncodingUTF16LE;
    private static final ThreadLocal<Map<Grammar, TSParser>> PARSERS = ThreadLocal.withInitial(() -> new EnumMap<>(Grammar.class));
    /**
     * The last whole tree made on this thread. A file's parsers run one after another on one
     * thread, and several read code (prompts, tracing set-up, vector stores): the second asking
     * for the same text (the same String, not an equal one) gets the same tree, parsed once.
     */
    private static final ThreadLocal<SyntaxTree> LAST = new ThreadLocal<>();

    private SyntaxParser() {
    }

    /**
     * Which top-level nodes (children of the root) a reader needs, asked before each one's subtree
     * is copied. Copying costs several native calls a node, more than the parse itself, so a
     * reader that knows a declaration cannot hold what it looks for leaves it out.
     */
    @FunctionalInterface
    public interface TopLevel {
        TopLevel ALL = (type, start, end) -> true;

        /** True to copy the node of {@code type} spanning chars {@code [start, end)} with its subtree. */
        boolean copy(String type, int start, int end);
    }

    /**
     * The syntax tree of {@code source}. Never fails on bad syntax (the tree then says
     * {@link SyntaxTree#hasError()}); throws {@link SyntaxUnavailableException} when the grammar
     * cannot be loaded on this platform.
     */
    public static SyntaxTree parse(Grammar grammar, String source) {
        return parse(grammar, source, TopLevel.ALL);
    }

    /**
     * The syntax tree of {@code source} without the top-level nodes {@code keep} declines: they
     * and their subtrees are absent, as if not written ({@link SyntaxTree#complete()} is then false).
     */
    public static SyntaxTree parse(Grammar grammar, String source, TopLevel keep) {
        SyntaxTree last = LAST.get();
        // a whole tree serves a reader that would leave some nodes out too: what it needs is there
        if (last != null && last.source() == source && last.grammar() == grammar) {
            return last;
        }
        SyntaxTree tree = parseNow(grammar, source, keep, true);
        if (tree.complete()) {
            LAST.set(tree);
        }
        return tree;
    }

    /** {@code cut} false parses the whole text whatever {@code keep} declines: the reference the cutting is tested against. */
    static SyntaxTree parseNow(Grammar grammar, String source, TopLevel keep, boolean cut) {
        Grammar.Loaded loaded = grammar.loaded();
        TSParser parser = parser(grammar);
        if (cut && grammar == Grammar.PYTHON && keep != TopLevel.ALL) {
            SyntaxTree shorter = parseCut(parser, loaded, source, keep);
            if (shorter != null) {
                return shorter;
            }
        }
        TSTree tree = parseText(parser, source);
        try {
            return flatten(grammar, source, loaded, tree.getRootNode(), keep, null);
        } finally {
            tree.close();
        }
    }

    static TSParser parser(Grammar grammar) {
        return PARSERS.get().computeIfAbsent(grammar, g -> {
            TSParser created = new TSParser();
            created.setLanguage(g.loaded().language());
            return created;
        });
    }

    /**
     * The tree of a Python source parsed with the functions {@code keep} declines cut out (see
     * {@link PythonStatements}); null when none is declined, or when the parsed top level does not
     * start where the lexical pass said or holds an error, so that the whole text is parsed instead.
     */
    static SyntaxTree parseCut(TSParser parser, Grammar.Loaded loaded, String source, TopLevel keep) {
        CutSource cut = PythonStatements.of(source).cut(source, keep);
        if (cut == null) {
            return null;
        }
        TSTree tree = parseText(parser, cut.text);
        try {
            TSNode root = tree.getRootNode();
            if (root.hasError() || !Arrays.equals(lineStartingChildren(root, cut.text, loaded), cut.keptStarts)) {
                return null;
            }
            return flatten(Grammar.PYTHON, source, loaded, root, keep, cut);
        } finally {
            tree.close();
        }
    }

    /** Where the root's children that start a line (form feeds aside) begin, comments left out. */
    private static int[] lineStartingChildren(TSNode root, String text, Grammar.Loaded loaded) {
        int[] starts = new int[32];
        int count = 0;
        try (TSTreeCursor handle = new TSTreeCursor(root)) {
            long cursor = NativeNodes.cursor(handle);
            for (boolean more = NativeNodes.gotoFirstChild(cursor); more; more = NativeNodes.gotoNextSibling(cursor)) {
                TSNode node = NativeNodes.currentNode(cursor);
                int symbol = NativeNodes.symbol(node);
                int start = NativeNodes.startByte(node) / 2;
                boolean comment = symbol < loaded.types().length && loaded.types()[symbol].equals("comment");
                int before = start;
                while (before > 0 && text.charAt(before - 1) == '\f') {
                    before--;
                }
                if (!comment && (before == 0 || text.charAt(before - 1) == '\n')) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = start;
                }
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static TSTree parseText(TSParser parser, String source) {
        // parseStringEncoding hands the text over as UTF-8 whatever the encoding says; a reader over
        // UTF-16 bytes keeps native offsets at twice the char index
        byte[] bytes = source.getBytes(StandardCharsets.UTF_16LE);
        return parser.parse(bytes, null, (buffer, offset, point) -> {
            int length = Math.min(buffer.length, bytes.length - offset);
            if (length <= 0) {
                return 0;
            }
            System.arraycopy(bytes, offset, buffer, 0, length);
            return length;
        }, ENCODING);
    }

    private static int firstToken(String source) {
        int at = 0;
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * {@code cut}: the text the tree was parsed from when statements were cut out of the source
     * (which also makes the tree incomplete), null for a tree of the whole text.
     */
    private static SyntaxTree flatten(Grammar grammar, String source, Grammar.Loaded loaded, TSNode root, TopLevel keep,
                                      CutSource cut) {
        Builder out = new Builder(256, loaded, cut);
        out.complete = cut == null;
        boolean hasError = root.hasError();
        try (TSTreeCursor handle = new TSTreeCursor(root)) {
            long cursor = NativeNodes.cursor(handle);
            int current = out.add(NativeNodes.currentNode(cursor), 0, SyntaxTree.NONE);
            if (cut != null) {
                // the root starts where the whole text's first token does, as tree-sitter leaves only
                // the leading white space out of it, and a cut statement may have been that token
                out.start[current] = Math.min(firstToken(source), out.start[current]);
            }
            int depth = 0;
            while (true) {
                if (NativeNodes.gotoFirstChild(cursor)) {
                    depth++;
                    int child = depth == 1 ? out.topLevel(cursor, current, SyntaxTree.NONE, keep)
                            : out.add(NativeNodes.currentNode(cursor), NativeNodes.fieldId(cursor), current);
                    if (child != SyntaxTree.NONE) {
                        current = child;
                        continue;
                    }
                    // every top-level node was left out: back on the root
                    NativeNodes.gotoParent(cursor);
                    depth--;
                }
                // leaving a node for good: its sibling next, else its parent's sibling, and so on up
                while (true) {
                    out.close(current);
                    if (depth > 0 && NativeNodes.gotoNextSibling(cursor)) {
                        int parent = out.parent[current];
                        int sibling;
                        if (depth == 1) {
                            sibling = out.topLevel(cursor, parent, current, keep);
                        } else {
                            sibling = out.add(NativeNodes.currentNode(cursor), NativeNodes.fieldId(cursor), parent);
                            out.nextSibling[current] = sibling;
                        }
                        if (sibling != SyntaxTree.NONE) {
                            current = sibling;
                            break;
                        }
                        // the remaining top-level nodes were left out: the root is next to close
                        NativeNodes.gotoParent(cursor);
                        depth--;
                        current = parent;
                        continue;
                    }
                    if (depth == 0 || !NativeNodes.gotoParent(cursor)) {
                        return out.build(grammar, source, loaded, hasError);
                    }
                    depth--;
                    current = out.parent[current];
                }
            }
        }
    }

    /** Growable arrays for the walk. */
    private static final class Builder {
        int count;
        char[] symbol;
        short[] field;
        boolean[] named;
        int[] start;
        int[] end;
        int[] parent;
        int[] nextSibling;
        int[] subtreeEnd;

        /** Whether each symbol of the grammar is named, so no node is asked. */
        final boolean[] namedSymbols;
        final String[] typeNames;
        /** The text parsed when it is not the source; null when it is. */
        final CutSource cut;

        Builder(int capacity, Grammar.Loaded loaded, CutSource cut) {
            this.namedSymbols = loaded.named();
            this.typeNames = loaded.types();
            this.cut = cut;
            symbol = new char[capacity];
            field = new short[capacity];
            named = new boolean[capacity];
            start = new int[capacity];
            end = new int[capacity];
            parent = new int[capacity];
            nextSibling = new int[capacity];
            subtreeEnd = new int[capacity];
        }

        /** False once a top-level node was left out. */
        boolean complete = true;

        /**
         * Adds the top-level node under the cursor, or the first of its following siblings that
         * {@code keep} wants, linked after {@code previous}; NONE when none is wanted (the cursor
         * then rests on the last sibling).
         */
        int topLevel(long cursor, int root, int previous, TopLevel keep) {
            while (true) {
                TSNode node = NativeNodes.currentNode(cursor);
                if (keep == TopLevel.ALL || keep.copy(typeName(NativeNodes.symbol(node)), startOf(node), endOf(node))) {
                    int index = add(node, NativeNodes.fieldId(cursor), root);
                    if (previous != SyntaxTree.NONE) {
                        nextSibling[previous] = index;
                    }
                    return index;
                }
                complete = false;
                if (!NativeNodes.gotoNextSibling(cursor)) {
                    return SyntaxTree.NONE;
                }
            }
        }

        private String typeName(int symbol) {
            return symbol < typeNames.length ? typeNames[symbol] : "ERROR";
        }

        int add(TSNode node, int fieldId, int parentIndex) {
            if (count == symbol.length) {
                int capacity = count * 2;
                symbol = Arrays.copyOf(symbol, capacity);
                field = Arrays.copyOf(field, capacity);
                named = Arrays.copyOf(named, capacity);
                start = Arrays.copyOf(start, capacity);
                end = Arrays.copyOf(end, capacity);
                parent = Arrays.copyOf(parent, capacity);
                nextSibling = Arrays.copyOf(nextSibling, capacity);
                subtreeEnd = Arrays.copyOf(subtreeEnd, capacity);
            }
            int index = count++;
            int id = NativeNodes.symbol(node);
            symbol[index] = (char) id;
            field[index] = (short) fieldId;
            // tree-sitter's error symbol lies outside the grammar's table, and is named
            named[index] = id >= namedSymbols.length || namedSymbols[id];
            start[index] = startOf(node);
            end[index] = endOf(node);
            parent[index] = parentIndex;
            nextSibling[index] = SyntaxTree.NONE;
            return index;
        }

        /** Where {@code node} starts in the source, as a char index. */
        private int startOf(TSNode node) {
            int start = NativeNodes.startByte(node) / 2;
            return cut == null ? start : cut.sourceStart(start);
        }

        private int endOf(TSNode node) {
            int end = NativeNodes.endByte(node) / 2;
            return cut == null ? end : cut.sourceEnd(end);
        }

        /** Called when the walk leaves a node: its subtree ends with the last node added. */
        void close(int index) {
            subtreeEnd[index] = count;
        }

        SyntaxTree build(Grammar grammar, String source, Grammar.Loaded loaded, boolean hasError) {
            return new SyntaxTree(grammar, source, loaded, count, symbol, field, named, start, end, parent, nextSibling,
                    subtreeEnd, hasError, complete);
        }
    }
}
