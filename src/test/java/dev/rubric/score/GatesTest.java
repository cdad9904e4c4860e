package dev.rubric.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.report.DimensionResult;
import dev.rubric.report.Gate;
import dev.rubric.report.Range;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-dimension gates and the baseline gate over a fixed system result. */
class GatesTest {
    private static final Overall OVERALL = new Overall(List.of(
            new DimensionResult("prompt", "Prompts", DimensionResult.State.AUDITED, 70.0, 2, "Pinned", 1.0,
                    new Range(70.0, 70.0), 1, Map.of(), null, null, List.of()),
            new DimensionResult("environment", "Environment", DimensionResult.State.NOT_AUDITED, null, null, null, 0.0,
                    null, 1, Map.of(), "audit the manifests", null, List.of())),
            2, "Pinned", 70.0, 70.0, 0.8, new Range(60.0, 80.0));

    private static Snapshot snapshot(String version, double prompt) {
        return new Snapshot("base.json", "agentic", version, prompt, 2,
                Map.of("prompt", new Snapshot.Measure(prompt, 2, "audited")), Map.of());
    }

    @Test
    void dimensionGatesCompareTheirDimensionAndFailWhenItIsNotAudited() {
        GateThresholds thresholds = new GateThresholds(null, null, null, Map.of(
                "prompt", new GateThresholds.DimensionGate(70.0, 3, "c.yaml:3:5"),
                "environment", new GateThresholds.DimensionGate(null, 0, "c.yaml:4:5")), null);
        List<Gate> gates = Gates.evaluate(thresholds, OVERALL);
        assertThat(gates).extracting(Gate::id).containsExactly("min-level:environment", "fail-under:prompt", "min-level:prompt");
        assertThat(gates).extracting(Gate::result).containsExactly(Gate.FAILED, Gate.PASSED, Gate.FAILED);
        assertThat(gates.get(0).actual()).isNull();
    }

    @Test
    void theBaselineGateCountsRegressionsAndAnotherRubricVersionIsIncomparable() {
        Snapshot current = snapshot("1.0", 70.0);
        Gate same = Gates.evaluate(new GateThresholds(null, null, null, Map.of(), snapshot("1.0", 70.0)), OVERALL, current).get(0);
        assertThat(same.result()).isEqualTo(Gate.PASSED);
        assertThat(same.actual()).isZero();
        Gate worse = Gates.evaluate(new GateThresholds(null, null, null, Map.of(), snapshot("1.0", 75.0)), OVERALL, current).get(0);
        assertThat(worse.result()).isEqualTo(Gate.FAILED);
        assertThat(worse.actual()).isEqualTo(2.0);
        assertThat(worse.description()).endsWith("regressed: overall score: 75.0 → 70.0; dimension prompt score: 75.0 → 70.0");
        Gate other = Gates.evaluate(new GateThresholds(null, null, null, Map.of(), snapshot("0.9", 70.0)), OVERALL, current).get(0);
        assertThat(other.result()).isEqualTo(Gate.INCOMPARABLE);
        assertThat(other.failed()).isTrue();
        assertThat(other.actual()).isNull();
        assertThat(other.description()).contains("base.json was judged by rubric agentic 0.9").endsWith("write a new baseline with this rubric");
    }

    @Test
    void aGateForADimensionTheRubricLacksIsALocatedProblem() {
        GateThresholds thresholds = new GateThresholds(null, null, null,
                Map.of("prompts", new GateThresholds.DimensionGate(null, 1, "c.yaml:3:5")), null);
        assertThat(Gates.problems(thresholds, ScorerTest.rubric("prompt", "model"))).containsExactly(
                "c.yaml:3:5: gate for dimension 'prompts', which rubric test does not have (its dimensions: prompt, model)");
    }
}
