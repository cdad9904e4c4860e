package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -f html,md with a consultant's cover, and the usage errors of --logo and --top, through the command line. */
class HumanReportsCliTest {
    @TempDir
    Path tmp;

    @Test
    void html_and_markdown_are_written_with_the_cover_and_named_in_the_summary() throws Exception {
        Path logo = Files.write(tmp.resolve("logo.gif"), "GIF89a-tiny".getBytes(StandardCharsets.US_ASCII));
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("audit", CliTest.WEAK, "-f", "json,html,md", "-o", out.toString(), "--reproducible",
                "--title", "Traceability review", "--client", "ACME Bank", "--logo", logo.toString(), "--top", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out.resolve("rubric-report.html"));
        assertThat(html).contains("<h1>Traceability review</h1>").contains("Prepared for ACME Bank").contains("src=\"data:image/gif;base64,");
        assertThat(Files.readString(out.resolve("rubric-report.md"))).startsWith("## Traceability review — ACME Bank\n");
        assertThat(run.out()).contains("Top findings (2 of ").contains("rubric-report.html").contains("rubric-report.md");
    }

    @Test
    void a_bad_logo_or_top_is_a_usage_error_before_any_scan() {
        Path out = tmp.resolve("out");
        CliRun missing = CliRun.of("audit", CliTest.WEAK, "-f", "html", "-o", out.toString(), "--logo", tmp.resolve("none.png").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--logo '" + tmp.resolve("none.png") + "': no such file");
        assertThat(out).doesNotExist();
        CliRun top = CliRun.of("audit", CliTest.WEAK, "-o", out.toString(), "--top", "-1");
        assertThat(top.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(top.err()).contains("--top takes a number of findings, 0 or more, not -1");
    }
}
