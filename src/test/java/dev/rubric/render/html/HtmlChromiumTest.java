package dev.rubric.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.render.TestReports;
import dev.rubric.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in real headless Chromium (Debian's), JavaScript disabled, driven by
 * playwright-core through src/test/js/check-html.cjs: what a reader's browser does with it, which
 * string checks cannot show — whether the Content-Security-Policy admits the stylesheet (a refused
 * one is a console error), whether anything is fetched, how hostile text is shown and whether long
 * text wraps. RUBRIC_TEST_CHROMIUM names the browser and RUBRIC_PLAYWRIGHT_DIR the folder holding
 * node_modules/playwright-core (.ci/setup-rep-html installs both); without them the test is skipped
 * locally, and fails under .ci/run (RUBRIC_CI=1).
 */
class HtmlChromiumTest {
    private static final String CHECKER = "src/test/js/check-html.cjs";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void chromium() {
        String browser = System.getenv("RUBRIC_TEST_CHROMIUM");
        String playwright = System.getenv("RUBRIC_PLAYWRIGHT_DIR");
        if (browser == null || browser.isBlank() || playwright == null || playwright.isBlank()) {
            if ("1".equals(System.getenv("RUBRIC_CI"))) {
                fail("RUBRIC_TEST_CHROMIUM and RUBRIC_PLAYWRIGHT_DIR must be set: .ci/setup-rep-html installs chromium and playwright-core");
            }
            assumeTrue(false, "RUBRIC_TEST_CHROMIUM / RUBRIC_PLAYWRIGHT_DIR not set; the HTML report is not opened in a browser");
        }
    }

    private static JsonNode open(Report report, String name, int width) throws Exception {
        Path html = tmp.resolve(name + ".html");
        Files.writeString(html, TestReports.render(new HtmlRenderer(), report), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("node", CHECKER, html.toString(), "--width", String.valueOf(width)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish within 120 s");
        }
        assertThat(process.exitValue()).as("check-html.cjs exit code").isZero();
        return new ObjectMapper().readTree(out);
    }

    @Test
    void hostile_text_shows_as_text_wraps_and_nothing_runs_or_loads() throws Exception {
        for (int width : new int[] {1280, 390}) {
            JsonNode seen = open(Hostile.report(), "hostile-" + width, width);
            assertThat(seen.get("consoleErrors")).as("console errors (a CSP violation is one)").isEmpty();
            assertThat(seen.get("requests")).as("requests").hasSize(1);
            assertThat(seen.get("requests").get(0).asText()).isEqualTo(seen.get("url").asText());
            assertThat(seen.get("scripts").asInt()).as("script elements").isZero();
            assertThat(seen.get("title").asText()).isEqualTo("Agentic AI traceability report");
            String text = seen.get("text").asText();
            assertThat(text).contains(Hostile.SCRIPT).contains(Hostile.MUSTACHE).contains(Hostile.QUOTES);
            // the 5,000-character line is there whole, wrapped, and pushes nothing past the viewport
            assertThat(text.replace("\n", "")).contains(Hostile.LONG_LINE);
            assertThat(seen.get("wide")).as("elements past the right edge at width %d", width).isEmpty();
            assertThat(seen.get("scrollWidth").asInt()).isLessThanOrEqualTo(seen.get("clientWidth").asInt());
        }
    }

    @Test
    void a_stylesheet_the_policy_does_not_hash_is_refused_which_is_how_the_first_test_knows_the_policy_is_in_force()
            throws Exception {
        Path html = tmp.resolve("tampered.html");
        String page = TestReports.render(new HtmlRenderer(), TestReports.huge(10)).replace("<style>", "<style>body{color:red}");
        Files.writeString(html, page, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder("node", CHECKER, html.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode seen = new ObjectMapper().readTree(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.get("consoleErrors").toString()).contains("Content Security Policy");
    }
}
