package dev.rubric.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Gate;
import dev.rubric.report.Status;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScorerTest {

    static CriterionResult known(String dimension, String id, int level, double weight, double score) {
        return new CriterionResult(dimension + "." + id, dimension, id, level, weight, Status.ofScore(score), score,
                null, 1, score >= 1 ? 1 : 0, List.of(), null, List.of(), List.of());
    }

    static CriterionResult unknown(String dimension, String id, int level, double weight) {
        return new CriterionResult(dimension + "." + id, dimension, id, level, weight, Status.UNKNOWN, null,
                "needs environments, not collected: no source fills it yet", 0, 0, List.of(), null, List.of(), List.of());
    }

    static CriterionResult notApplicable(String dimension, String id, int level, double weight) {
        return new CriterionResult(dimension + "." + id, dimension, id, level, weight, Status.NOT_APPLICABLE, null,
                "no subjects", 0, 0, List.of(), null, List.of(), List.of());
    }

    static Rubric rubric(String... dimensionsAndWeights) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String spec : dimensionsAndWeights) {
            String[] parts = spec.split(":");
            dimensions.add(new Dimension(parts[0], parts[0], null, parts.length > 1 ? Double.parseDouble(parts[1]) : 1.0,
                    "collect the " + parts[0] + " source", List.of()));
        }
        return new Rubric("test", "1", "Test", null, new TreeMap<>(Rubric.DEFAULT_LEVELS), dimensions, "test", "0");
    }

    private static DimensionResult only(Overall overall) {
        assertThat(overall.dimensions()).hasSize(1);
        return overall.dimensions().get(0);
    }

    @Test
    void worked_example_from_the_design_gives_72_2_at_level_1() {
        Overall overall = new Scorer().score(rubric("prompt"), List.of(
                known("prompt", "p1", 1, 3, 1.0),
                known("prompt", "p2", 1, 1, 0.5),
                known("prompt", "p3", 2, 3, 1.0),
                known("prompt", "p4", 3, 2, 0.0),
                notApplicable("prompt", "p5", 2, 1)));
        DimensionResult prompt = only(overall);
        assertThat(prompt.score()).isEqualTo(72.2);
        assertThat(prompt.level()).isEqualTo(1);
        assertThat(prompt.levelName()).isEqualTo("Identified");
        assertThat(prompt.coverage()).isEqualTo(1.0);
        assertThat(prompt.criteria()).containsEntry("not_applicable", 1).containsEntry("pass", 2)
                .containsEntry("partial", 1).containsEntry("fail", 1);
    }

    @Test
    void partial_credit_is_weighted_by_criterion_weight() {
        DimensionResult d = only(new Scorer().score(rubric("env"), List.of(
                known("env", "a", 1, 3, 0.5),
                known("env", "b", 1, 1, 0.0))));
        assertThat(d.score()).isEqualTo(37.5);
    }

    @Test
    void not_applicable_criteria_count_nowhere() {
        DimensionResult with = only(new Scorer().score(rubric("env"), List.of(
                known("env", "a", 1, 2, 0.5),
                notApplicable("env", "b", 1, 5),
                notApplicable("env", "c", 4, 5))));
        assertThat(with.score()).isEqualTo(50.0);
        assertThat(with.coverage()).isEqualTo(1.0);
        assertThat(with.level()).as("a level-4 criterion that does not apply cannot lift or cap the level").isEqualTo(1);
    }

    @Test
    void unknown_criteria_reduce_coverage_and_widen_the_range() {
        DimensionResult d = only(new Scorer().score(rubric("env"), List.of(
                known("env", "a", 1, 3, 1.0),
                unknown("env", "b", 2, 1))));
        assertThat(d.score()).as("the score is over known criteria").isEqualTo(100.0);
        assertThat(d.coverage()).isEqualTo(0.75);
        assertThat(d.scoreRange().min()).isEqualTo(75.0);
        assertThat(d.scoreRange().max()).isEqualTo(100.0);
        assertThat(d.level()).as("an unknown level-2 criterion blocks level 2").isEqualTo(1);
    }

    @Test
    void unknown_counts_as_not_met_even_at_level_1() {
        DimensionResult d = only(new Scorer().score(rubric("env"), List.of(
                known("env", "a", 1, 1, 1.0),
                unknown("env", "b", 1, 1))));
        assertThat(d.level()).isZero();
    }

    @Test
    void half_credit_enters_a_level_and_full_credit_leaves_it() {
        Scorer scorer = new Scorer();
        assertThat(only(scorer.score(rubric("m"), List.of(known("m", "a", 1, 1, 0.5), known("m", "b", 2, 1, 0.5)))).level())
                .as("level 2 needs every level-1 criterion at 1").isEqualTo(1);
        assertThat(only(scorer.score(rubric("m"), List.of(known("m", "a", 1, 1, 1.0), known("m", "b", 2, 1, 0.5)))).level())
                .isEqualTo(2);
        assertThat(only(scorer.score(rubric("m"), List.of(known("m", "a", 1, 1, 0.4), known("m", "b", 2, 1, 1.0)))).level())
                .as("a level-1 criterion below 0.5 keeps the dimension at 0 whatever happens above").isZero();
        assertThat(only(scorer.score(rubric("m"), List.of(known("m", "a", 1, 1, 1.0), known("m", "b", 2, 1, 1.0),
                known("m", "c", 3, 1, 0.0)))).level())
                .as("a failing level-3 criterion stops at level 2").isEqualTo(2);
    }

    @Test
    void a_dimension_cannot_claim_a_level_no_criterion_measures() {
        DimensionResult d = only(new Scorer().score(rubric("m"), List.of(known("m", "a", 1, 1, 1.0), known("m", "b", 2, 1, 1.0))));
        assertThat(d.level()).isEqualTo(2);
    }

    @Test
    void all_not_applicable_makes_the_dimension_not_applicable() {
        DimensionResult d = only(new Scorer().score(rubric("rag"), List.of(notApplicable("rag", "a", 1, 1))));
        assertThat(d.status()).isEqualTo(DimensionResult.State.NOT_APPLICABLE);
        assertThat(d.score()).isNull();
        assertThat(d.level()).isNull();
    }

    @Test
    void all_unknown_makes_the_dimension_not_audited_with_the_way_to_audit_it() {
        DimensionResult d = only(new Scorer().score(rubric("logs"), List.of(unknown("logs", "a", 1, 2), notApplicable("logs", "b", 1, 1))));
        assertThat(d.status()).isEqualTo(DimensionResult.State.NOT_AUDITED);
        assertThat(d.coverage()).isZero();
        assertThat(d.score()).isNull();
        assertThat(d.howToAudit()).isEqualTo("collect the logs source");
    }

    @Test
    void overall_level_and_score_are_the_minimum_over_audited_dimensions() {
        Overall overall = new Scorer().score(rubric("env:1", "prompt:3", "logs:1"), List.of(
                known("env", "a", 1, 1, 1.0), known("env", "b", 2, 1, 1.0),
                known("prompt", "a", 1, 1, 0.5),
                unknown("logs", "a", 1, 2)));
        assertThat(overall.level()).as("min of env at 2 and prompt at 1; logs is not audited").isEqualTo(1);
        assertThat(overall.score()).isEqualTo(50.0);
        assertThat(overall.meanScore()).as("weighted by dimension weight: (1*100 + 3*50) / 4").isEqualTo(62.5);
        assertThat(overall.coverage()).as("the not-audited dimension still counts in coverage: 3 of 5").isEqualTo(0.6);
        assertThat(overall.scoreRange().min()).isEqualTo(50.0);
        assertThat(overall.scoreRange().max()).isEqualTo(50.0);
    }

    @Test
    void the_weakest_dimension_sets_the_level() {
        Overall overall = new Scorer().score(rubric("env", "prompt"), List.of(
                known("env", "a", 1, 1, 1.0), known("env", "b", 2, 1, 1.0),
                known("prompt", "a", 1, 1, 1.0), known("prompt", "b", 2, 1, 0.0)));
        assertThat(overall.dimensions()).extracting(DimensionResult::level).containsExactly(2, 1);
        assertThat(overall.level()).isEqualTo(1);
        assertThat(overall.levelName()).isEqualTo("Identified");
    }

    @Test
    void nothing_audited_gives_no_level_and_fails_every_gate() {
        Overall overall = new Scorer().score(rubric("env"), List.of(unknown("env", "a", 1, 1)));
        assertThat(overall.level()).isNull();
        assertThat(overall.score()).isNull();
        List<Gate> gates = Gates.evaluate(new GateThresholds(0.0, 0, null), overall);
        assertThat(gates).allMatch(Gate::failed);
        assertThat(gates).extracting(Gate::actual).containsOnlyNulls();
    }

    @Test
    void gates_record_threshold_actual_and_result() {
        Overall overall = new Scorer().score(rubric("env"), List.of(known("env", "a", 1, 1, 1.0), unknown("env", "b", 1, 1)));
        List<Gate> gates = Gates.evaluate(new GateThresholds(101.0, 0, 60.0), overall);
        assertThat(gates).extracting(Gate::id).containsExactly("fail-under", "min-level", "min-coverage");
        assertThat(gates.get(0)).extracting(Gate::threshold, Gate::actual, Gate::result).containsExactly(101.0, 100.0, "fail");
        assertThat(gates.get(1)).extracting(Gate::threshold, Gate::actual, Gate::result).containsExactly(0.0, 0.0, "pass");
        assertThat(gates.get(2)).extracting(Gate::threshold, Gate::actual, Gate::result).containsExactly(60.0, 50.0, "fail");
    }
}
