package dev.rubric.collect.read.code;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fixed strings looked for in one pass over a text. Formats use them as the cheap prefilter that
 * decides whether a file is worth parsing: with twenty tokens, twenty {@code contains} calls scan
 * a file that holds none of them twenty times, and almost every file of a repository holds none.
 * Needles can be grouped ({@link #groupsIn}) so that one pass tells which of several prefilters
 * of a parser passed.
 *
 * <p>The scan is Wu–Manber's: a window as long as the shortest needle slides over the text, and
 * the pair of characters at its end says how far it may jump without skipping a match. In code
 * that holds no needle, most steps jump several characters, so the scan reads a fraction of the
 * text's characters.
 */
public final class Needles {
    private static final int ASCII = 128;
    private static final int PAIRS = ASCII * ASCII;

    private final List<String> needles;
    private final long allGroups;
    /** Length of the shortest ASCII needle: the window. */
    private final int window;
    /** For each pair of ASCII characters, how far the window may move when it ends with that pair. */
    private final byte[] shift = new byte[PAIRS];
    /**
     * The same for every pair of bytes, indexed by the two bytes as one unsigned 16-bit number, so
     * that the byte scan takes one load and no branch per step: in the quickly compiled code of a
     * short run each step's test of the bytes' range and call to {@link #step} showed. Built once
     * from {@link #shift}; only an ASCII pair can move 0.
     */
    private final byte[] byteShift = new byte[256 * 256];
    /** The needles whose first {@code window} characters end with a pair, by pair. */
    private final String[][] endingWith = new String[PAIRS][];
    private final long[][] groupsEndingWith = new long[PAIRS][];
    /** The byte pairs of each ASCII needle, for {@link BytePairs#mayHold}. */
    private final List<int[]> asciiPairs = new ArrayList<>();
    /** Needles with a non-ASCII character among their first {@code window}: looked up with {@code contains}. */
    private final List<String> others = new ArrayList<>();
    private final List<Long> otherGroups = new ArrayList<>();

    private Needles(List<List<String>> groups) {
        if (groups.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 groups");
        }
        List<String> all = new ArrayList<>();
        for (List<String> group : groups) {
            all.addAll(group);
        }
        this.needles = List.copyOf(all);
        int shortest = Integer.MAX_VALUE;
        for (String needle : needles) {
            if (needle.length() < 2) {
                throw new IllegalArgumentException("needles are at least two characters long: " + needle);
            }
            if (isAscii(needle)) {
                shortest = Math.min(shortest, needle.length());
            }
        }
        // a byte holds the shift; longer windows would gain little anyway
        this.window = shortest == Integer.MAX_VALUE ? 2 : Math.min(shortest, Byte.MAX_VALUE);
        Arrays.fill(shift, (byte) (window - 1));
        long every = 0;
        for (int group = 0; group < groups.size(); group++) {
            long bit = 1L << group;
            every |= bit;
            for (String needle : groups.get(group)) {
                add(needle, bit);
            }
        }
        this.allGroups = every;
        // as step(before, last) says, a row at a time: this runs while the JVM still interprets
        for (int before = 0; before < 256; before++) {
            int row = before << 8;
            if (before < ASCII) {
                System.arraycopy(shift, before * ASCII, byteShift, row, ASCII);
            } else {
                Arrays.fill(byteShift, row, row + ASCII, (byte) (window - 1));
            }
            Arrays.fill(byteShift, row + ASCII, row + 256, (byte) window);
        }
    }

    public static Needles of(String... needles) {
        return new Needles(List.of(Arrays.asList(needles)));
    }

    public static Needles of(List<String> needles) {
        return new Needles(List.of(needles));
    }

    /** Needles in groups: {@link #groupsIn} reports group {@code i} as bit {@code 1 << i}. */
    public static Needles grouped(List<List<String>> groups) {
        return new Needles(groups);
    }

    /** Whether any of the needles occurs in {@code text}. */
    public boolean anyIn(String text) {
        return scan(text.getBytes(StandardCharsets.UTF_8), () -> text, true, false) != 0;
    }

    /** Whether any of the needles occurs in the file's text. */
    public boolean anyIn(SourceText file) {
        return scan(file.utf8(), file::text, true, true) != 0;
    }

    /**
     * {@code file.text().contains(needle)}, answered without a search when some pair of the
     * needle's characters never occurs in the file: a parser asked about every YAML or JSON file
     * of a tree tests a few words each, and most files hold none of them. The file's pairs are
     * recorded once, whichever parser asks first.
     */
    public static boolean contains(SourceText file, String needle) {
        if (needle.length() >= 2 && isAscii(needle) && !BytePairs.of(file.utf8()).mayHold(BytePairs.pairsOf(needle))) {
            return false;
        }
        return file.text().contains(needle);
    }

    /** Whether none of the needles occurs in the file's text. */
    public boolean noneIn(SourceText file) {
        return !anyIn(file);
    }

    /** The groups with at least one needle in the file's text, as bits; the scan stops once all are found. */
    public long groupsIn(SourceText file) {
        return scan(file.utf8(), file::text, false, true);
    }

    /**
     * Every position where one of the needles starts in {@code text}, in increasing order, each
     * once: the places where a pattern that must begin with one of them can match, so that the
     * pattern is tried there only instead of at every character. ASCII needles only.
     */
    public int[] starts(String text) {
        if (!others.isEmpty()) {
            throw new IllegalStateException("starts() needs ASCII needles: " + others);
        }
        int[] found = new int[8];
        int count = 0;
        int length = text.length();
        for (int end = window - 1; end < length; ) {
            int before = text.charAt(end - 1);
            int last = text.charAt(end);
            int step = step(before, last);
            if (step > 0) {
                end += step;
                continue;
            }
            int start = end - window + 1;
            for (String candidate : endingWith[before * ASCII + last]) {
                if (text.startsWith(candidate, start)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = start;
                    break;
                }
            }
            end++;
        }
        return Arrays.copyOf(found, count);
    }

    public List<String> needles() {
        return needles;
    }

    /**
     * Works on the UTF-8 bytes rather than the String: the scan runs over every byte of a
     * repository, and needs neither a decoded copy nor {@code charAt}'s bounds-checked call per
     * character in the quickly compiled code a short command-line run mostly executes. ASCII
     * needles match the same places in the bytes as in the characters, since every byte of a
     * multi-byte UTF-8 sequence is outside ASCII; the others are looked up in the decoded text.
     */
    private long scan(byte[] text, Supplier<String> decoded, boolean firstOnly, boolean fileOfReaders) {
        long found = 0;
        // a file's text, asked about by every reader: when no needle's byte pairs all occur in it,
        // none occurs, and the scan is left out
        int end = fileOfReaders && !mayHoldAny(BytePairs.of(text)) ? text.length : window - 1;
        while (end < text.length) {
            int bytes = (text[end - 1] & 0xFF) << 8 | text[end] & 0xFF;
            int step = byteShift[bytes];
            if (step > 0) {
                end += step;
                continue;
            }
            int pair = (bytes >> 8) * ASCII + (bytes & 0xFF);
            String[] candidates = endingWith[pair];
            long[] groups = groupsEndingWith[pair];
            int start = end - window + 1;
            for (int k = 0; k < candidates.length; k++) {
                if ((found & groups[k]) == 0 && startsWith(text, start, candidates[k])) {
                    found |= groups[k];
                    if (firstOnly || found == allGroups) {
                        return found;
                    }
                }
            }
            end++;
        }
        if (!others.isEmpty()) {
            String whole = decoded.get();
            for (int k = 0; k < others.size(); k++) {
                if ((found & otherGroups.get(k)) == 0 && whole.contains(others.get(k))) {
                    found |= otherGroups.get(k);
                }
            }
        }
        return found;
    }

    private boolean mayHoldAny(BytePairs pairs) {
        for (int[] needle : asciiPairs) {
            if (pairs.mayHold(needle)) {
                return true;
            }
        }
        return false;
    }

    /** How far a window ending with these two characters may move; 0 when a needle may end there. */
    private int step(int before, int last) {
        if ((before | last) >= ASCII) {
            // no ASCII needle's window holds this character: jump past it
            return last >= ASCII ? window : window - 1;
        }
        return shift[before * ASCII + last];
    }

    private static boolean startsWith(byte[] text, int at, String needle) {
        int length = needle.length();
        if (at + length > text.length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (text[at + k] != needle.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void add(String needle, long group) {
        if (!isAscii(needle)) {
            others.add(needle);
            otherGroups.add(group);
            return;
        }
        asciiPairs.add(BytePairs.pairsOf(needle));
        // every pair inside the needle's window limits the jump to the distance from its end
        for (int q = 1; q < window; q++) {
            int pair = needle.charAt(q - 1) * ASCII + needle.charAt(q);
            shift[pair] = (byte) Math.min(shift[pair], window - 1 - q);
        }
        int pair = needle.charAt(window - 2) * ASCII + needle.charAt(window - 1);
        String[] bucket = endingWith[pair];
        int size = bucket == null ? 0 : bucket.length;
        endingWith[pair] = bucket == null ? new String[1] : Arrays.copyOf(bucket, size + 1);
        endingWith[pair][size] = needle;
        long[] groups = groupsEndingWith[pair];
        groupsEndingWith[pair] = groups == null ? new long[1] : Arrays.copyOf(groups, size + 1);
        groupsEndingWith[pair][size] = group;
    }

    private static boolean isAscii(String needle) {
        for (int i = 0; i < needle.length(); i++) {
            if (needle.charAt(i) >= ASCII) {
                return false;
            }
        }
        return true;
    }
}
