package dev.rubric.collect.tree;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A directory (or a single file) on disk. Inside a git working tree, ignored files and folders
 * are skipped as git would skip them; {@code excluded} folders and files (our own output) are never
 * walked, nor counted.
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

    /** A folder of a directory target; a single-file target has no folders to offer. */
    @Override
    public TreeInput below(String folder) {
        Path dir = inside(folder);
        return dir == null || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) ? null : new FilesystemInput(dir, excluded);
    }

    @Override
    public Blob file(String relative) throws IOException {
        Path file = inside(relative);
        if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || excluded.contains(file)) {
            return null;
        }
        long size = Files.size(file);
        return new Blob() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public byte[] read() throws IOException {
                return FileBytes.read(file, size);
            }
        };
    }

    /** The path below a directory root, or null when it would leave the root (or the root is one file). */
    private Path inside(String relative) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path path = root.resolve(relative).normalize();
        return path.startsWith(root) ? path : null;
    }

    boolean insideGitWorkTree() {
        return ignores.isPresent();
    }

    /**
     * Walks depth first with one {@code lstat} per entry, reading POSIX attributes where the file
     * system has them (the executable bit matters to the index view) and building relative paths
     * by concatenation: on a tree of 50,000 files the walker is what the parsing pool waits for.
     */
    @Override
    public void walk(Visitor visitor) throws IOException {
        // the target itself failing is the whole input failing, not one unreadable entry of it
        BasicFileAttributes rootAttributes = attributes(root);
        Path base = rootAttributes.isRegularFile() ? root.getParent() : root;
        String repoPrefix = ignores.map(g -> g.workTree().equals(base) ? "" : GitIgnores.unix(g.workTree().relativize(base)) + "/")
                .orElse("");
        Walk walk = new Walk(visitor, repoPrefix);
        if (rootAttributes.isDirectory()) {
            walk.children(list(root), "", false);
        } else {
            walk.entry(root, root.getFileName().toString(), rootAttributes, false);
        }
    }

    /** A folder's entries with their attributes, read while the folder is open. */
    private static List<Listed> list(Path dir) throws IOException {
        List<Listed> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            // relative to the open folder (fstatat), the kernel does not resolve the whole path
            // again for every entry
            SecureDirectoryStream<Path> secure = entries instanceof SecureDirectoryStream<Path> s ? s : null;
            for (Path child : entries) {
                children.add(Listed.of(secure, child));
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        return children;
    }

    /** An entry of a folder: its attributes, or the failure that says why there are none. */
    private record Listed(Path path, BasicFileAttributes attributes, IOException failure) {
        static Listed of(SecureDirectoryStream<Path> folder, Path child) {
            try {
                return new Listed(child, FilesystemInput.attributes(folder, child), null);
            } catch (IOException e) {
                return new Listed(child, null, e);
            }
        }
    }

    /** Relative to the open folder where it can (fstatat), by the whole path otherwise. */
    private static BasicFileAttributes attributes(SecureDirectoryStream<Path> folder, Path child) throws IOException {
        if (folder != null) {
            try {
                PosixFileAttributeView view = folder.getFileAttributeView(child.getFileName(), PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (view != null) {
                    return view.readAttributes();
                }
            } catch (UnsupportedOperationException e) {
                // a file system without POSIX attributes: read by path below
            }
        }
        return attributes(child);
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException e) {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** One walk: the visitor, and where the walked paths sit in the repository. */
    private final class Walk {
        private final Visitor visitor;
        private final String repoPrefix;

        Walk(Visitor visitor, String repoPrefix) {
            this.visitor = visitor;
            this.repoPrefix = repoPrefix;
        }

        /**
         * @param relative       the folder's path below the root ("" for the root)
         * @param ignoredContext the folder is ignored and entered only for the tracked files it holds
         */
        void directory(Path dir, String relative, boolean ignoredContext) {
            List<Listed> children;
            try {
                children = list(dir);
            } catch (IOException e) {
                visitor.failed(relative, TreeCollector.describe(e));
                return;
            }
            children(children, relative, ignoredContext);
        }

        void children(List<Listed> children, String relative, boolean ignoredContext) {
            for (Listed listed : children) {
                Path child = listed.path();
                String name = child.getFileName().toString();
                String childRelative = relative.isEmpty() ? name : relative + "/" + name;
                if (name.indexOf('\uFFFD') >= 0) {
                    // the JDK decoded bytes it could not map: the name no longer leads back to the
                    // file, and a tracked file would look deleted beside an untracked stranger
                    visitor.failed(childRelative, FileNames.undecodable());
                    continue;
                }
                if (listed.failure() != null) {
                    visitor.failed(childRelative, TreeCollector.describe(listed.failure()));
                    continue;
                }
                BasicFileAttributes attributes = listed.attributes();
                if (attributes.isDirectory()) {
                    subdirectory(child, name, childRelative, ignoredContext);
                } else {
                    entry(child, childRelative, attributes, ignoredContext);
                }
            }
        }

        private void subdirectory(Path dir, String name, String relative, boolean parentIgnored) {
            if (excluded.contains(dir)) {
                // not counted as skipped: our own output must leave no trace, or a second run
                // over the same tree, with the first run's report in it, would differ
                notWalked(relative);
                return;
            }
            boolean ignored = parentIgnored || ignores.map(g -> g.isIgnored(dir, true)).orElse(false);
            if (ignored && (index == null || !index.trackedBelow(repoPrefix + relative))) {
                visitor.skippedDirectory();
                return;
            }
            if (!visitor.enterDirectory(relative, name)) {
                notWalked(relative);
                return;
            }
            directory(dir, relative, ignored);
        }

        void entry(Path file, String relative, BasicFileAttributes attributes, boolean ignoredContext) {
            String repoPath = repoPrefix + relative;
            if (!excluded.isEmpty() && excluded.contains(file)) {
                // our own output file, uncounted like an excluded folder; git checks it itself if tracked
                if (index != null) {
                    index.walkedNonRegular(repoPath);
                }
                return;
            }
            if (attributes.isSymbolicLink() || !attributes.isRegularFile()) {
                visitor.nonRegular();
                if (index != null) {
                    index.walkedNonRegular(repoPath);
                }
                if (attributes.isSymbolicLink()) {
                    TreeCollector.brokenLink(file).ifPresent(problem -> visitor.brokenLink(relative, problem));
                }
                return;
            }
            boolean tracked = index != null && index.tracked(repoPath);
            if (!tracked && (ignoredContext || ignores.map(g -> g.isIgnored(file, false)).orElse(false))) {
                visitor.ignored();
                return;
            }
            if (index != null) {
                index.walked(repoPath, attributes, file);
            }
            long size = attributes.size();
            visitor.file(relative, file.getFileName().toString(), new Blob() {
                @Override
                public long size() {
                    return size;
                }

                @Override
                public byte[] read() throws IOException {
                    return FileBytes.read(file, size);
                }
            });
        }

        private void notWalked(String relative) {
            if (index != null) {
                index.notWalked(repoPrefix + relative);
            }
        }
    }
}
