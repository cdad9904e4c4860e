package dev.rubric.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a run that fails or is killed half-way leaves the previous file or none,
 * never a truncated one: the bytes go to a temporary file beside it, which then replaces it.
 */
final class AtomicFile {
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
        try {
            streamTo(partial, content);
            try {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void streamTo(Path file, Content content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            content.writeTo(out);
        }
    }
}
