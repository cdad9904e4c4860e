package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.tree.TreeInput;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart's files (or the folders a kustomize overlay reads) copied into a private temporary
 * folder, the only place Helm or kubectl is pointed at. The
 * audited tree stays untouched whatever Helm does, a commit's tree (--ref) renders like a working
 * tree, links are never followed (a link out of the repository cannot pull a file into the
 * rendering), and what the walker skips as git-ignored is not rendered either.
 */
final class ChartCopy implements AutoCloseable {
    /** Far above real charts (the vLLM production stack's is 0.3 MB in 60 files). */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    static final int MAX_FILES = 5_000;

    private final Path root;
    private final List<String> files = new ArrayList<>();
    private long bytes;

    private ChartCopy(Path root) {
        this.root = root;
    }

    /** Copies {@code chart} (a TreeInput of the chart folder); the caller closes the copy. */
    static ChartCopy of(TreeInput chart) throws IOException {
        ChartCopy copy = empty();
        try {
            copy.add(chart, "");
            return copy;
        } catch (IOException | RuntimeException e) {
            copy.close();
            throw e;
        }
    }

    /** A private folder to copy several folders of a tree into, at their own relative paths. */
    static ChartCopy empty() throws IOException {
        return new ChartCopy(Files.createTempDirectory("rubric-chart-"));
    }

    Path root() {
        return root;
    }

    /** The copied files, '/' separated, relative to the chart folder. */
    List<String> files() {
        return files;
    }

    /** Adds the files of {@code folder} under {@code at} ("" for the copy's root); limits count across calls. */
    void add(TreeInput folder, String at) throws IOException {
        List<IOException> failures = new ArrayList<>();
        String prefix = at.isEmpty() ? "" : at + "/";
        folder.walk(new TreeInput.Visitor() {
            @Override
            public boolean enterDirectory(String relative, String name) {
                return !name.equals(".git");
            }

            @Override
            public void file(String relative, String name, TreeInput.Blob blob) {
                if (!failures.isEmpty()) {
                    return;
                }
                try {
                    if (files.size() >= MAX_FILES || (bytes += blob.size()) > MAX_BYTES) {
                        throw new IOException("the chart folder holds more than " + MAX_FILES + " files or "
                                + MAX_BYTES / (1024 * 1024) + " MB");
                    }
                    Path target = root.resolve(prefix + relative).normalize();
                    if (!target.startsWith(root)) {
                        return;
                    }
                    Files.createDirectories(target.getParent());
                    Files.write(target, blob.read());
                    files.add(prefix + relative);
                } catch (IOException e) {
                    failures.add(e);
                }
            }

            @Override
            public void ignored() {
            }

            @Override
            public void nonRegular() {
            }

            @Override
            public void brokenLink(String relative, String problem) {
            }

            @Override
            public void skippedDirectory() {
            }

            @Override
            public void failed(String relative, String message) {
                failures.add(new IOException(relative + ": " + message));
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /**
     * A dependency the chart declares but does not hold under charts/ (it would be fetched by
     * {@code helm dependency build}, which an audit never runs) becomes an empty chart of that name
     * in the copy, so that the chart's own templates still render; the caller reports it missing.
     */
    void stubDependency(String name) throws IOException {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            // not a name Helm could have a folder for; Helm's own message will say what is missing
            return;
        }
        Path folder = root.resolve("charts").resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(HelmCharts.CHART_FILE),
                "apiVersion: v2\nname: " + name + "\nversion: 0.0.0\n"
                        + "description: stands in for a dependency missing from charts/\n");
    }

    @Override
    public void close() {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder left behind costs disk, not correctness
        }
    }
}
