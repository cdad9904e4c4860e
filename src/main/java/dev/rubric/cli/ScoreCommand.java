package dev.rubric.cli;

import dev.rubric.engine.ByteSize;
import dev.rubric.engine.Engine;
import dev.rubric.engine.EvidenceFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    // JSON read into a tree takes several times its size in memory: at the default Java heap of a
    // quarter of the machine's memory, 256MB of evidence needs a large machine already
    @Option(names = "--max-evidence-size", paramLabel = "SIZE", defaultValue = "256MB",
            description = "Refuse evidence files larger than this (default: ${DEFAULT-VALUE}, at most 1GB).")
    String maxEvidenceSize;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read gates and waivers from this .rubric.yaml (see docs/config.md); gate options replace "
                    + "the file's gates of the same name.")
    String config;

    @Override
    public Integer call() {
        long maxBytes = ByteSize.parse("--max-evidence-size", maxEvidenceSize);
        return Outcome.judge(spec, report, config == null ? null : ProjectConfigs.load(config),
                ownOutput -> Engine.link(EvidenceFile.read(evidence, maxBytes)));
    }
}
