package dev.rubric.cli;

import dev.rubric.engine.UserError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to audit: the targets and how much of each to read. */
final class CollectOptions {
    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Directories or git working trees to audit (default: the current directory).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "Artifact files larger than this are not read and are listed as errors (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    List<String> targetsOrCurrentDirectory() {
        return targets.isEmpty() ? List.of(".") : targets;
    }

    long maxFileBytes() {
        String text = maxFileSize.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        long factor = 1;
        for (String[] unit : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
            if (text.endsWith(unit[0])) {
                factor = Long.parseLong(unit[1]);
                text = text.substring(0, text.length() - unit[0].length());
                break;
            }
        }
        try {
            long value = Long.parseLong(text) * factor;
            if (value <= 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UserError("--max-file-size '" + maxFileSize + "' is not a size such as 5MB, 512KB or 1048576");
        }
    }
}
