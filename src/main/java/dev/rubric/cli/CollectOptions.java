package dev.rubric.cli;

import dev.rubric.engine.ByteSize;
import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
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
            description = "Artifact files larger than this are not read and are listed as errors (default: ${DEFAULT-VALUE}, at most 1GB).")
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
        return ByteSize.parse("--max-file-size", maxFileSize);
    }
}
