package dev.rubric.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.engine.Engine;
import dev.rubric.engine.EvidenceFile;
import dev.rubric.render.Renderer;
import dev.rubric.report.Report;
import dev.rubric.rubric.Rubric;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Judge saved evidence (from 'rubric collect') and write the report, exactly as 'rubric audit' would.",
        footer = {"", ExitCodes.HELP})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EVIDENCE", description = "Evidence JSON written by 'rubric collect'.")
    Path evidence;

    @Mixin
    ReportOptions report;

    @Override
    public Integer call() {
        Rubric rubric = Rubrics.loadOrReport(report.rubric, spec.commandLine().getErr());
        if (rubric == null) {
            return ExitCodes.USAGE;
        }
        List<Renderer> renderers = report.renderers();
        JsonNode json = EvidenceFile.read(evidence);
        Report result = new Engine().report(rubric, json, report.gates(), report.reproducible);
        return Outcome.finish(result, report, renderers, spec.commandLine().getOut());
    }
}
