package dev.rubric.render;

import java.util.Locale;

/** Scores and shares as every human-readable format writes them, so the HTML, Markdown and terminal agree. */
public final class Numbers {
    private Numbers() {
    }

    /** A 0..100 score to one decimal: "42.9"; "–" when unknown. */
    public static String score(Double score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%.1f", score);
    }

    /** A 0..1 share as a whole percentage: "67%"; "–" when unknown. */
    public static String percent(Double fraction) {
        return fraction == null ? "–" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    /** Points gained: "+12.5". */
    public static String points(double points) {
        return String.format(Locale.ROOT, "+%.1f", points);
    }

    /** A threshold or measured value: whole numbers without decimals. */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
