package dev.rubric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.engine.Engine;
import dev.rubric.engine.ReportWriter;
import dev.rubric.render.Renderer;
import dev.rubric.render.terminal.TerminalRenderer;
import dev.rubric.report.Report;
import dev.rubric.report.ReportSource;
import dev.rubric.rubric.Rubric;
import dev.rubric.config.ProjectConfig;
import dev.rubric.engine.UserError;
import dev.rubric.score.GateThresholds;
import dev.rubric.score.Gates;
import dev.rubric.score.WaiverRule;
import dev.rubric.score.Waivers;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
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
    static int judge(CommandSpec spec, ReportOptions options, ProjectConfig config, Function<Set<Path>, JsonNode> evidence) {
        Rubric rubric = Rubrics.loadOrReport(options.rubric, spec.commandLine().getErr());
        if (rubric == null) {
            return ExitCodes.USAGE;
        }
        List<Renderer> renderers = options.presentation.brand(options.renderers());
        GateThresholds gates = options.gates(config);
        List<WaiverRule> waivers = options.waivers(config);
        List<String> problems = new ArrayList<>(Gates.problems(gates, rubric));
        problems.addAll(Waivers.problems(waivers, rubric));
        if (!problems.isEmpty()) {
            throw new UserError("invalid configuration:\n" + String.join("\n", problems));
        }
        boolean colour = options.colour();
        ReportWriter writer = new ReportWriter(options.out);
        writer.checkDirectory();
        Report report = new Engine().report(rubric, evidence.apply(ownOutput(writer, options.out, renderers)), gates,
                waivers, LocalDate.now(ZoneOffset.UTC), options.reproducible);
        List<Path> written = writer.write(report, renderers);
        PrintWriter out = spec.commandLine().getOut();
        out.print(summary(report, colour, written, options.presentation.top));
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

    /**
     * The report folder and files, which an audit must not read: the folder may not exist yet, or
     * be the audited folder itself, and the second run must see what the first saw.
     */
    private static Set<Path> ownOutput(ReportWriter writer, Path out, List<Renderer> renderers) {
        Set<Path> paths = new HashSet<>();
        paths.add(out.toAbsolutePath().normalize());
        writer.files(renderers).forEach(file -> paths.add(file.toAbsolutePath().normalize()));
        return paths;
    }

    // picocli's streams are writers, a renderer writes bytes
    private static String summary(Report report, boolean colour, List<Path> written, int top) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new TerminalRenderer(colour, written.stream().map(Path::toString).toList(), top).render(report, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
