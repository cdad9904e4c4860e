package dev.rubric.score;

import static dev.rubric.score.ScorerTest.known;
import static dev.rubric.score.ScorerTest.notApplicable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.ReportLink;
import dev.rubric.report.ReportScope;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Rubric;
import dev.rubric.yaml.Mark;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Honest dimension states: no vacuous level, the cap of a contradicted link, and why a dimension was not judged. */
class DimensionStatesTest {
    private static final List<String> PRODUCTION = List.of("production");

    private static Criterion reads(String dimension, String collection) {
        return new Criterion(dimension + ".a", dimension, "a", 1, 1, List.of(collection), null, null, null, null, null,
                Criterion.Aggregate.MEAN, null, null, List.of(), List.of(), new Mark(1, 1));
    }

    private static Rubric rubric(Dimension dimension) {
        return new Rubric("test", "1", "Test", null, new TreeMap<>(Rubric.DEFAULT_LEVELS), List.of(dimension), "test", "0");
    }

    private static Dimension finetune(List<String> links) {
        return new Dimension("finetune", "Fine-tuning", null, 1, "audit the training repository",
                List.of(reads("finetune", "fineTunes")), links, false);
    }

    private static ReportScope scope(List<ReportScope.Collection> collections, List<ReportScope.Note> notes) {
        return new ReportScope(PRODUCTION, true, List.of(), List.of(), null, Map.of(), collections, notes);
    }

    private static ReportLink link(String kind, String status) {
        return new ReportLink("a -" + kind + "-> b", "a", "b", kind, status, "adapter trained on llama-3-8b, serving mistral-7b");
    }

    private static DimensionResult only(Overall overall) {
        return overall.dimensions().get(0);
    }

    @Test
    void a_dimension_scoring_zero_is_never_identified() {
        DimensionResult d = only(new Scorer().score(ScorerTest.rubric("m"), List.of(known("m", "b", 2, 1, 0.0))));
        assertThat(d.score()).isZero();
        assertThat(d.level()).as("no level-1 criterion to meet, yet nothing was found traceable").isZero();
    }

    @Test
    void a_level_needs_a_known_criterion_that_measures_it() {
        DimensionResult d = only(new Scorer().score(ScorerTest.rubric("m"), List.of(
                notApplicable("m", "a", 1, 1), known("m", "b", 2, 1, 1.0))));
        assertThat(d.score()).isEqualTo(100.0);
        assertThat(d.level()).as("level 1 has no applicable criterion, so it is not reached, nor anything above it")
                .isZero();
    }

    @Test
    void a_contradicted_link_of_the_dimension_caps_it_at_level_1_and_is_named() {
        Rubric rubric = rubric(new Dimension("finetune", "Fine-tuning", null, 1, null, List.of(), List.of("adapter-base-model"), false));
        List<CriterionResult> results = List.of(known("finetune", "a", 1, 1, 1.0),
                known("finetune", "b", 2, 1, 1.0), known("finetune", "c", 3, 1, 1.0));
        Scorer scorer = new Scorer();
        assertThat(only(scorer.score(rubric, results, null, List.of(link("adapter-base-model", "verified")))).level())
                .isEqualTo(3);
        assertThat(only(scorer.score(rubric, results, null, List.of(link("served-by", "contradicted")))).level())
                .as("a contradiction of a kind another dimension owns").isEqualTo(3);
        DimensionResult capped = only(scorer.score(rubric, results, null, List.of(link("adapter-base-model", "contradicted"))));
        assertThat(capped.level()).isEqualTo(1);
        assertThat(capped.levelName()).isEqualTo("Identified");
        assertThat(capped.score()).as("the cap is on the level, not the score").isEqualTo(100.0);
        assertThat(capped.contradictions()).extracting(ReportLink::kind).containsExactly("adapter-base-model");
    }

    @Test
    void the_cap_never_raises_a_level() {
        Rubric rubric = rubric(new Dimension("finetune", "Fine-tuning", null, 1, null, List.of(), List.of("adapter-base-model"), false));
        DimensionResult d = only(new Scorer().score(rubric, List.of(known("finetune", "a", 1, 1, 0.2)), null,
                List.of(link("adapter-base-model", "contradicted"))));
        assertThat(d.level()).isZero();
    }

    @Test
    void not_applicable_says_what_was_not_found() {
        DimensionResult d = only(new Scorer().score(rubric(finetune(List.of())), List.of(notApplicable("finetune", "a", 1, 1)),
                scope(List.of(new ReportScope.Collection("prompts", 3, 0, Map.of(), 0)), List.of()), List.of()));
        assertThat(d.status()).isEqualTo(DimensionResult.State.NOT_APPLICABLE);
        assertThat(d.reason()).isEqualTo("no fine-tuning manifests or adapters were found");
    }

    @Test
    void not_applicable_says_when_everything_found_was_out_of_scope() {
        DimensionResult d = only(new Scorer().score(rubric(finetune(List.of())), List.of(notApplicable("finetune", "a", 1, 1)),
                scope(List.of(new ReportScope.Collection("fineTunes", 0, 2, Map.of("test", 2), 2)),
                        List.of(new ReportScope.Note("finetune", "fineTunes exist only in tests (2 files)"))), List.of()));
        assertThat(d.reason()).isEqualTo("fineTunes exist only in tests (2 files)");
    }

    @Test
    void a_dimension_every_system_has_is_not_audited_when_nothing_of_it_was_found() {
        Dimension environment = new Dimension("environment", "Environment", null, 1,
                "audit with --cluster or point at the manifests", List.of(reads("environment", "workloads")), List.of(), true);
        DimensionResult d = only(new Scorer().score(rubric(environment), List.of(notApplicable("environment", "a", 1, 1)),
                scope(List.of(), List.of()), List.of()));
        assertThat(d.status()).isEqualTo(DimensionResult.State.NOT_AUDITED);
        assertThat(d.reason()).isEqualTo("no Kubernetes workloads or Compose services were found");
        assertThat(d.howToAudit()).isEqualTo("audit with --cluster or point at the manifests");
        assertThat(new Scorer().score(rubric(environment), List.of(notApplicable("environment", "a", 1, 1)),
                scope(List.of(), List.of()), List.of()).level()).as("left out of the overall level").isNull();
    }

    @Test
    void not_audited_says_why_its_criteria_are_unknown() {
        DimensionResult d = only(new Scorer().score(ScorerTest.rubric("logs"),
                List.of(ScorerTest.unknown("logs", "a", 1, 1), ScorerTest.unknown("logs", "b", 1, 1))));
        assertThat(d.reason()).as("the same reason is said once")
                .isEqualTo("needs environments, not collected: no source fills it yet");
    }
}
