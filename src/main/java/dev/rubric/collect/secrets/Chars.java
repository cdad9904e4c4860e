package dev.rubric.collect.secrets;

/**
 * The character classes the scanners share, ASCII only as in the patterns they replace, and the
 * run measure every scanner is built on: a run is scanned once, never from each of its positions.
 */
final class Chars {
    interface Class {
        boolean has(char c);
    }

    static final Class ALNUM = Chars::isAlnum;
    static final Class WORD = c -> isAlnum(c) || c == '_';
    /** Characters of names, flags and keys: letters, digits, _ . - */
    static final Class NAME = c -> isAlnum(c) || c == '_' || c == '.' || c == '-';
    /** Base64url, the alphabet of JWT segments and of most vendor keys. */
    static final Class B64URL = c -> isAlnum(c) || c == '_' || c == '-';
    static final Class UPPER_DIGIT = c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    private Chars() {
    }

    static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Java's {@code \s}: what "non-blank" meant in the patterns these scanners replace. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The end of the run of {@code cls} characters that starts at {@code from}. */
    static int runEnd(String text, int from, Class cls) {
        int i = from;
        while (i < text.length() && cls.has(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** As {@link #runEnd(String, int, Class)}, looking no further than {@code limit}. */
    static int runEnd(String text, int from, int limit, Class cls) {
        int i = from;
        while (i < limit && cls.has(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int blanksEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    static boolean startsWithIgnoreCase(String text, int at, String lowerPrefix) {
        return text.regionMatches(true, at, lowerPrefix, 0, lowerPrefix.length());
    }
}
