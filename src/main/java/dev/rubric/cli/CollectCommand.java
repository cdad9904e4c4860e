package dev.rubric.cli;

import dev.rubric.engine.Engine;
import dev.rubric.engine.EvidenceFile;
import dev.rubric.engine.Subjects;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import dev.rubric.evidence.Source;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "collect", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Collect evidence only, to judge later with 'rubric score' (possibly against another rubric).",
        footer = {"", "Example:", "  rubric collect . --evidence-out evidence.json && rubric score evidence.json",
                "", ExitCodes.HELP})
final class CollectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RubricCommand parent;

    @Mixin
    CollectOptions collect;

    @Option(names = "--evidence-out", paramLabel = "FILE", defaultValue = "rubric-evidence.json",
            description = "Where to write the evidence JSON; '-' for standard output (default: ${DEFAULT-VALUE}).")
    String evidenceOut;

    @Override
    public Integer call() {
        Set<Path> excluded = evidenceOut.equals("-") ? Set.of() : Set.of(Path.of(evidenceOut).toAbsolutePath().normalize());
        Json.prepareInBackground(Evidence.class);
        Evidence evidence = new Engine().collect(collect.request(excluded, spec.commandLine().getErr(), parent.verbose),
                ProgressLine.forStderr(spec.commandLine().getErr(), parent.verbose));
        PrintWriter out = spec.commandLine().getOut();
        if (evidenceOut.equals("-")) {
            EvidenceFile.print(evidence, out);
        } else {
            EvidenceFile.write(evidence, Path.of(evidenceOut));
            out.printf("Evidence: %s (%d sources, %d subjects, %d errors)%n", evidenceOut, evidence.sources().size(),
                    Subjects.count(evidence), evidence.errors().size());
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Source source : evidence.sources()) {
            if (Source.FAILED.equals(source.status())) {
                Outcome.reportFailedSource(source.target(), source.error(), err);
            }
        }
        err.flush();
        return Engine.anySourceFailed(evidence.sources()) ? ExitCodes.SOURCE_UNREADABLE : ExitCodes.OK;
    }
}
