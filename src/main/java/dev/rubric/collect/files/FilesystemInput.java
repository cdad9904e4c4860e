package dev.rubric.collect.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A directory (or a single file) on disk. Inside a git working tree, ignored files and folders
 * are skipped as git would skip them; {@code excluded} paths (our own output) are never walked.
 * Given the git index ({@link GitIndexView}), tracked files are never ignored and the walk reports
 * what it sees to the index view.
 */
final class FilesystemInput implements TreeInput {
    private final Path root;
    private final Set<Path> excluded;
    private final Optional<GitIgnores> ignores;
    private final GitIndexView index;

    FilesystemInput(Path root, Set<Path> excluded) {
        this(root, excluded, null);
    }

    /** @param index the index of the working tree {@code root} lies in; null to walk without one */
    FilesystemInput(Path root, Set<Path> excluded, GitIndexView index) {
        this.root = root.toAbsolutePath().normalize();
        this.excluded = Set.copyOf(excluded);
        this.ignores = GitIgnores.around(this.root);
        this.index = ignores.isPresent() ? index : null;
    }

    boolean insideGitWorkTree() {
        return ignores.isPresent();
    }

    @Override
    public void walk(Visitor visitor) throws IOException {
        Path base = Files.isRegularFile(root) ? root.getParent() : root;
        Path workTree = ignores.map(GitIgnores::workTree).orElse(base);
        // folders entered only because they hold tracked files: their other files stay ignored
        Set<Path> ignoredButEntered = new HashSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (excluded.contains(dir)) {
                    visitor.skippedDirectory();
                    notWalked(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (ignoredButEntered.contains(dir.getParent()) || ignores.map(g -> g.isIgnored(dir, true)).orElse(false)) {
                    if (index == null || !index.trackedBelow(repoPath(dir))) {
                        visitor.skippedDirectory();
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    ignoredButEntered.add(dir);
                }
                if (visitor.enterDirectory(GitIgnores.unix(base.relativize(dir)), dir.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                notWalked(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink() || !attrs.isRegularFile()) {
                    visitor.nonRegular();
                    if (index != null) {
                        index.walkedNonRegular(repoPath(file));
                    }
                    if (attrs.isSymbolicLink()) {
                        DirectoryCollector.brokenLink(file)
                                .ifPresent(problem -> visitor.brokenLink(GitIgnores.unix(base.relativize(file)), problem));
                    }
                    return FileVisitResult.CONTINUE;
                }
                String repoPath = index == null ? null : repoPath(file);
                boolean tracked = index != null && index.tracked(repoPath);
                if (!tracked && (ignoredButEntered.contains(file.getParent())
                        || ignores.map(g -> g.isIgnored(file, false)).orElse(false))) {
                    visitor.ignored();
                    return FileVisitResult.CONTINUE;
                }
                if (index != null) {
                    index.walked(repoPath, attrs, file);
                }
                long size = attrs.size();
                visitor.file(GitIgnores.unix(base.relativize(file)), file.getFileName().toString(), new Blob() {
                    @Override
                    public long size() {
                        return size;
                    }

                    @Override
                    public byte[] read() throws IOException {
                        return Files.readAllBytes(file);
                    }
                });
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                visitor.failed(file.equals(root) ? "." : GitIgnores.unix(base.relativize(file)), DirectoryCollector.describe(e));
                return FileVisitResult.CONTINUE;
            }

            private String repoPath(Path path) {
                return GitIgnores.unix(workTree.relativize(path));
            }

            private void notWalked(Path dir) {
                if (index != null) {
                    index.notWalked(repoPath(dir));
                }
            }
        });
    }
}
