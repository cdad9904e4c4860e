package dev.rubric.cli;

import dev.rubric.engine.UserError;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Entry point for every command: parses, runs, and maps failures to exit codes. User mistakes
 * print one clear line; only internal errors may show a stack trace, and only with --verbose.
 */
public final class Cli {
    private Cli() {
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RubricCommand());
        Subcommands.register(commandLine, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("rubric: " + e.getMessage());
            String name = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println("Try '" + name + " --help'.");
            err.flush();
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            if (e instanceof UserError) {
                err.println("rubric: " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
            err.println("rubric: internal error: " + e);
            if (java.util.Arrays.asList(args).contains("--verbose")) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(trace);
            } else {
                err.println("Run again with --verbose for details, and please report it.");
            }
            err.flush();
            return ExitCodes.INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
