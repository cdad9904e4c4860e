package dev.rubric.collect.tree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    /** For each folder seen, the rule files that apply in it, nearest first. */
    private final Map<Path, List<Rules>> perDirectory = new HashMap<>();

    /** One .gitignore and the folder its patterns are relative to. */
    private record Rules(Path directory, IgnoreNode node) {
    }

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
        // most trees have few .gitignore files: a path with none above it is decided at once
        for (Rules rules : rulesIn(absolute.getParent())) {
            Boolean verdict = rules.node().checkIgnored(unix(rules.directory().relativize(absolute)), directory);
            if (verdict != null) {
                return verdict;
            }
        }
        if (infoExclude != null) {
            Boolean verdict = infoExclude.checkIgnored(unix(workTree.relativize(absolute)), directory);
            return verdict != null && verdict;
        }
        return false;
    }

    private List<Rules> rulesIn(Path dir) {
        List<Rules> known = perDirectory.get(dir);
        if (known != null) {
            return known;
        }
        List<Rules> inherited = dir.equals(workTree) ? List.of() : rulesIn(dir.getParent());
        Optional<IgnoreNode> own = parse(dir.resolve(".gitignore"));
        List<Rules> rules = inherited;
        if (own.isPresent()) {
            List<Rules> nearestFirst = new ArrayList<>();
            nearestFirst.add(new Rules(dir, own.get()));
            nearestFirst.addAll(inherited);
            rules = List.copyOf(nearestFirst);
        }
        perDirectory.put(dir, rules);
        return rules;
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
