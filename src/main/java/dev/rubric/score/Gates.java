package dev.rubric.score;

import dev.rubric.report.Gate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates CI gates against the system result. A gate over something that could not be
 * measured (no dimension audited) fails: a build must not go green on an audit that saw nothing.
 */
public final class Gates {
    private Gates() {
    }

    public static List<Gate> evaluate(GateThresholds thresholds, Overall overall) {
        List<Gate> gates = new ArrayList<>();
        if (thresholds.failUnder() != null) {
            gates.add(atLeast("fail-under", thresholds.failUnder(), overall.score(),
                    "overall score (minimum over audited dimensions) must be at least the threshold"));
        }
        if (thresholds.minLevel() != null) {
            gates.add(atLeast("min-level", thresholds.minLevel(),
                    overall.level() == null ? null : overall.level().doubleValue(),
                    "overall maturity level (minimum over audited dimensions) must be at least the threshold"));
        }
        if (thresholds.minCoverage() != null) {
            gates.add(atLeast("min-coverage", thresholds.minCoverage(),
                    overall.coverage() == null ? null : Scorer.round(overall.coverage() * 100, 1),
                    "share of applicable criterion weight that could be evaluated, in percent"));
        }
        return List.copyOf(gates);
    }

    private static Gate atLeast(String id, double threshold, Double actual, String description) {
        boolean passed = actual != null && actual >= threshold;
        return new Gate(id, threshold, actual, passed ? Gate.PASSED : Gate.FAILED, description);
    }
}
