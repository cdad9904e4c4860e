package dev.rubric.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that a run that fails or is killed half-way leaves the previous file or none,
 * never a truncated one: the bytes go to a temporary file beside it, which then replaces it.
 * A run stopped by SIGTERM or SIGINT skips {@code finally} blocks but still runs shutdown hooks,
 * so temporary files in flight are known to a hook that removes them.
 */
final class AtomicFile {
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::removeInFlight, "rubric-partial-files"));
        } catch (IllegalStateException e) {
            // already shutting down: nothing will be written anyway
        }
    }

    private AtomicFile() {
    }

    /** What to write; it must not close the stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // a device or a pipe (/dev/null, /dev/stdout): written to, never replaced
            streamTo(absolute, content);
            return;
        }
        // not createTempFile: its owner-only permissions would carry over to the file
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        IN_FLIGHT.add(partial);
        try {
            streamTo(partial, content);
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
            IN_FLIGHT.remove(partial);
        }
    }

    private static void streamTo(Path file, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.writeTo(out);
        }
    }

    private static void removeInFlight() {
        for (Path partial : IN_FLIGHT) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // the process is ending; a file that cannot be removed now cannot be later either
            }
        }
    }
}
