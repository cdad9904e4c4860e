package dev.rubric.cli;

import dev.rubric.engine.Engine;
import dev.rubric.engine.EvidenceFile;
import dev.rubric.engine.UserError;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Collect evidence from the targets, judge it against the rubric and write the report.",
        footer = {"", "Examples:", "  rubric audit .", "  rubric audit services/invoice --fail-under 60 --min-level 1",
                "", ExitCodes.HELP})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    RubricCommand parent;

    @Mixin
    CollectOptions collect;

    @Mixin
    ReportOptions report;

    @Option(names = "--evidence-out", paramLabel = "FILE",
            description = "Also write the evidence JSON to FILE: the same bytes 'rubric collect' writes for the same "
                    + "targets, to re-judge later with 'rubric score'.")
    String evidenceOut;

    @Override
    public Integer call() {
        if ("-".equals(evidenceOut)) {
            throw new UserError("--evidence-out - is not available with audit: the summary goes to standard output; "
                    + "name a file, or use 'rubric collect --evidence-out -'");
        }
        Json.prepareInBackground(Evidence.class);
        return Outcome.judge(spec, report, collect.projectConfig(), ownOutput -> {
            Set<Path> excluded = new HashSet<>(ownOutput);
            if (evidenceOut != null) {
                excluded.add(Path.of(evidenceOut).toAbsolutePath().normalize());
            }
            Evidence evidence = new Engine().collect(collect.request(excluded, spec.commandLine().getErr(), parent.verbose),
                    ProgressLine.forStderr(spec.commandLine().getErr(), parent.verbose));
            if (evidenceOut != null) {
                EvidenceFile.write(evidence, Path.of(evidenceOut));
            }
            return Engine.toJson(evidence);
        });
    }
}
