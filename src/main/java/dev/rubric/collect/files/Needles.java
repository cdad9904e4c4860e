package dev.rubric.collect.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of strings looked for in one pass over a text. Parsers use it as the cheap prefilter
 * that decides whether a file is worth parsing: with twenty tokens, twenty {@code contains} calls
 * scan a file that holds none of them twenty times, and almost every file of a repository holds
 * none of them.
 */
public final class Needles {
    private static final int ASCII = 128;

    private final List<String> needles;
    /** For each ASCII first character, the needles that start with it; null when none does. */
    private final String[][] byFirstChar = new String[ASCII][];
    /**
     * The ASCII pairs that begin some needle, one bit each: most positions of a text are rejected
     * by one lookup, where a first-character test alone passes nearly every letter.
     */
    private final long[] firstPairs = new long[ASCII * ASCII / Long.SIZE];
    /** Needles starting with a non-ASCII character, looked up with {@code contains}. */
    private final List<String> others = new ArrayList<>();

    private Needles(List<String> needles) {
        this.needles = List.copyOf(needles);
        for (String needle : this.needles) {
            if (needle.length() < 2) {
                throw new IllegalArgumentException("needles are at least two characters long: " + needle);
            }
            char first = needle.charAt(0);
            char second = needle.charAt(1);
            if (first < ASCII && second < ASCII) {
                int pair = first * ASCII + second;
                firstPairs[pair >>> 6] |= 1L << pair;
                String[] bucket = byFirstChar[first];
                byFirstChar[first] = bucket == null ? new String[] {needle} : append(bucket, needle);
            } else {
                others.add(needle);
            }
        }
    }

    public static Needles of(String... needles) {
        return new Needles(Arrays.asList(needles));
    }

    public static Needles of(List<String> needles) {
        return new Needles(needles);
    }

    /** Whether any of the needles occurs in {@code text}. */
    public boolean anyIn(String text) {
        int last = text.length() - 1;
        for (int i = 0; i < last; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c >= ASCII || next >= ASCII) {
                continue;
            }
            int pair = c * ASCII + next;
            if ((firstPairs[pair >>> 6] & 1L << pair) != 0) {
                String[] bucket = byFirstChar[c];
                for (String needle : bucket) {
                    if (text.startsWith(needle, i)) {
                        return true;
                    }
                }
            }
        }
        for (String needle : others) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Whether none of the needles occurs in {@code text}. */
    public boolean noneIn(String text) {
        return !anyIn(text);
    }

    public List<String> needles() {
        return needles;
    }

    private static String[] append(String[] bucket, String needle) {
        String[] grown = Arrays.copyOf(bucket, bucket.length + 1);
        grown[bucket.length] = needle;
        return grown;
    }
}
