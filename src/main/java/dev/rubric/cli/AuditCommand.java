package dev.rubric.cli;

import dev.rubric.engine.Engine;
import dev.rubric.evidence.Json;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() {
        Json.prepareInBackground();
        return Outcome.judge(spec, report, ownOutput -> Engine.toJson(new Engine().collect(collect.request(
                ownOutput, spec.commandLine().getErr(), parent.verbose))));
    }
}
