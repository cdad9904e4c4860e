package dev.rubric.render.terminal;

import static dev.rubric.render.TestReports.file;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.render.TestReports;
import dev.rubric.report.Finding;
import dev.rubric.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopFindingsTest {

    private static Report report() throws Exception {
        return TestReports.of(index -> index != 0 ? List.of() : List.of(
                new Finding("a", file("a.yaml", 3), 0, "model x is opaque"),
                new Finding("b", file("b.yaml", 7), 0, "model x is opaque"),
                new Finding("c", file("c.yaml", 9), 0, "model x is opaque"),
                new Finding("d", file("d.yaml", 1), 0.5, "model y has a revision only")));
    }

    private static String summary(Report report, int top) throws Exception {
        return TestReports.render(new TerminalRenderer(false, List.of("out/rubric-report.html", "out/rubric-report.md"), top), report);
    }

    @Test
    void the_same_finding_is_one_line_with_its_count_and_top_limits_the_lines() throws Exception {
        Report report = report();
        String all = summary(report, 5);
        assertThat(all).contains("Top findings (2 of 2; 4 places)")
                .containsPattern("model x is opaque  ×3  \\(services/app/a.yaml:3 and 2 more\\)  \\+\\d")
                .contains("model y has a revision only  (services/app/d.yaml:1)")
                .contains("Report: out/rubric-report.html, out/rubric-report.md");
        String one = summary(report, 1);
        assertThat(one).contains("Top findings (1 of 2; 4 places)").contains("model x is opaque").doesNotContain("model y");
        assertThat(summary(report, 0)).doesNotContain("Top findings").doesNotContain("model x");
    }
}
