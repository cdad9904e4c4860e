package dev.rubric.cli;

import dev.rubric.rubric.Rubric;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a rubric file: unknown keys, duplicate ids, bad weights or levels, CEL that does not compile.",
        footer = {"", "Problems are printed as file:line:column: message; the exit code is 2 when there are any."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Rubric YAML (default: the built-in rubric).")
    String file;

    @Override
    public Integer call() {
        Rubric rubric = Rubrics.loadOrReport(file, spec.commandLine().getErr());
        if (rubric == null) {
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: valid rubric %s %s (%d dimensions, %d criteria)%n", rubric.origin(), rubric.name(),
                rubric.version(), rubric.dimensions().size(), rubric.criteria().size());
        out.flush();
        return ExitCodes.OK;
    }
}
