package dev.rubric.collect.read.code;

import java.util.Arrays;

/**
 * Which pairs of adjacent bytes a file's text holds, recorded in one pass and kept for the next
 * question about the same text on the same thread. About ten code readers each ask whether a code
 * file holds one of their needles, and almost no file does: a needle can occur only where every
 * pair of its adjacent bytes occurs, so most readers are answered from this table without a scan
 * of their own. A file's readers run one after another on one thread, so one table per thread
 * serves them all. The text is recognised by identity: a file's bytes are never changed once read.
 */
final class BytePairs {
    private static final ThreadLocal<BytePairs> LAST = ThreadLocal.withInitial(BytePairs::new);

    /**
     * Bit (first byte << 8 | second byte): the pair occurs. 8 KB, which stays in the first-level
     * cache while a file is recorded; a table of pass numbers (256 KB) made every byte a cache miss.
     */
    private final long[] seen = new long[256 * 256 / Long.SIZE];
    private byte[] text;

    private BytePairs() {
    }

    /** The pairs of {@code text}, recorded now unless this thread's last question was about it. */
    static BytePairs of(byte[] text) {
        BytePairs pairs = LAST.get();
        if (pairs.text != text) {
            pairs.record(text);
        }
        return pairs;
    }

    /** Whether every pair of {@code needle} (ASCII, at least two characters) occurs in the text. */
    boolean mayHold(int[] needlePairs) {
        for (int pair : needlePairs) {
            if ((seen[pair >>> 6] & 1L << pair) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The pairs of an ASCII needle, as {@link #mayHold} takes them. */
    static int[] pairsOf(String needle) {
        int[] pairs = new int[needle.length() - 1];
        for (int k = 1; k < needle.length(); k++) {
            pairs[k - 1] = needle.charAt(k - 1) << 8 | needle.charAt(k);
        }
        return pairs;
    }

    private void record(byte[] bytes) {
        this.text = bytes;
        long[] bits = seen;
        Arrays.fill(bits, 0L);
        int previous = bytes.length == 0 ? 0 : bytes[0] & 0xFF;
        for (int i = 1; i < bytes.length; i++) {
            int current = bytes[i] & 0xFF;
            int pair = previous << 8 | current;
            bits[pair >>> 6] |= 1L << pair;
            previous = current;
        }
    }
}
