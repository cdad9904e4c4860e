package dev.rubric.score;

/** The gates asked for on the command line; null means not asked. Coverage is in percent. */
public record GateThresholds(Double failUnder, Integer minLevel, Double minCoverage) {
    public static GateThresholds none() {
        return new GateThresholds(null, null, null);
    }
}
