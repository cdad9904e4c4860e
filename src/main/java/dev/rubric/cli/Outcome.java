package dev.rubric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.engine.Engine;
import dev.rubric.engine.ReportWriter;
import dev.rubric.render.Renderer;
import dev.rubric.render.terminal.TerminalRenderer;
import dev.rubric.report.Report;
import dev.rubric.report.ReportSource;
import dev.rubric.rubric.Rubric;
import dev.rubric.score.GateThresholds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** The shared path of audit and score: options → engine (judge, write the files) → summary and exit code. */
final class Outcome {
    private Outcome() {
    }

    /** The reason for exit code 3, one line per source that could not be read. */
    static void reportFailedSource(String target, String error, PrintWriter err) {
        err.println("rubric: " + target + " could not be read: " + error);
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
        List<Path> written = new ReportWriter(options.out).write(report, renderers);
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary(report, colour, written));
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (ReportSource source : report.sources()) {
            if (source.failed()) {
                reportFailedSource(source.target(), source.error(), err);
            }
        }
        err.flush();
        if (report.anySourceFailed()) {
            return ExitCodes.SOURCE_UNREADABLE;
        }
        return report.gateFailed() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
    }

    // picocli's streams are writers, a renderer writes bytes
    private static String summary(Report report, boolean colour, List<Path> written) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new TerminalRenderer(colour, written.stream().map(Path::toString).toList()).render(report, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
