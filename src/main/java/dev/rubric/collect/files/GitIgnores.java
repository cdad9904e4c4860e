package dev.rubric.collect.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The ignore rules of a git working tree: every {@code .gitignore} from the repository root down
 * to the file, then {@code .git/info/exclude}, with git's precedence (the deepest file that has
 * an opinion wins). Read lazily, once per directory.
 */
final class GitIgnores {
    private final Path workTree;
    private final IgnoreNode infoExclude;
    private final Map<Path, Optional<IgnoreNode>> perDirectory = new HashMap<>();

    private GitIgnores(Path workTree, IgnoreNode infoExclude) {
        this.workTree = workTree;
        this.infoExclude = infoExclude;
    }

    /** The rules of the git working tree containing {@code path}, or empty outside git. */
    static Optional<GitIgnores> around(Path path) {
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return Optional.of(new GitIgnores(dir, parse(dotGit.resolve("info").resolve("exclude")).orElse(null)));
            }
            if (Files.isRegularFile(dotGit)) {
                return Optional.of(new GitIgnores(dir, null));
            }
        }
        return Optional.empty();
    }

    Path workTree() {
        return workTree;
    }

    boolean isIgnored(Path absolute, boolean directory) {
        if (!absolute.startsWith(workTree) || absolute.equals(workTree)) {
            return false;
        }
        for (Path dir = absolute.getParent(); dir != null && dir.startsWith(workTree); dir = dir.getParent()) {
            Optional<IgnoreNode> rules = perDirectory.computeIfAbsent(dir, d -> parse(d.resolve(".gitignore")));
            if (rules.isPresent()) {
                Boolean verdict = rules.get().checkIgnored(unix(dir.relativize(absolute)), directory);
                if (verdict != null) {
                    return verdict;
                }
            }
        }
        if (infoExclude != null) {
            Boolean verdict = infoExclude.checkIgnored(unix(workTree.relativize(absolute)), directory);
            return verdict != null && verdict;
        }
        return false;
    }

    private static Optional<IgnoreNode> parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        IgnoreNode node = new IgnoreNode();
        try (InputStream in = Files.newInputStream(file)) {
            node.parse(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(node);
    }

    static String unix(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
