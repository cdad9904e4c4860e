package dev.rubric.render.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.report.Finding;
import dev.rubric.report.Gate;
import dev.rubric.report.Range;
import dev.rubric.report.Report;
import dev.rubric.report.Waiver;
import dev.rubric.report.WithoutWaivers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary shows the score without waivers, the waivers someone must act on, and what regressed. */
class WaiverLinesTest {
    private static final Finding FINDING = new Finding("repo/prompts/a.prompty", null, 0, "prompt a has no version");

    private static String summary(List<Gate> gates, List<Waiver> waivers, WithoutWaivers without) throws Exception {
        Report report = new Report(Report.SCHEMA_VERSION, new Report.ToolInfo("rubric", "test"),
                new Report.RubricInfo("t", "1", "Test", "test", null), null, true, 1, "Identified", 80.0, 80.0, 1.0,
                new Range(80.0, 80.0), List.of(), List.of(), List.of(), gates, waivers, without, List.of(), List.of(), null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TerminalRenderer(false, List.of()).render(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void waiversSayWhatTheyLiftAndWhichLapsedOrSelectNothing() throws Exception {
        String text = summary(List.of(), List.of(
                new Waiver("prompt.versioned", List.of("prompts/**"), "frozen", "team-a", "2099-01-01", Waiver.ACTIVE,
                        List.of(FINDING, FINDING)),
                new Waiver("model.pinned", List.of(), "vendor", "alice", "2020-01-01", Waiver.EXPIRED, List.of(FINDING)),
                new Waiver("code.owned", List.of("legacy/**"), "gone", "bob", "2099-01-01", Waiver.UNUSED, List.of())),
                new WithoutWaivers(0, 42.5, 50.0, List.of()));
        assertThat(text).contains("Waivers (1 active, 2 findings waived)")
                .contains("  without waivers: score 42.5, level 0 (with: 80.0, level 1)")
                .contains("  expired 2020-01-01: model.pinned (every subject), owner alice — 1 finding(s) count again")
                .contains("  unused: code.owned (legacy/**) selects no finding; remove it")
                .doesNotContain("prompt.versioned (prompts/**)");
    }

    @Test
    void noWaiversNoSection() throws Exception {
        assertThat(summary(List.of(), List.of(), null)).doesNotContain("Waivers");
    }

    @Test
    void theBaselineGateSaysWhatRegressedOrWhyItCannotCompare() throws Exception {
        String text = summary(List.of(
                new Gate(Gate.NO_REGRESSION, 0, 0.0, Gate.PASSED, "no score may be worse than in base.json"),
                new Gate(Gate.NO_REGRESSION, 0, 1.0, Gate.FAILED,
                        "no score may be worse than in base.json; regressed: overall score: 60.0 → 50.0"),
                new Gate(Gate.NO_REGRESSION, 0, null, Gate.INCOMPARABLE, "incomparable: base.json was judged by rubric t 0.9")),
                List.of(), null);
        assertThat(text).contains("  ✓ no-regression: nothing regressed\n")
                .contains("  ✗ no-regression: regressed: overall score: 60.0 → 50.0\n")
                .contains("  ✗ no-regression: incomparable: base.json was judged by rubric t 0.9\n")
                .doesNotContain("1 < 0");
    }
}
