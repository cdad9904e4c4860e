package dev.rubric.score;

import dev.rubric.report.DimensionResult;
import dev.rubric.report.Gate;
import dev.rubric.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates CI gates against the system result. A gate over something that could not be
 * measured (no dimension audited) fails: a build must not go green on an audit that saw nothing.
 */
public final class Gates {
    /** How many regressions a failed no-regression gate names in its description; the rest are counted. */
    private static final int REGRESSIONS_NAMED = 5;

    private Gates() {
    }

    public static List<Gate> evaluate(GateThresholds thresholds, Overall overall) {
        return evaluate(thresholds, overall, null);
    }

    /** {@code current}: this audit as the baseline gate compares it (null when there is no baseline). */
    public static List<Gate> evaluate(GateThresholds thresholds, Overall overall, Snapshot current) {
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
        for (Map.Entry<String, GateThresholds.DimensionGate> entry : thresholds.sortedDimensions().entrySet()) {
            DimensionResult dimension = overall.dimensions().stream().filter(d -> d.id().equals(entry.getKey()))
                    .findFirst().orElse(null);
            GateThresholds.DimensionGate gate = entry.getValue();
            if (gate.failUnder() != null) {
                gates.add(atLeast("fail-under:" + entry.getKey(), gate.failUnder(), dimension == null ? null : dimension.score(),
                        "score of dimension " + entry.getKey() + " must be at least the threshold (fails when not audited)"));
            }
            if (gate.minLevel() != null) {
                gates.add(atLeast("min-level:" + entry.getKey(), gate.minLevel(),
                        dimension == null || dimension.level() == null ? null : dimension.level().doubleValue(),
                        "maturity level of dimension " + entry.getKey() + " must be at least the threshold (fails when not audited)"));
            }
        }
        if (thresholds.baseline() != null && current != null) {
            gates.add(noRegression(Comparison.of(thresholds.baseline(), current), thresholds.baseline().origin()));
        }
        return List.copyOf(gates);
    }

    /** Problems with dimension gates naming a dimension the rubric does not have, located in their file. */
    public static List<String> problems(GateThresholds thresholds, Rubric rubric) {
        List<String> problems = new ArrayList<>();
        thresholds.sortedDimensions().forEach((id, gate) -> {
            if (rubric.dimensions().stream().noneMatch(d -> d.id().equals(id))) {
                problems.add(gate.where() + ": gate for dimension '" + id + "', which rubric " + rubric.name() + " does not have "
                        + "(its dimensions: " + String.join(", ", rubric.dimensions().stream().map(d -> d.id()).toList()) + ")");
            }
        });
        return problems;
    }

    private static Gate noRegression(Comparison comparison, String baseline) {
        if (comparison.incomparable() != null) {
            return new Gate(Gate.NO_REGRESSION, 0, null, Gate.INCOMPARABLE, "incomparable: " + comparison.incomparable()
                    + "; write a new baseline with this rubric");
        }
        List<Comparison.Change> regressions = comparison.regressions();
        StringBuilder description = new StringBuilder("no score, level or criterion may be worse than in " + baseline);
        if (!regressions.isEmpty()) {
            description.append("; regressed: ");
            description.append(String.join("; ", regressions.subList(0, Math.min(REGRESSIONS_NAMED, regressions.size()))
                    .stream().map(Comparison.Change::toString).toList()));
            if (regressions.size() > REGRESSIONS_NAMED) {
                description.append("; and ").append(regressions.size() - REGRESSIONS_NAMED).append(" more");
            }
        }
        return new Gate(Gate.NO_REGRESSION, 0, (double) regressions.size(), regressions.isEmpty() ? Gate.PASSED : Gate.FAILED,
                description.toString());
    }

    private static Gate atLeast(String id, double threshold, Double actual, String description) {
        boolean passed = actual != null && actual >= threshold;
        return new Gate(id, threshold, actual, passed ? Gate.PASSED : Gate.FAILED, description);
    }
}
