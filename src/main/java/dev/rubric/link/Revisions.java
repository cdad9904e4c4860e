package dev.rubric.link;

import java.util.Locale;

/** Commit and revision ids as tools write them: a short id (7 or more characters) is its full form. */
final class Revisions {
    private Revisions() {
    }

    static boolean same(String a, String b) {
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        return x.equals(y) || (Math.min(x.length(), y.length()) >= 7 && isHex(x) && isHex(y)
                && (x.startsWith(y) || y.startsWith(x)));
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
