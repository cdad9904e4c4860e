package dev.rubric.collect.tree;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks each parser for its hint only about the names its {@link Signature} can say yes to. One look-up
 * by extension, one by whole name and a few prefix tests replace some fifty hint calls per file:
 * on a tree of 50,000 files those calls were a tenth of all the work.
 */
final class HintIndex {
    private final List<FormatParser> parsers;
    /** Bit i: parser i. Formats beyond the 64th are asked about every name. */
    private final Map<String, Long> byExtension = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    private final Map<String, Long> byPrefix = new HashMap<>();

    HintIndex(List<FormatParser> parsers) {
        this.parsers = List.copyOf(parsers);
        for (int i = 0; i < this.parsers.size() && i < Long.SIZE; i++) {
            NameFilter filter = this.parsers.get(i).signature().names();
            long bit = 1L << i;
            filter.extensions().forEach(extension -> byExtension.merge(extension, bit, (a, b) -> a | b));
            filter.names().forEach(name -> byName.merge(name, bit, (a, b) -> a | b));
            filter.prefixes().forEach(prefix -> byPrefix.merge(prefix, bit, (a, b) -> a | b));
        }
    }

    /** What each parser's hint says of a file, in parser order; null when no parser wants it. */
    Hint[] hints(String relativePath, String fileName) {
        String lower = NameFilter.lowerCase(fileName);
        long asked = byExtension.getOrDefault(NameFilter.extension(lower), 0L) | byName.getOrDefault(lower, 0L);
        for (Map.Entry<String, Long> prefix : byPrefix.entrySet()) {
            if (lower.startsWith(prefix.getKey())) {
                asked |= prefix.getValue();
            }
        }
        Hint[] hints = null;
        for (int i = 0; i < parsers.size(); i++) {
            if (i < Long.SIZE && (asked & 1L << i) == 0) {
                continue;
            }
            Hint hint = parsers.get(i).hint(relativePath, fileName);
            if (hint != Hint.NONE) {
                if (hints == null) {
                    hints = new Hint[parsers.size()];
                    Arrays.fill(hints, Hint.NONE);
                }
                hints[i] = hint;
            }
        }
        return hints;
    }
}
