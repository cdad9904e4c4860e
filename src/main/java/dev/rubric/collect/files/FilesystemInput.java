package dev.rubric.collect.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;

/**
 * A directory (or a single file) on disk. Inside a git working tree, ignored files and folders
 * are skipped as git would skip them; {@code excluded} paths (our own output) are never walked.
 */
final class FilesystemInput implements TreeInput {
    private final Path root;
    private final Set<Path> excluded;
    private final Optional<GitIgnores> ignores;

    FilesystemInput(Path root, Set<Path> excluded) {
        this.root = root.toAbsolutePath().normalize();
        this.excluded = Set.copyOf(excluded);
        this.ignores = GitIgnores.around(this.root);
    }

    boolean insideGitWorkTree() {
        return ignores.isPresent();
    }

    @Override
    public void walk(Visitor visitor) throws IOException {
        Path base = Files.isRegularFile(root) ? root.getParent() : root;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (excluded.contains(dir) || ignores.map(g -> g.isIgnored(dir, true)).orElse(false)) {
                    visitor.skippedDirectory();
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return visitor.enterDirectory(GitIgnores.unix(base.relativize(dir)), dir.getFileName().toString())
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink() || !attrs.isRegularFile()) {
                    visitor.nonRegular();
                    if (attrs.isSymbolicLink()) {
                        DirectoryCollector.brokenLink(file)
                                .ifPresent(problem -> visitor.brokenLink(GitIgnores.unix(base.relativize(file)), problem));
                    }
                } else if (ignores.map(g -> g.isIgnored(file, false)).orElse(false)) {
                    visitor.ignored();
                } else {
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
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                visitor.failed(file.equals(root) ? "." : GitIgnores.unix(base.relativize(file)), DirectoryCollector.describe(e));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
