package dev.rubric.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process that stops in the middle of an atomic write, for {@link InterruptedWriteIT} to kill:
 * the product has no pause to switch on, so the pause lives here, in test code, beside the packaged jar.
 */
public final class PausedWrite {
    private PausedWrite() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write("{ \"half\": ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
        });
    }
}
