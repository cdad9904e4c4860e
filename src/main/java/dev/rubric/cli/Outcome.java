package dev.rubric.cli;

import dev.rubric.engine.Engine;
import dev.rubric.render.Renderer;
import dev.rubric.render.terminal.TerminalSummary;
import dev.rubric.report.Report;
import java.io.PrintWriter;
import java.util.List;

/** The shared end of audit and score: write the files, print the summary, choose the exit code. */
final class Outcome {
    private Outcome() {
    }

    static int finish(Report report, ReportOptions options, List<Renderer> renderers, PrintWriter out) {
        List<String> written = options.write(report, renderers);
        out.print(new TerminalSummary(options.colour()).render(report, written));
        out.flush();
        if (Engine.anySourceFailed(report.sources())) {
            return ExitCodes.SOURCE_UNREADABLE;
        }
        return report.gateFailed() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
    }
}
