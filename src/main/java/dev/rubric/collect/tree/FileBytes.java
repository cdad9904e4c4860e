package dev.rubric.collect.tree;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file the walk has just measured. {@link RandomAccessFile} is the leanest way the JDK
 * has (NIO's channel adds interruptible-I/O bookkeeping to every open and close, a measurable
 * share of a walk over tens of thousands of small files), and reading at most the measured size
 * keeps the size limit, checked on that measure, true even for a file that grows meanwhile.
 */
final class FileBytes {
    private FileBytes() {
    }

    static byte[] read(Path file, long measuredSize) throws IOException {
        RandomAccessFile in;
        try {
            in = new RandomAccessFile(file.toString(), "r");
        } catch (FileNotFoundException e) {
            // NIO names the reason by type (no such file, access denied), which the error
            // messages rely on; the rare failure is worth a second attempt for that
            return Files.readAllBytes(file);
        }
        try (in) {
            byte[] bytes = new byte[(int) measuredSize];
            int read = 0;
            while (read < bytes.length) {
                int count = in.read(bytes, read, bytes.length - read);
                if (count < 0) {
                    return Arrays.copyOf(bytes, read);
                }
                read += count;
            }
            return bytes;
        }
    }
}
