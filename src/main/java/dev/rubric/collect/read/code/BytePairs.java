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

    /** For each pair (first byte << 8 | second byte), the pass that last saw it. */
    private final int[] seenIn = new int[256 * 256];
    private int pass;
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
            if (seenIn[pair] != pass) {
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
        if (++pass == 0) {
            // after 2^32 files the pass numbers come round: forget what older passes saw
            Arrays.fill(seenIn, 0);
            pass = 1;
        }
        int current = pass;
        int[] seen = seenIn;
        for (int i = 1; i < bytes.length; i++) {
            seen[(bytes[i - 1] & 0xFF) << 8 | bytes[i] & 0xFF] = current;
        }
    }
}
