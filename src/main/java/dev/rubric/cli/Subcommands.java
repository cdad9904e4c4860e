package dev.rubric.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code rubric}, of which a run builds only the one it uses. picocli reads
 * every registered command's annotations by reflection before parsing: for all of them that was
 * about 0.15 s of each run, a fifth of auditing a small repository. Whenever the command line
 * does not plainly name one subcommand (help, completion, a typo to suggest a correction for,
 * an {@code @argument-file}), all are registered, so help and errors read as before.
 */
final class Subcommands {
    private static final Map<String, Supplier<Object>> BY_NAME = new LinkedHashMap<>();
    /** These look at their siblings: help describes them, completion lists them. */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    static {
        BY_NAME.put("audit", AuditCommand::new);
        BY_NAME.put("collect", CollectCommand::new);
        BY_NAME.put("score", ScoreCommand::new);
        BY_NAME.put("validate", ValidateCommand::new);
        BY_NAME.put("explain", ExplainCommand::new);
        BY_NAME.put("schema", SchemaCommand::new);
        BY_NAME.put("diff", DiffCommand::new);
        BY_NAME.put("init", InitCommand::new);
        BY_NAME.put("completion", CompletionCommand::new);
        BY_NAME.put("help", CommandLine.HelpCommand::new);
    }

    private Subcommands() {
    }

    static void register(CommandLine root, String... args) {
        String named = subcommandNamed(args);
        if (named != null && !NEED_ALL.contains(named)) {
            root.addSubcommand(named, BY_NAME.get(named).get());
            return;
        }
        BY_NAME.forEach((name, command) -> root.addSubcommand(name, command.get()));
    }

    /** The subcommand the first word names, or null when there is no such plain word. */
    private static String subcommandNamed(String... args) {
        for (String arg : args) {
            if (arg.startsWith("@")) {
                return null;
            }
            if (!arg.startsWith("-")) {
                return BY_NAME.containsKey(arg) ? arg : null;
            }
        }
        return null;
    }
}
