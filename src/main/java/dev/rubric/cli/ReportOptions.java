package dev.rubric.cli;

import dev.rubric.engine.UserError;
import dev.rubric.render.Renderer;
import dev.rubric.engine.Renderers;
import dev.rubric.config.ProjectConfig;
import dev.rubric.engine.ReportSnapshots;
import dev.rubric.score.GateThresholds;
import dev.rubric.score.Snapshot;
import dev.rubric.score.WaiverRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How to judge and where to write: rubric, gates, formats, output directory, colour. */
final class ReportOptions {
    @Option(names = "--rubric", paramLabel = "FILE",
            description = "Rubric to judge with (default: the built-in agentic-ai rubric).")
    String rubric;

    @Option(names = {"-f", "--format"}, paramLabel = "LIST", split = ",", defaultValue = "json",
            description = "Report formats, comma-separated (available: json, html, md, sarif, junit, cyclonedx; default: ${DEFAULT-VALUE}).")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "rubric-report",
            description = "Directory for the report files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--reproducible", description = "Omit the generation time, so the same input gives byte-identical reports.")
    boolean reproducible;

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Exit 1 when the overall score (0-100, the minimum over dimensions) is below SCORE.")
    Double failUnder;

    @Option(names = "--min-level", paramLabel = "LEVEL", description = "Exit 1 when the overall maturity level (0-4) is below LEVEL.")
    Integer minLevel;

    @Option(names = "--min-coverage", paramLabel = "PERCENT", description = "Exit 1 when less than PERCENT of the applicable criterion weight could be evaluated.")
    Double minCoverage;

    @Option(names = "--baseline", paramLabel = "REPORT",
            description = "Fail (exit 1) when this audit regresses from an earlier JSON report: a lower overall or "
                    + "dimension score or level, or a newly failing criterion. A report from another rubric id or "
                    + "version is incomparable, which fails too.")
    String baseline;

    @Mixin
    PresentationOptions presentation = new PresentationOptions();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the summary: auto (when a terminal and NO_COLOR is unset), always, never.")
    String color;

    /**
     * The gates of the command line, each replacing the config file's gate of the same name; the
     * per-dimension gates and the baseline come from the file unless --baseline names one.
     */
    GateThresholds gates(ProjectConfig config) {
        if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
            throw new UserError("--fail-under takes a score from 0 to 100, not " + failUnder);
        }
        if (minLevel != null && (minLevel < 0 || minLevel > 4)) {
            throw new UserError("--min-level takes a level from 0 to 4");
        }
        if (minCoverage != null && !(minCoverage >= 0 && minCoverage <= 100)) {
            throw new UserError("--min-coverage takes a percentage from 0 to 100, not " + minCoverage);
        }
        ProjectConfig.Gates file = config == null ? ProjectConfig.Gates.NONE : config.gates();
        return new GateThresholds(failUnder != null ? failUnder : file.failUnder(),
                minLevel != null ? minLevel : file.minLevel(), minCoverage != null ? minCoverage : file.minCoverage(),
                file.dimensions(), baseline(config, file));
    }

    private Snapshot baseline(ProjectConfig config, ProjectConfig.Gates file) {
        if (baseline != null) {
            return ReportSnapshots.read(Path.of(baseline), baseline);
        }
        if (file.noRegression() == null) {
            return null;
        }
        if (file.noRegression().equals(ProjectConfig.Gates.FROM_COMMAND_LINE)) {
            throw new UserError(config.file() + ": gates.noRegression is true, so the baseline report must be given "
                    + "with --baseline REPORT.json");
        }
        String path = ProjectConfigs.besideConfig(config, file.noRegression());
        return ReportSnapshots.read(Path.of(path), path);
    }

    List<WaiverRule> waivers(ProjectConfig config) {
        return config == null ? List.of() : config.waivers();
    }

    List<Renderer> renderers() {
        List<String> unknown = new ArrayList<>();
        List<Renderer> selected = Renderers.select(formats, unknown);
        if (!unknown.isEmpty()) {
            String named = "'" + String.join("', '", unknown) + "'";
            throw new UserError((unknown.size() == 1 ? "unknown report format " : "unknown report formats ") + named
                    + " (available: " + String.join(", ", Renderers.formats()) + ")");
        }
        return selected;
    }

    boolean colour() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.getenv("NO_COLOR") == null && System.console() != null;
            default -> throw new UserError("--color takes auto, always or never, not '" + color + "'");
        };
    }
}
