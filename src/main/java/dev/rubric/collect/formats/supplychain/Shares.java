package dev.rubric.collect.formats.supplychain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares written with two decimals, so the same counts always give the same evidence bytes. */
final class Shares {
    private Shares() {
    }

    static double of(int part, int total) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
