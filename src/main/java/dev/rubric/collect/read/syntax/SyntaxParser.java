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

    private SyntaxParser() {
    }

    /**
     * The syntax tree of {@code source}. Never fails on bad syntax (the tree then says
     * {@link SyntaxTree#hasError()}); throws {@link SyntaxUnavailableException} when the grammar
     * cannot be loaded on this platform.
     */
    public static SyntaxTree parse(Grammar grammar, String source) {
        Grammar.Loaded loaded = grammar.loaded();
        TSParser parser = PARSERS.get().computeIfAbsent(grammar, g -> {
            TSParser created = new TSParser();
            created.setLanguage(loaded.language());
            return created;
        });
        // parseStringEncoding hands the text over as UTF-8 whatever the encoding says; a reader over
        // UTF-16 bytes keeps native offsets at twice the char index
        byte[] bytes = source.getBytes(StandardCharsets.UTF_16LE);
        TSTree tree = parser.parse(bytes, null, (buffer, offset, point) -> {
            int length = Math.min(buffer.length, bytes.length - offset);
            if (length <= 0) {
                return 0;
            }
            System.arraycopy(bytes, offset, buffer, 0, length);
            return length;
        }, ENCODING);
        try {
            return flatten(grammar, source, loaded, tree.getRootNode());
        } finally {
            tree.close();
        }
    }

    private static SyntaxTree flatten(Grammar grammar, String source, Grammar.Loaded loaded, TSNode root) {
        Builder out = new Builder(256);
        boolean hasError = root.hasError();
        try (TSTreeCursor cursor = new TSTreeCursor(root)) {
            int current = out.add(cursor.currentNode(), 0, SyntaxTree.NONE);
            while (true) {
                if (cursor.gotoFirstChild()) {
                    current = out.add(cursor.currentNode(), cursor.currentFieldId(), current);
                    continue;
                }
                // leaving a node for good: its sibling next, else its parent's sibling, and so on up
                while (true) {
                    out.close(current);
                    if (cursor.gotoNextSibling()) {
                        int sibling = out.add(cursor.currentNode(), cursor.currentFieldId(), out.parent[current]);
                        out.nextSibling[current] = sibling;
                        current = sibling;
                        break;
                    }
                    if (!cursor.gotoParent()) {
                        return out.build(grammar, source, loaded, hasError);
                    }
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

        Builder(int capacity) {
            symbol = new char[capacity];
            field = new short[capacity];
            named = new boolean[capacity];
            start = new int[capacity];
            end = new int[capacity];
            parent = new int[capacity];
            nextSibling = new int[capacity];
            subtreeEnd = new int[capacity];
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
            symbol[index] = (char) node.getSymbol();
            field[index] = (short) fieldId;
            named[index] = node.isNamed();
            start[index] = node.getStartByte() / 2;
            end[index] = node.getEndByte() / 2;
            parent[index] = parentIndex;
            nextSibling[index] = SyntaxTree.NONE;
            return index;
        }

        /** Called when the walk leaves a node: its subtree ends with the last node added. */
        void close(int index) {
            subtreeEnd[index] = count;
        }

        SyntaxTree build(Grammar grammar, String source, Grammar.Loaded loaded, boolean hasError) {
            return new SyntaxTree(grammar, source, loaded, count, symbol, field, named, start, end, parent, nextSibling,
                    subtreeEnd, hasError);
        }
    }
}
