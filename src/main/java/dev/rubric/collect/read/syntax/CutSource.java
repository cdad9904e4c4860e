package dev.rubric.collect.read.syntax;

import java.util.Arrays;

/**
 * A source with some top-level statements cut out (see {@link PythonStatements#cut}), and the way
 * back from an offset in the cut text to the same place in the source.
 */
final class CutSource {
    final String text;
    private final int sourceLength;
    /** Offsets in {@link #text} where something was cut, ascending. */
    private final int[] cuts;
    /** How many characters were cut at or before each cut. */
    private final int[] removedThrough;
    /** Where the statements left in begin, in {@link #text}. */
    final int[] keptStarts;

    CutSource(String text, int sourceLength, int[] cuts, int[] removedThrough, int[] keptStarts) {
        this.text = text;
        this.sourceLength = sourceLength;
        this.cuts = cuts;
        this.removedThrough = removedThrough;
        this.keptStarts = keptStarts;
    }

    /** Where a node starting at {@code offset} starts in the source: after anything cut there. */
    int sourceStart(int offset) {
        return offset + removedBefore(offset, true);
    }

    /**
     * Where a node ending at {@code offset} ends in the source: before anything cut there, as its
     * last token came before it; the end of the text stays the end of the source.
     */
    int sourceEnd(int offset) {
        return offset >= text.length() ? sourceLength : offset + removedBefore(offset, false);
    }

    private int removedBefore(int offset, boolean atToo) {
        // cuts are distinct: a line break always remains between two cut statements
        int found = Arrays.binarySearch(cuts, offset);
        int last = found >= 0 ? (atToo ? found : found - 1) : -found - 2;
        return last < 0 ? 0 : removedThrough[last];
    }
}
