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
     * At (first byte << 8 | second byte): {@link #mark} when the pair occurs in the text recorded
     * last. One plain store per byte while recording, and no clearing between files: a bit table
     * (8 KB) cost a load, an or and a store per byte, a third more under C1; a table of int pass
     * numbers (256 KB) made every byte a cache miss. Cleared when the mark wraps, every 255 files.
     */
    private final byte[] marks = new byte[256 * 256];
    private int mark;
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
        byte current = (byte) mark;
        for (int pair : needlePairs) {
            if (marks[pair] != current) {
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
        if (++mark > 0xFF) {
            mark = 1;
            Arrays.fill(marks, (byte) 0);
        }
        byte[] table = marks;
        byte current = (byte) mark;
        int previous = bytes.length == 0 ? 0 : bytes[0] & 0xFF;
        for (int i = 1; i < bytes.length; i++) {
            int next = bytes[i] & 0xFF;
            table[previous << 8 | next] = current;
            previous = next;
        }
    }
}
