package dev.rubric.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Gain;
import dev.rubric.report.Improvements;
import dev.rubric.report.NextLevel;
import dev.rubric.report.ReportLink;
import dev.rubric.report.Status;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each gain is what rescoring with the fix applied would show, and the next level lists what stands in its way. */
class GainsTest {

    private static Finding finding(String subject, double score, String message) {
        return new Finding(subject, null, score, message);
    }

    /** A criterion judged over {@code subjects} subjects, those not among {@code findings} passing. */
    private static CriterionResult judged(String dimension, String id, int level, double weight, int subjects,
                                          Criterion.Aggregate aggregate, Finding... findings) {
        double sum = subjects - findings.length;
        double min = 1;
        for (Finding f : findings) {
            sum += f.score();
            min = Math.min(min, f.score());
        }
        double score = Math.round((aggregate == Criterion.Aggregate.MIN ? min : sum / subjects) * 10000) / 10000.0;
        return new CriterionResult(dimension + "." + id, dimension, id, level, weight, Status.ofScore(score), score, null,
                subjects, subjects - findings.length, List.of(findings), null, List.of(), List.of());
    }

    private static Criterion criterion(String dimension, String id, Criterion.Aggregate aggregate) {
        return new Criterion(dimension + "." + id, dimension, id, 1, 1, List.of(), null, null, null, null, null, aggregate,
                null, null, List.of(), List.of(), null);
    }

    private static Rubric rubric(List<Criterion> prompt, List<Criterion> model) {
        List<Dimension> dimensions = new ArrayList<>();
        dimensions.add(new Dimension("prompt", "Prompts", null, 1, "collect prompts", prompt));
        dimensions.add(new Dimension("model", "Model", null, 1, "collect models", model));
        return new Rubric("test", "1", "Test", null, new TreeMap<>(Rubric.DEFAULT_LEVELS), dimensions, "test", "0");
    }

    private static Improvements improvements(Rubric rubric, List<CriterionResult> results) {
        return new Gains().of(rubric, results, new Scorer().score(rubric, results));
    }

    @Test
    void a_group_of_the_same_finding_earns_what_rescoring_without_it_shows() {
        Rubric rubric = rubric(List.of(), List.of());
        // prompt: versioned (w3) scores (1 + 0 + 0 + 0.5)/4 = 0.375, owned (w1) passes → 100·(3·0.375 + 1)/4 = 53.1
        CriterionResult versioned = judged("prompt", "versioned", 1, 3, 4, Criterion.Aggregate.MEAN,
                finding("a", 0, "prompt has no version"), finding("b", 0, "prompt has no version"),
                finding("c", 0.5, "prompt c has a revision only"));
        List<CriterionResult> results = List.of(versioned, judged("prompt", "owned", 1, 1, 1, Criterion.Aggregate.MEAN),
                judged("model", "pinned", 1, 1, 1, Criterion.Aggregate.MEAN, finding("m", 0, "model m floats")));
        Improvements gains = improvements(rubric, results);

        // fixing both unversioned prompts: (1 + 1 + 1 + 0.5)/4 = 0.875 → 100·(3·0.875 + 1)/4 = 90.6, +37.5
        Gain group = gains.findings().stream().filter(g -> "prompt has no version".equals(g.message())).findFirst().orElseThrow();
        assertThat(group.places()).isEqualTo(2);
        assertThat(group.points()).isEqualTo(37.5);
        // the mean of two dimensions of equal weight moves by half; the minimum (model, 0) not at all
        assertThat(group.meanPoints()).as("26.6 → 45.3, each mean rounded as the report shows it").isEqualTo(18.7);
        assertThat(group.scorePoints()).isEqualTo(0.0);
        Gain partial = gains.findings().stream().filter(g -> g.message().startsWith("prompt c")).findFirst().orElseThrow();
        assertThat(partial.points()).isEqualTo(9.4);
        Gain model = gains.findings().stream().filter(g -> g.criterion().equals("model.pinned")).findFirst().orElseThrow();
        assertThat(model.points()).isEqualTo(100.0);
        assertThat(model.scorePoints()).as("model is the lowest dimension: fixing it lifts the overall minimum to prompts' 53.1")
                .isEqualTo(53.1);
        assertThat(model.levelAfter()).isEqualTo(1);
        assertThat(gains.findings()).extracting(Gain::points).containsExactly(100.0, 37.5, 9.4);

        Gain whole = gains.criteria().stream().filter(g -> g.criterion().equals("prompt.versioned")).findFirst().orElseThrow();
        assertThat(whole.message()).isNull();
        assertThat(whole.places()).isEqualTo(3);
        assertThat(whole.points()).isEqualTo(46.9);
    }

    @Test
    void fixing_one_of_several_findings_of_a_min_criterion_earns_nothing() {
        Rubric rubric = rubric(List.of(criterion("prompt", "versioned", Criterion.Aggregate.MIN)), List.of());
        CriterionResult versioned = judged("prompt", "versioned", 1, 1, 3, Criterion.Aggregate.MIN,
                finding("a", 0, "a has no version"), finding("b", 0.5, "b has a revision only"));
        Improvements gains = improvements(rubric, List.of(versioned));
        assertThat(gains.findings()).extracting(Gain::message, Gain::points)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a has no version", 50.0),
                        org.assertj.core.groups.Tuple.tuple("b has a revision only", 0.0));
        assertThat(gains.criteria()).singleElement().extracting(Gain::points).isEqualTo(100.0);
    }

    @Test
    void the_next_level_lists_what_stands_in_its_way_and_what_criteria_alone_cannot_cure() {
        Rubric rubric = rubric(List.of(), List.of());
        List<CriterionResult> results = List.of(
                judged("prompt", "versioned", 1, 1, 2, Criterion.Aggregate.MEAN, finding("a", 0.0, "a has no version")),
                judged("prompt", "owned", 1, 1, 1, Criterion.Aggregate.MEAN),
                judged("prompt", "traced", 2, 1, 1, Criterion.Aggregate.MEAN, finding("t", 0.0, "no trace")),
                ScorerTest.unknown("prompt", "evaluated", 2, 1),
                judged("model", "pinned", 1, 1, 1, Criterion.Aggregate.MEAN));
        Improvements gains = improvements(rubric, results);
        NextLevel prompt = gains.nextLevels().stream().filter(n -> n.dimension().equals("prompt")).findFirst().orElseThrow();
        assertThat(prompt.level()).isEqualTo(1);
        assertThat(prompt.next()).isEqualTo(2);
        // versioned (level 1, at 0.5) must reach 1; traced (level 2) 0.5; evaluated is unknown; owned is fine
        assertThat(prompt.needs()).extracting(NextLevel.Need::criterion, NextLevel.Need::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prompt.versioned", 1.0),
                        org.assertj.core.groups.Tuple.tuple("prompt.traced", 0.5),
                        org.assertj.core.groups.Tuple.tuple("prompt.evaluated", 0.5));
        assertThat(prompt.needs().get(2).score()).isNull();
        assertThat(prompt.blocker()).isNull();
        NextLevel model = gains.nextLevels().stream().filter(n -> n.dimension().equals("model")).findFirst().orElseThrow();
        assertThat(model.needs()).isEmpty();
        assertThat(model.blocker()).isEqualTo("no applicable criterion measures level 2");
    }

    @Test
    void a_contradicted_link_is_named_as_the_blocker_above_level_1() {
        Rubric rubric = new Rubric("test", "1", "Test", null, new TreeMap<>(Rubric.DEFAULT_LEVELS),
                List.of(new Dimension("rag", "RAG", null, 1, "collect", List.of(), List.of("same-embedding-model"), false)),
                "test", "0");
        List<CriterionResult> results = List.of(judged("rag", "a", 1, 1, 1, Criterion.Aggregate.MEAN),
                judged("rag", "b", 2, 1, 1, Criterion.Aggregate.MEAN));
        ReportLink contradiction = new ReportLink("x -same-embedding-model-> y", "x", "y", "same-embedding-model",
                ReportLink.CONTRADICTED, "x and y differ");
        Overall overall = new Scorer().score(rubric, results, null, List.of(contradiction));
        NextLevel rag = new Gains().of(rubric, results, overall).nextLevels().get(0);
        assertThat(rag.level()).isEqualTo(1);
        assertThat(rag.needs()).isEmpty();
        assertThat(rag.blocker()).isEqualTo("a contradicted consistency link caps the level at 1");
    }

    @Test
    void nothing_audited_means_no_gains() {
        Rubric rubric = rubric(List.of(), List.of());
        Improvements gains = improvements(rubric, List.of(ScorerTest.unknown("prompt", "versioned", 1, 1)));
        assertThat(gains).isEqualTo(Improvements.NONE);
    }
}
