package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.TreeInput;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code kubectl kustomize}, when kubectl is on PATH: run on a private copy of the folders the
 * overlay reads, so it sees nothing else and writes nowhere that matters, never against a cluster
 * (kustomize needs none), and stopped after {@link #TIMEOUT_SECONDS}.
 */
final class Kubectl {
    static final long TIMEOUT_SECONDS = 15;

    private final Path executable;

    /** @param path the PATH to look for kubectl in (the process's own, or a test's) */
    Kubectl(String path) {
        this.executable = find(path);
    }

    boolean available() {
        return executable != null;
    }

    private static Path find(String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The built objects as YAML, or empty (reported) when kubectl could not build them. */
    Optional<String> build(TreeInput tree, String overlay, Collection<String> folders, FileSink sink) {
        try (ChartCopy copy = ChartCopy.empty()) {
            for (String folder : folders) {
                TreeInput below = folder.isEmpty() ? tree : tree.below(folder);
                if (below == null) {
                    return Optional.empty();
                }
                copy.add(below, folder);
            }
            Path output = Files.createTempFile(copy.root(), "out", ".yaml");
            Path errors = Files.createTempFile(copy.root(), "err", ".txt");
            Path target = overlay.isEmpty() ? copy.root() : copy.root().resolve(overlay);
            ProcessBuilder builder = new ProcessBuilder(List.of(executable.toString(), "kustomize", target.toString()))
                    .directory(copy.root().toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile());
            // no kubeconfig: kustomize needs no cluster, and nothing should make kubectl look for one
            builder.environment().put("KUBECONFIG", "/dev/null");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                sink.error(0, 0, "kubectl kustomize took longer than " + TIMEOUT_SECONDS + " s: read directly instead");
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                String message = Files.readString(errors, StandardCharsets.UTF_8).strip()
                        .replace(copy.root().toString() + "/", "");
                sink.error(0, 0, "kubectl kustomize failed (read directly instead): "
                        + (message.isEmpty() ? "exit " + process.exitValue() : message.lines().findFirst().orElse("")));
                return Optional.empty();
            }
            return Optional.of(Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            sink.error(0, 0, "kubectl kustomize not run (read directly instead): " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
