package dev.rubric.score;

import java.util.Map;
import java.util.TreeMap;

/**
 * The gates asked for, on the command line or in {@code .rubric.yaml}; null means not asked.
 * Coverage is in percent. {@code dimensions}: per-dimension score and level minimums by dimension
 * id; {@code baseline}: the earlier report that must not be regressed from (null: no such gate).
 */
public record GateThresholds(Double failUnder, Integer minLevel, Double minCoverage, Map<String, DimensionGate> dimensions,
                             Snapshot baseline) {
    public GateThresholds {
        dimensions = Map.copyOf(dimensions);
    }

    public GateThresholds(Double failUnder, Integer minLevel, Double minCoverage) {
        this(failUnder, minLevel, minCoverage, Map.of(), null);
    }

    public static GateThresholds none() {
        return new GateThresholds(null, null, null);
    }

    /** The dimension gates in id order, so the report lists them the same way every run. */
    public Map<String, DimensionGate> sortedDimensions() {
        return new TreeMap<>(dimensions);
    }

    /** A dimension's minimum score and level; {@code where} locates it in its file for error messages. */
    public record DimensionGate(Double failUnder, Integer minLevel, String where) {
    }
}
