package dev.rubric.render;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Inventory;
import dev.rubric.report.Range;
import dev.rubric.report.Report;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.ReportSource;
import dev.rubric.report.Status;
import dev.rubric.report.Waiver;
import java.util.List;
import java.util.Map;

/** Small hand-built reports for the machine-read renderers' tests: each names exactly what a test is about. */
public final class MachineReports {
    private MachineReports() {
    }

    public static String render(Renderer renderer, Report report) throws java.io.IOException {
        return GoldenReportTest.render(renderer, report);
    }

    public static ReportLocation file(String path, Integer line, Integer column) {
        return new ReportLocation("app", path, line, column, null, null, null, null, null, null, null, null, null);
    }

    public static ReportLocation object(String path, String namespace, String kind, String name) {
        return new ReportLocation("app", path, null, null, null, namespace, kind, name, null, null, null, null, null);
    }

    public static ReportLocation liveObject(String namespace, String kind, String name) {
        return new ReportLocation("app", null, null, null, "prod-cluster", namespace, kind, name, null, null, null, null, null);
    }

    public static CriterionResult criterion(String id, double weight, Status status, Double score, String reason,
                                            List<Finding> findings) {
        String dimension = id.substring(0, id.indexOf('.'));
        return new CriterionResult(id, dimension, "Title of " + id, 1, weight, status, score, reason,
                findings.size() + 1, 1, findings, "Why " + id + " matters", "Fix it:\n  key: value\nThen rerun.",
                List.of("A reference"), List.of("invoice-rpa"));
    }

    public static Report report(List<CriterionResult> criteria, List<Waiver> waivers, Inventory inventory, String generatedAt) {
        List<DimensionResult> dimensions = criteria.stream().map(CriterionResult::dimension).distinct()
                .map(d -> new DimensionResult(d, "Dimension " + d, DimensionResult.State.AUDITED, 50.0, 1, "Identified", 1.0,
                        new Range(50.0, 50.0), 1, Map.of(), null, null, List.of()))
                .toList();
        ReportSource source = new ReportSource("app", file(".", null, null), "directory", "path/to/app", ReportSource.OK,
                null, Map.of(), new ReportSource.Revision("abc123", null, "main", false), null);
        return new Report(Report.SCHEMA_VERSION, new Report.ToolInfo("rubric", "1.2.3"),
                new Report.RubricInfo("test-rubric", "1.0.0", "Test", "built-in", null), null, true, 1, "Identified", 50.0,
                50.0, 1.0, new Range(50.0, 50.0), dimensions, criteria, List.of(), List.of(), waivers, null, List.of(source),
                List.of(), inventory, null, generatedAt);
    }
}
