package dev.rubric.collect.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code .git} that JGit refuses to open as a repository. The files around it are still the
 * user's work tree and are read; what git would have told about them is named as lost, at the
 * file that broke it, instead of the tree passing for a plain folder without history.
 */
record DamagedGit(Path workTree, String file, String problem) {
    private static final Pattern HEAD = Pattern.compile("(ref: refs/\\S+|[0-9a-f]{40}|[0-9a-f]{64})\\s*");

    /** The damaged repository around {@code path}, if the nearest {@code .git} above it is one. */
    static Optional<DamagedGit> around(Path path) {
        Path start = path.toAbsolutePath().normalize();
        for (Path dir = Files.isDirectory(start) ? start : start.getParent(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.exists(dotGit)) {
                return Optional.of(diagnose(dir, dotGit));
            }
        }
        return Optional.empty();
    }

    private static DamagedGit diagnose(Path workTree, Path dotGit) {
        if (!Files.isDirectory(dotGit)) {
            return new DamagedGit(workTree, ".git", "does not point to a readable git directory");
        }
        Path head = dotGit.resolve("HEAD");
        try {
            String text = Files.readString(head, StandardCharsets.ISO_8859_1);
            if (!HEAD.matcher(text).matches()) {
                return new DamagedGit(workTree, ".git/HEAD",
                        "not a git HEAD (neither 'ref: refs/…' nor a commit id)");
            }
        } catch (IOException e) {
            return new DamagedGit(workTree, ".git/HEAD", "cannot be read");
        }
        return new DamagedGit(workTree, ".git", "git cannot open this repository");
    }

    /** Where the broken file is, relative to {@code target}, as evidence paths are. */
    String pathFrom(Path target) {
        Path start = target.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(start) ? start : start.getParent();
        return dir.relativize(workTree.resolve(file)).toString().replace('\\', '/');
    }

    String message() {
        return "damaged git repository: " + file + " " + problem
                + "; files read without git, so history, status and repository facts are unknown";
    }
}
