package dev.rubric.cli;

import dev.rubric.engine.CollectProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One line on stderr, redrawn in place while a collection runs: the target (k of n) and the
 * artifact files found so far. Only for a person at a terminal: with stderr redirected, in CI
 * ({@code CI} set, as every major CI service sets it) or on a dumb terminal there is none, so
 * logs never fill with carriage returns. Redrawn at most every {@value #INTERVAL_MS} ms, so a
 * fast scan of many small files does not spend its time printing.
 */
final class ProgressLine implements CollectProgress {
    static final long INTERVAL_MS = 100;
    private static final int WIDTH = 78;

    private final PrintWriter err;
    private final LongSupplier clockMs;
    private final AtomicLong files = new AtomicLong();
    private volatile String target = "";
    private long drawnAt = Long.MIN_VALUE;
    private boolean drawn;

    ProgressLine(PrintWriter err, LongSupplier clockMs) {
        this.err = err;
        this.clockMs = clockMs;
    }

    /**
     * The progress line for this process's stderr, or none when stderr is not a person's terminal,
     * or when --verbose prints its own lines there.
     */
    static CollectProgress forStderr(PrintWriter err, boolean verbose) {
        return verbose ? CollectProgress.NONE : choose(System.getenv(), stderrIsTerminal(), err);
    }

    static CollectProgress choose(Map<String, String> environment, boolean stderrIsTerminal, PrintWriter err) {
        boolean ci = environment.containsKey("CI") || environment.containsKey("RUBRIC_CI");
        boolean dumb = "dumb".equals(environment.get("TERM"));
        return stderrIsTerminal && !ci && !dumb ? new ProgressLine(err, System::currentTimeMillis) : CollectProgress.NONE;
    }

    /** Where the platform says what file descriptor 2 is (Linux, and macOS through /dev/fd), a terminal device. */
    private static boolean stderrIsTerminal() {
        for (String fd : new String[] {"/proc/self/fd/2", "/dev/fd/2"}) {
            try {
                String device = Files.readSymbolicLink(Path.of(fd)).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                // not this platform's way: try the next
            }
        }
        return false;
    }

    @Override
    public void target(String display, int index, int count) {
        target = count > 1 ? display + " (" + index + " of " + count + ")" : display;
        draw(true);
    }

    @Override
    public void fileFound() {
        files.incrementAndGet();
        draw(false);
    }

    @Override
    public synchronized void done() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH) + "\r");
            err.flush();
            drawn = false;
        }
    }

    private synchronized void draw(boolean now) {
        long time = clockMs.getAsLong();
        if (!now && drawnAt != Long.MIN_VALUE && time - drawnAt < INTERVAL_MS) {
            return;
        }
        drawnAt = time;
        String line = "rubric: collecting " + target + " · " + files.get() + " artifact files";
        if (line.length() > WIDTH) {
            line = line.substring(0, WIDTH - 1) + "…";
        }
        err.print("\r" + line + " ".repeat(WIDTH - line.length()));
        err.flush();
        drawn = true;
    }
}
