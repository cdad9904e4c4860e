package dev.rubric.cli;

import dev.rubric.engine.UserError;
import dev.rubric.render.Renderer;
import dev.rubric.engine.Renderers;
import dev.rubric.score.GateThresholds;
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
            description = "Report formats, comma-separated (available: json, html, md; default: ${DEFAULT-VALUE}).")
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

    @Mixin
    PresentationOptions presentation = new PresentationOptions();

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the summary: auto (when a terminal and NO_COLOR is unset), always, never.")
    String color;

    GateThresholds gates() {
        if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
            throw new UserError("--fail-under takes a score from 0 to 100, not " + failUnder);
        }
        if (minLevel != null && (minLevel < 0 || minLevel > 4)) {
            throw new UserError("--min-level takes a level from 0 to 4");
        }
        if (minCoverage != null && !(minCoverage >= 0 && minCoverage <= 100)) {
            throw new UserError("--min-coverage takes a percentage from 0 to 100, not " + minCoverage);
        }
        return new GateThresholds(failUnder, minLevel, minCoverage);
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
