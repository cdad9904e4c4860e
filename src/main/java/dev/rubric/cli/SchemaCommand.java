package dev.rubric.cli;

import dev.rubric.engine.Schemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print a JSON Schema: evidence (what 'rubric collect' writes), report (rubric-report.json) "
                + "or rubric (the rubric YAML format, for editor completion).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "evidence, report or rubric")
    String kind;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Schemas.text(kind));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
