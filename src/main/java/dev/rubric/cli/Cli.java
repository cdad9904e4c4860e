package dev.rubric.cli;

import dev.rubric.engine.Engine;
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
        if (java.util.Arrays.asList(args).contains("--cluster")) {
            // before the command line is parsed: the client's TLS set-up then overlaps picocli's
            Engine.prepareClusterClient();
        }
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
            return internalError(e, err, args);
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Error e) {
            // picocli hands only exceptions to the handler; an uncaught error would end the JVM
            // with exit code 1, which CI reads as a failed gate
            code = internalError(e, err, args);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int internalError(Throwable e, PrintWriter err, String... args) {
        if (outOfMemory(e)) {
            err.println("rubric: out of memory; give Java a larger heap, e.g. RUBRIC_JAVA_OPTS=-Xmx4g scripts/rubric … "
                    + "(or java -Xmx4g -jar rubric.jar …)");
            err.flush();
            return ExitCodes.INTERNAL;
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
    }

    /** Also when a worker thread ran out and the error reaches here as the cause of another. */
    private static boolean outOfMemory(Throwable e) {
        int depth = 0;
        for (Throwable cause = e; cause != null && depth++ < 32; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
