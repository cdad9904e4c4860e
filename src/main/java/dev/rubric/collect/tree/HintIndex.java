package dev.rubric.collect.tree;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks each parser for its hint only about the names its {@link Signature} can say yes to. One look-up
 * by extension, one by whole name and a few prefix tests replace some seventy hint calls per file:
 * on a tree of 50,000 files those calls were a tenth of all the work.
 */
final class HintIndex {
    private final List<FormatParser> parsers;
    /** Bit i: parser i. */
    private final Map<String, BitSet> byExtension = new HashMap<>();
    private final Map<String, BitSet> byName = new HashMap<>();
    private final String[] prefixes;
    private final BitSet[] byPrefix;

    /**
     * The index of a registry, made once per registry: the walker asks it about every file, and
     * text embedded in files and ConfigMap values (thousands of keys in a large cluster) asks the
     * same few registries again and again.
     */
    static HintIndex of(List<FormatParser> parsers) {
        synchronized (RECENT) {
            HintIndex known = RECENT.get(parsers);
            if (known == null) {
                if (RECENT.size() >= 16) {
                    RECENT.clear();
                }
                known = new HintIndex(parsers);
                RECENT.put(parsers, known);
            }
            return known;
        }
    }

    /** By the registry's identity: a registry is a list made once and shared, never changed. */
    private static final Map<List<FormatParser>, HintIndex> RECENT = new IdentityHashMap<>();

    HintIndex(List<FormatParser> parsers) {
        this.parsers = List.copyOf(parsers);
        Map<String, BitSet> prefixed = new HashMap<>();
        for (int i = 0; i < this.parsers.size(); i++) {
            NameFilter filter = this.parsers.get(i).signature().names();
            int bit = i;
            filter.extensions().forEach(extension -> byExtension.computeIfAbsent(extension, key -> new BitSet()).set(bit));
            filter.names().forEach(name -> byName.computeIfAbsent(name, key -> new BitSet()).set(bit));
            filter.prefixes().forEach(prefix -> prefixed.computeIfAbsent(prefix, key -> new BitSet()).set(bit));
        }
        this.prefixes = prefixed.keySet().stream().sorted().toArray(String[]::new);
        this.byPrefix = Arrays.stream(prefixes).map(prefixed::get).toArray(BitSet[]::new);
    }

    /** What each parser's hint says of a file, in parser order; null when no parser wants it. */
    Hint[] hints(String relativePath, String fileName) {
        BitSet asked = candidates(fileName);
        if (asked == null) {
            return null;
        }
        Hint[] hints = null;
        for (int i = asked.nextSetBit(0); i >= 0; i = asked.nextSetBit(i + 1)) {
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

    /** The parsers whose signatures can say yes to the name, by index; null when none can. Never to be modified. */
    BitSet candidates(String fileName) {
        String lower = NameFilter.lowerCase(fileName);
        BitSet byExt = byExtension.get(NameFilter.extension(lower));
        BitSet named = byName.get(lower);
        BitSet asked = null;
        for (int i = 0; i < prefixes.length; i++) {
            if (lower.startsWith(prefixes[i])) {
                asked = union(asked, byPrefix[i]);
            }
        }
        return union(union(asked, byExt), named);
    }

    /** {@code into} or {@code more} when the other is null; a fresh union otherwise (the index's sets stay intact). */
    private static BitSet union(BitSet into, BitSet more) {
        if (more == null) {
            return into;
        }
        if (into == null) {
            return more;
        }
        BitSet both = (BitSet) into.clone();
        both.or(more);
        return both;
    }
}
