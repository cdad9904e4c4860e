package dev.rubric.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.render.Branding;
import dev.rubric.render.FindingGroups;
import dev.rubric.render.TestReports;
import dev.rubric.render.html.Hostile;
import dev.rubric.report.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void a_huge_report_is_summarised_under_the_comment_limit_and_says_what_it_left_out() throws Exception {
        Report report = TestReports.huge(10_000);
        String md = TestReports.render(new MarkdownRenderer(), report);
        assertThat(md.length()).isLessThanOrEqualTo(MarkdownRenderer.LIMIT).isGreaterThan(MarkdownRenderer.LIMIT / 2);
        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThan(1024 * 1024);
        assertThat(md).contains("| Dimension | Score | Level | Coverage |").contains("### Biggest gains")
                .containsPattern("_\\d+ findings are left out to fit a pull-request comment; the HTML or JSON report lists every one._");
        int shown = md.split("\n- [❌⚠]", -1).length - 1;
        assertThat(shown).isLessThan(FindingGroups.of(report).size());
    }

    @Test
    void a_small_report_is_whole() throws Exception {
        String md = TestReports.render(new MarkdownRenderer(), TestReports.huge(20));
        assertThat(md).doesNotContain("left out").contains("### Findings (20)\n");
        assertThat(md.split("\n- [❌⚠]", -1)).hasSize(21);
    }

    @Test
    void hostile_text_stays_text_in_a_pull_request_comment() throws Exception {
        String md = TestReports.render(new MarkdownRenderer().branded(new Branding("Review | <b>x</b>", "@team", null)),
                Hostile.report());
        assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>").doesNotContain("@here")
                .doesNotContainPattern("(?<!\\\\)\\]\\(https").contains("\\[link\\]").contains("&lt;script&gt;").contains("\\{\\{title\\}\\}")
                .contains("Review \\| &lt;b&gt;x&lt;/b&gt; — &#64;team");
        // every line of the findings keeps its table or list shape: no value brings a line break
        assertThat(md.lines().filter(l -> l.contains("pwned"))).allMatch(l -> l.startsWith("- ") || l.startsWith("| "));
    }
}
