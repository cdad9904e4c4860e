package dev.rubric.render;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Report;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.ReportSource;
import dev.rubric.report.Status;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.Gains;
import dev.rubric.score.Overall;
import dev.rubric.score.Scorer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reports made for render tests from the built-in rubric and findings a test chooses, scored and
 * given their gains as the engine does (Scorer, then Gains), so the renderers see a real report.
 */
public final class TestReports {
    private static Rubric builtIn;

    private TestReports() {
    }

    public static synchronized Rubric rubric() throws Exception {
        if (builtIn == null) {
            builtIn = new RubricLoader().load(null);
        }
        return builtIn;
    }

    /** What a renderer writes for a report, as text. */
    public static String render(Renderer renderer, Report report) throws IOException {
        return GoldenReportTest.render(renderer, report);
    }

    public static ReportLocation file(String path, int line) {
        return new ReportLocation("app", path, line, null, null, null, null, null, null, null, null, null, null);
    }

    /** Every criterion of the built-in rubric judged; {@code findingsOf} gives each criterion's findings (empty: it passes). */
    public static Report of(IntFunction<List<Finding>> findingsOf) throws Exception {
        Rubric rubric = rubric();
        List<CriterionResult> results = new ArrayList<>();
        int index = 0;
        for (Criterion c : rubric.criteria()) {
            List<Finding> findings = findingsOf.apply(index++);
            int subjects = findings.size() + 1;
            double score = Math.round((1 + findings.stream().mapToDouble(f -> f.score()).sum()) / subjects * 10000) / 10000.0;
            results.add(new CriterionResult(c.id(), c.dimension(), c.title(), c.level(), c.weight(), Status.ofScore(score), score,
                    null, subjects, 1, findings, c.remediation(), c.references(), c.scenarios()));
        }
        Overall overall = new Scorer().score(rubric, results);
        ReportSource source = new ReportSource("app", file(".", 1), "repository", "services/app", ReportSource.OK, null,
                Map.of(), new ReportSource.Revision("0123456789abcdef0123456789abcdef01234567", null, "main", false), "3 files seen");
        return new Report(Report.SCHEMA_VERSION, new Report.ToolInfo("rubric", "test"),
                new Report.RubricInfo(rubric.name(), rubric.version(), rubric.title(), rubric.origin(), rubric.sha256(), rubric.levels()),
                null, true, overall.level(), overall.levelName(), overall.score(), overall.meanScore(), overall.coverage(),
                overall.scoreRange(), overall.dimensions(), results, List.of(), List.of(), List.of(), null, List.of(source), List.of(),
                null, new Gains().of(rubric, results, overall), null);
    }

    /**
     * {@code count} findings spread over every criterion, a pair of places per message, with paths and
     * messages as long as real ones: the load of the HTML benchmark and the Markdown limit test.
     */
    public static Report huge(int count) throws Exception {
        int criteria = rubric().criteria().size();
        return of(index -> {
            List<Finding> findings = new ArrayList<>();
            for (int i = index, j = 0; i < count; i += criteria, j++) {
                String message = index + "-" + j / 2;
                findings.add(new Finding("app/services/svc-" + (i % 50) + "/src/module_" + i + ".py#model:" + i,
                        file("services/svc-" + (i % 50) + "/src/handlers/module_" + message + ".py", 1 + i % 400), (i % 3) / 4.0,
                        "model gpt-4o-mini-" + message + " is floating: an alias; the vendor can point it at a newer snapshot "
                                + "without notice, and yesterday's answers cannot be reproduced"));
            }
            return findings;
        });
    }
}
