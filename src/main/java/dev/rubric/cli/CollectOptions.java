package dev.rubric.cli;

import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to audit: the targets and how much of each to read. */
final class CollectOptions {
    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Directories, git repositories (working trees or bare) or repository URLs (https://, ssh://, "
                    + "git@host:path, file://) to audit (default: the current directory). URLs are cloned into a "
                    + "temporary folder that is removed afterwards; https tokens come from GIT_TOKEN, GITHUB_TOKEN, "
                    + "GITLAB_TOKEN or ~/.netrc, ssh uses your ssh agent and keys.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--ref", paramLabel = "REF",
            description = "Audit the tree of this tag, branch or commit instead of the working tree, read from git "
                    + "without checking anything out.")
    String ref;

    @Option(names = "--depth", paramLabel = "N",
            description = "Clone URLs with only the last N commits (faster; history facts then cover only those).")
    Integer depth;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "Artifact files larger than this are not read and are listed as errors (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    /** The request for the engine; with --verbose, phase timings go to {@code err}. */
    CollectRequest request(Set<Path> excluded, PrintWriter err, boolean verbose) {
        if (depth != null && depth < 1) {
            throw new UserError("--depth takes a number of commits, 1 or more");
        }
        if (ref != null && ref.isBlank()) {
            throw new UserError("--ref takes a tag, branch or commit");
        }
        Consumer<String> log = verbose ? line -> {
            err.println("rubric: " + line);
            err.flush();
        } : null;
        return new CollectRequest(targetsOrCurrentDirectory(), maxFileBytes(), excluded, ref, depth, null,
                System.getenv(), log);
    }

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
