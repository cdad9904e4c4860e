package dev.rubric.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.Status;
import dev.rubric.report.Waiver;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Rubric;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Waivers over judged criteria, on a fixed date: what they take out, when they lapse, when they are unused. */
class WaiversTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Criterion criterion(String id, Criterion.Aggregate aggregate) {
        return new Criterion(id, "prompt", id, 1, 2, List.of("prompts"), null, null, null, null, null, aggregate, null, null,
                List.of(), List.of(), null);
    }

    private static final Rubric RUBRIC = new Rubric("test", "1", "Test", null, new TreeMap<>(Rubric.DEFAULT_LEVELS),
            List.of(new Dimension("prompt", "Prompts", null, 1.0, null,
                    List.of(criterion("prompt.versioned", Criterion.Aggregate.MEAN), criterion("prompt.owned", Criterion.Aggregate.MIN)))),
            "test", "0");

    private static Finding finding(String path, double score) {
        return new Finding("repo/" + path, new ReportLocation("repo", path, 1, null, null, null, null, null, null, null, null,
                null, null), score, path + " falls short");
    }

    /** 4 subjects: 1 passed, 3 findings (legacy/a 0, legacy/b 0, new 0.5): mean 0.375. */
    private static CriterionResult versioned() {
        return new CriterionResult("prompt.versioned", "prompt", "versioned", 1, 2, Status.PARTIAL, 0.375, null, 4, 1,
                List.of(finding("prompts/legacy/a.prompty", 0), finding("prompts/legacy/b.prompty", 0),
                        finding("prompts/new.prompty", 0.5)), null, List.of(), List.of());
    }

    private static WaiverRule rule(String criterion, List<String> subjects, LocalDate expires) {
        return new WaiverRule(criterion, subjects, "frozen until the rewrite", "team-invoice", expires, "c.yaml:3:5");
    }

    @Test
    void anActiveWaiverTakesItsFindingsOutOfTheScore() {
        Waivers.Applied applied = Waivers.apply(List.of(rule("prompt.versioned", List.of("prompts/legacy/**"), TODAY)),
                List.of(versioned()), RUBRIC, TODAY);
        CriterionResult after = applied.results().get(0);
        // the two waived subjects are no longer judged: (1 + 0.5) / 2
        assertThat(after.score()).isEqualTo(0.75);
        assertThat(after.status()).isEqualTo(Status.PARTIAL);
        assertThat(after.subjects()).isEqualTo(2);
        assertThat(after.findings()).extracting(Finding::subject).containsExactly("repo/prompts/new.prompty");
        Waiver waiver = applied.waivers().get(0);
        assertThat(waiver.status()).isEqualTo(Waiver.ACTIVE);
        assertThat(waiver.expires()).isEqualTo("2026-12-06");
        assertThat(waiver.waived()).extracting(Finding::subject)
                .containsExactly("repo/prompts/legacy/a.prompty", "repo/prompts/legacy/b.prompty");
        assertThat(applied.anyWaived()).isTrue();
    }

    @Test
    void theDayAfterItsExpiryAWaiverStopsApplyingAndIsReportedExpired() {
        CriterionResult before = versioned();
        Waivers.Applied applied = Waivers.apply(List.of(rule("prompt.versioned", List.of("prompts/legacy/**"), TODAY.minusDays(1))),
                List.of(before), RUBRIC, TODAY);
        assertThat(applied.results().get(0)).isEqualTo(before);
        assertThat(applied.waivers().get(0).status()).isEqualTo(Waiver.EXPIRED);
        assertThat(applied.waivers().get(0).waived()).as("what it would still cover, so the owner sees what came back")
                .hasSize(2);
        assertThat(applied.anyWaived()).isFalse();
    }

    @Test
    void aWaiverSelectingNothingIsUnusedAndLooksAlikeDoNotMatch() {
        Waivers.Applied applied = Waivers.apply(List.of(
                // a folder of the same name elsewhere, a single-segment star that must not cross folders
                rule("prompt.versioned", List.of("legacy/**", "prompts/*.yaml", "prompts/*"), TODAY),
                rule("prompt.owned", List.of(), TODAY)), List.of(versioned()), RUBRIC, TODAY);
        assertThat(applied.waivers()).extracting(Waiver::status).containsExactly(Waiver.ACTIVE, Waiver.UNUSED);
        assertThat(applied.waivers().get(0).waived()).as("prompts/* is one folder deep: not prompts/legacy/…")
                .extracting(Finding::subject).containsExactly("repo/prompts/new.prompty");
    }

    @Test
    void everyShortfallWaivedPassesAndMinAggregatesOverWhatIsLeft() {
        CriterionResult owned = new CriterionResult("prompt.owned", "prompt", "owned", 1, 2, Status.FAIL, 0.0, null, 3, 1,
                List.of(finding("prompts/a.prompty", 0), finding("prompts/b.prompty", 0.5)), null, List.of(), List.of());
        CriterionResult onlyA = Waivers.apply(List.of(rule("prompt.owned", List.of("repo/prompts/a.prompty"), TODAY)),
                List.of(owned), RUBRIC, TODAY).results().get(0);
        assertThat(onlyA.score()).as("min over what is left").isEqualTo(0.5);
        CriterionResult all = Waivers.apply(List.of(rule("prompt.owned", List.of(), TODAY)), List.of(owned), RUBRIC, TODAY)
                .results().get(0);
        assertThat(all.status()).isEqualTo(Status.PASS);
        assertThat(all.score()).isEqualTo(1.0);
        assertThat(all.findings()).isEmpty();
    }

    @Test
    void aFindingIsTakenByTheFirstWaiverThatSelectsIt() {
        Waivers.Applied applied = Waivers.apply(List.of(rule("prompt.versioned", List.of(), TODAY),
                rule("prompt.versioned", List.of("prompts/**"), TODAY)), List.of(versioned()), RUBRIC, TODAY);
        assertThat(applied.waivers()).extracting(Waiver::status).containsExactly(Waiver.ACTIVE, Waiver.UNUSED);
    }

    @Test
    void aWaiverOfACriterionTheRubricLacksIsALocatedProblem() {
        assertThat(Waivers.problems(List.of(rule("prompt.versoined", List.of(), TODAY)), RUBRIC))
                .containsExactly("c.yaml:3:5: waiver names criterion 'prompt.versoined', which rubric test 1 does not have");
    }

    @Test
    void subjectGlobs() {
        assertThat(SubjectGlob.matches("prompts/**", "prompts/a/b.yaml")).isTrue();
        assertThat(SubjectGlob.matches("**/b.yaml", "prompts/a/b.yaml")).isTrue();
        assertThat(SubjectGlob.matches("prompts/*", "prompts/a/b.yaml")).isFalse();
        assertThat(SubjectGlob.matches("prompts/?.yaml", "prompts/b.yaml")).isTrue();
        assertThat(SubjectGlob.matches("prompts/?.yaml", "prompts/bc.yaml")).isFalse();
        assertThat(SubjectGlob.matches("repo/x.py#*", "repo/x.py#call-3")).isTrue();
        assertThat(SubjectGlob.matches("x", null)).isFalse();
        assertThat(SubjectGlob.matches("a*b*c*d*e*f*g*h*i*j*k", "a".repeat(10_000))).as("no backtracking blow-up").isFalse();
    }
}
