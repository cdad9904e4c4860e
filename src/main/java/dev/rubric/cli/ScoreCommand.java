package dev.rubric.cli;

import dev.rubric.engine.Engine;
import dev.rubric.engine.EvidenceFile;
import java.nio.file.Path;
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
        return Outcome.judge(spec, report, () -> Engine.link(EvidenceFile.read(evidence)));
    }
}
