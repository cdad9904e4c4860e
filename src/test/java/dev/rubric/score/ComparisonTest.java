package dev.rubric.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The buckets of a comparison, for the transitions a criterion can make between two reports. */
class ComparisonTest {
    private static Snapshot.Measure criterion(String status, Double score) {
        return new Snapshot.Measure(score, null, status);
    }

    private static Snapshot snapshot(String version, Double score, Map<String, Snapshot.Measure> criteria) {
        return new Snapshot("r-" + version, "rubric", version, score, 1,
                Map.of("prompt", new Snapshot.Measure(score, 1, "audited")), criteria);
    }

    @Test
    void eachTransitionLandsInItsBucket() {
        Snapshot before = snapshot("1", 50.0, Map.of(
                "a.lower", criterion("partial", 0.5),
                "b.higher", criterion("partial", 0.5),
                "c.same", criterion("pass", 1.0),
                "d.now-unknown", criterion("pass", 1.0),
                "e.newly-failing", criterion("not_applicable", null),
                "f.newly-passing", criterion("unknown", null),
                "g.no-longer-applies", criterion("fail", 0.0),
                "h.applies-and-passes", criterion("not_applicable", null)));
        Snapshot after = snapshot("1", 50.0, Map.of(
                "a.lower", criterion("fail", 0.0),
                "b.higher", criterion("pass", 1.0),
                "c.same", criterion("pass", 1.0),
                "d.now-unknown", criterion("unknown", null),
                "e.newly-failing", criterion("fail", 0.0),
                "f.newly-passing", criterion("pass", 1.0),
                "g.no-longer-applies", criterion("not_applicable", null),
                "h.applies-and-passes", criterion("pass", 1.0)));
        Comparison comparison = Comparison.of(before, after);
        assertThat(comparison.regressions()).extracting(Comparison.Change::subject)
                .containsExactly("criterion a.lower", "criterion d.now-unknown", "criterion e.newly-failing");
        assertThat(comparison.regressions().get(2).after()).isEqualTo("fail 0.00 (newly failing)");
        assertThat(comparison.improvements()).extracting(Comparison.Change::subject)
                .containsExactly("criterion b.higher", "criterion f.newly-passing", "criterion g.no-longer-applies");
        // overall score and level, prompt score and level, c.same, h.applies-and-passes
        assertThat(comparison.unchanged()).isEqualTo(6);
        assertThat(comparison.regressed()).isTrue();
    }

    @Test
    void anotherRubricVersionComparesNothing() {
        Comparison comparison = Comparison.of(snapshot("1", 50.0, Map.of()), snapshot("2", 10.0, Map.of()));
        assertThat(comparison.incomparable()).isEqualTo("r-1 was judged by rubric rubric 1, r-2 by rubric 2: criteria and "
                + "weights may differ, so scores cannot be compared");
        assertThat(comparison.regressions()).isEmpty();
        assertThat(comparison.regressed()).as("what cannot be compared cannot be called safe").isTrue();
    }

    @Test
    void aDimensionNoLongerAuditedRegresses() {
        Snapshot before = snapshot("1", 50.0, Map.of());
        Snapshot after = new Snapshot("r-1", "rubric", "1", 50.0, 1, Map.of("prompt", new Snapshot.Measure(null, null,
                "not_audited")), Map.of());
        assertThat(Comparison.of(before, after).regressions()).extracting(Object::toString)
                .containsExactly("dimension prompt score: 50.0 → not audited", "dimension prompt level: 1 → not audited");
    }
}
