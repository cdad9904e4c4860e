package dev.rubric.engine;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Sizes as options take them (5MB, 512KB, 1048576) and as messages show them. Parsed as a big
 * integer, so a huge value is refused as too large instead of wrapping round into a small or
 * negative one.
 */
public final class ByteSize {
    /** What a file the walker reads can be: it is read into one array, and no parser needs more. */
    public static final long MAX = 1L << 30;

    private static final String[][] UNITS = {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}};

    private ByteSize() {
    }

    /** {@code text} as bytes, from 1 to {@link #MAX}; {@code option} names the option in the message. */
    public static long parse(String option, String text) {
        String plain = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        BigInteger factor = BigInteger.ONE;
        for (String[] unit : UNITS) {
            if (plain.endsWith(unit[0])) {
                factor = new BigInteger(unit[1]);
                plain = plain.substring(0, plain.length() - unit[0].length());
                break;
            }
        }
        if (!plain.matches("[0-9]+") || new BigInteger(plain).signum() == 0) {
            throw new UserError(option + " '" + text + "' is not a size such as 5MB, 512KB or 1048576");
        }
        BigInteger bytes = new BigInteger(plain).multiply(factor);
        if (bytes.compareTo(BigInteger.valueOf(MAX)) > 0) {
            throw new UserError(option + " takes at most " + format(MAX) + ", not '" + text + "'");
        }
        return bytes.longValueExact();
    }

    /** The largest unit that divides the size, so a limit reads as it was typed. */
    public static String format(long bytes) {
        for (String[] unit : UNITS) {
            long size = Long.parseLong(unit[1]);
            if (bytes >= size && bytes % size == 0) {
                return bytes / size + unit[0];
            }
        }
        return bytes + "B";
    }
}
