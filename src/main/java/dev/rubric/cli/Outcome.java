package dev.rubric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.engine.Engine;
import dev.rubric.evidence.Source;
import dev.rubric.render.Renderer;
import dev.rubric.render.terminal.TerminalSummary;
import dev.rubric.report.Report;
import dev.rubric.rubric.Rubric;
import dev.rubric.score.GateThresholds;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** The shared path of audit and score: check the request, judge, write the files, print, exit code. */
final class Outcome {
    private Outcome() {
    }

    /** One line per source that could not be read: the reason for exit code 3. */
    static void reportFailedSources(List<Source> sources, PrintWriter err) {
        for (Source source : sources) {
            if (Source.FAILED.equals(source.status())) {
                err.println("rubric: " + source.target() + " could not be read: " + source.error());
            }
        }
        err.flush();
    }

    /**
     * Everything the user asked for is checked (rubric, formats, gates) before the evidence is
     * obtained, so a mistake costs no scan.
     */
    static int judge(CommandSpec spec, ReportOptions options, Supplier<JsonNode> evidence) {
        Rubric rubric = Rubrics.loadOrReport(options.rubric, spec.commandLine().getErr());
        if (rubric == null) {
            return ExitCodes.USAGE;
        }
        List<Renderer> renderers = options.renderers();
        GateThresholds gates = options.gates();
        boolean colour = options.colour();
        Report report = new Engine().report(rubric, evidence.get(), gates, options.reproducible);
        List<String> written = options.write(report, renderers);
        PrintWriter out = spec.commandLine().getOut();
        out.print(new TerminalSummary(colour).render(report, written));
        out.flush();
        reportFailedSources(report.sources(), spec.commandLine().getErr());
        if (Engine.anySourceFailed(report.sources())) {
            return ExitCodes.SOURCE_UNREADABLE;
        }
        return report.gateFailed() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
    }
}
