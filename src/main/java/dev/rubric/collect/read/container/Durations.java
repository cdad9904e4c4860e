package dev.rubric.collect.read.container;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Retention periods as written in logging backends ({@code 744h}, {@code 30d}, {@code 90}) in whole days. */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("(?i)\\s*(\\d+)\\s*(ms|s|m|h|d|w|y)?\\s*");

    private Durations() {
    }

    /**
     * @param bareUnit what a number without unit means: "d" for CloudWatch and most env settings
     * @return whole days (rounded down), or null when the text is not a duration
     */
    public static Long days(String text, String bareUnit) {
        if (text == null) {
            return null;
        }
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        String unit = matcher.group(2) == null ? bareUnit : matcher.group(2).toLowerCase(java.util.Locale.ROOT);
        return switch (unit) {
            case "ms" -> amount / 86_400_000L;
            case "s" -> amount / 86_400L;
            case "m" -> amount / 1_440L;
            case "h" -> amount / 24L;
            case "d" -> amount;
            case "w" -> amount * 7L;
            case "y" -> amount * 365L;
            default -> null;
        };
    }
}
