package dev.rubric.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.engine.Engine;
import dev.rubric.engine.SampleEvidence;
import dev.rubric.render.json.JsonRenderer;
import dev.rubric.render.terminal.TerminalRenderer;
import dev.rubric.report.Report;
import dev.rubric.report.ReportSource;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.GateThresholds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reports of the bundled samples, byte for byte: any change to what a user or a CI script
 * reads shows up here as a diff to review. After an intended change, regenerate with
 * {@code scripts/update-goldens} (or {@code mvn test -Dtest=GoldenReportTest -Drubric.updateGoldens=true})
 * and review the diff before committing it.
 */
class GoldenReportTest {
    static final Path GOLDEN = Path.of("src/test/resources/render/golden");
    private static final boolean UPDATE = Boolean.getBoolean("rubric.updateGoldens");
    // gates that the weak sample fails and the strong one passes, so both lines of the summary are seen
    private static final GateThresholds GATES = new GateThresholds(20.0, 1, 50.0);
    // a fixed version, so that a release does not rewrite the goldens
    private static final Report.ToolInfo TOOL = new Report.ToolInfo("rubric", "golden");
    private static final ReportSource.Revision REVISION = new ReportSource.Revision(SampleEvidence.HEAD, null, "main", false);

    @ParameterizedTest
    @ValueSource(strings = {"weak", "strong"})
    void the_sample_reports_are_unchanged(String sample) throws Exception {
        Report report = report("samples/invoice-rpa/" + sample);
        compare(GOLDEN.resolve(sample).resolve("rubric-report.json"), json(report));
        compare(GOLDEN.resolve(sample).resolve("summary.txt"), terminal(report));
    }

    static Report report(String sample) throws Exception {
        Engine engine = new Engine();
        Report r = engine.report(new RubricLoader().load(null),
                SampleEvidence.judged(sample),
                GATES, true);
        return new Report(r.schemaVersion(), TOOL, r.rubric(), r.scope(), r.complete(), r.level(), r.levelName(), r.score(),
                r.meanScore(), r.coverage(), r.scoreRange(), r.dimensions(), r.criteria(), r.links(), r.gates(),
                r.waivers(), r.withoutWaivers(), r.sources().stream().map(GoldenReportTest::fixedRevision).toList(), r.errors(),
                r.inventory(), r.improvements(), r.generatedAt());
    }

    /** The samples lie in this project's repository: its commit and branch would rewrite the goldens at every commit. */
    private static ReportSource fixedRevision(ReportSource s) {
        assertThat(s.revision()).as("the samples are audited inside a git repository").isNotNull();
        return new ReportSource(s.id(), s.location(), s.kind(), s.target(), s.status(), s.error(), s.stats(), REVISION,
                s.summary());
    }

    private static String json(Report report) throws IOException {
        return render(new JsonRenderer(), report);
    }

    private static String terminal(Report report) throws IOException {
        return render(new TerminalRenderer(false, List.of("rubric-report/rubric-report.json")), report);
    }

    static String render(Renderer renderer, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void compare(Path golden, String actual) throws Exception {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden %s (regenerate with scripts/update-goldens)", golden).exists();
        assertThat(actual).as("rendering compared with %s", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
