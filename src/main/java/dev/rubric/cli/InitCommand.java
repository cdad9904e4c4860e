package dev.rubric.cli;

import dev.rubric.config.ProjectConfig;
import dev.rubric.config.StarterConfig;
import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.Engine;
import dev.rubric.engine.StarterFile;
import dev.rubric.engine.UserError;
import dev.rubric.report.Report;
import dev.rubric.rubric.Rubric;
import dev.rubric.score.GateThresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Audit a repository and write a commented starter .rubric.yaml into it: its targets and scope, the "
                + "dimensions that apply, and gates at today's level and score.",
        footer = {"", "Examples:", "  rubric init", "  rubric init services/invoice --force", "",
                "Exit codes:", "  0  the file was written", "  2  usage error, or .rubric.yaml exists (use --force)",
                "  4  internal error"})
final class InitCommand implements Callable<Integer> {
    private static final long MAX_FILE_BYTES = 5L << 20;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "The repository folder to audit and write .rubric.yaml into (default: the current directory).")
    Path directory;

    @Option(names = "--force", description = "Replace an existing .rubric.yaml.")
    boolean force;

    @Option(names = "--rubric", paramLabel = "FILE", description = "Rubric to judge with (default: the built-in rubric).")
    String rubricFile;

    @Override
    public Integer call() {
        if (!Files.isDirectory(directory)) {
            throw new UserError(directory + " is not a folder; rubric init writes .rubric.yaml into a repository folder");
        }
        Path file = directory.resolve(ProjectConfig.FILE_NAME);
        if (Files.exists(file) && !force) {
            throw new UserError(file + " already exists; rubric init does not overwrite it (use --force to replace it)");
        }
        Rubric rubric = Rubrics.loadOrReport(rubricFile, spec.commandLine().getErr());
        if (rubric == null) {
            return ExitCodes.USAGE;
        }
        // the existing file is not read: it may be the invalid one being replaced
        Engine engine = new Engine();
        Report report = engine.report(rubric, Engine.toJson(engine.collect(
                new CollectRequest(List.of(directory.toString()), MAX_FILE_BYTES, Set.of()))), GateThresholds.none(), true);
        StarterFile.write(file, StarterConfig.text(report), force);
        spec.commandLine().getOut().println("Wrote " + file + (report.level() == null ? ""
                : " (gates at today's level " + report.level() + ", score " + report.score() + "); review it and commit it."));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
