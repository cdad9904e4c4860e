package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.engine.CollectProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: only at a person's terminal, redrawn in place, throttled, and cleared when collection ends. */
class ProgressLineTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    @Test
    void onlyAtATerminalOutsideCi() {
        assertThat(ProgressLine.choose(Map.of("TERM", "xterm"), true, err)).isInstanceOf(ProgressLine.class);
        assertThat(ProgressLine.choose(Map.of("TERM", "xterm"), false, err)).as("stderr piped or redirected")
                .isSameAs(CollectProgress.NONE);
        assertThat(ProgressLine.choose(Map.of("CI", "true"), true, err)).as("a CI log with a pseudo-terminal")
                .isSameAs(CollectProgress.NONE);
        assertThat(ProgressLine.choose(Map.of("TERM", "dumb"), true, err)).isSameAs(CollectProgress.NONE);
        assertThat(ProgressLine.forStderr(err, true)).as("--verbose prints its own lines").isSameAs(CollectProgress.NONE);
    }

    @Test
    void redrawsInPlaceAtMostEveryIntervalAndClearsAtTheEnd() {
        AtomicLong now = new AtomicLong(1_000);
        ProgressLine line = new ProgressLine(err, now::get);
        line.target("services/invoice", 1, 2);
        for (int i = 0; i < 50; i++) {
            line.fileFound();
        }
        assertThat(text.toString().split("\r", -1)).as("the target line only: 50 files within one interval").hasSize(2);
        now.addAndGet(ProgressLine.INTERVAL_MS);
        line.fileFound();
        assertThat(text.toString()).endsWith("rubric: collecting services/invoice (1 of 2) · 51 artifact files"
                + " ".repeat(78 - "rubric: collecting services/invoice (1 of 2) · 51 artifact files".length()));
        line.done();
        assertThat(text.toString()).endsWith("\r" + " ".repeat(78) + "\r");
        assertThat(text.toString()).doesNotContain("\n");
    }

    @Test
    void aLongTargetIsCutToOneLine() {
        ProgressLine line = new ProgressLine(err, () -> 0);
        line.target("x/".repeat(100), 1, 1);
        String drawn = text.toString().substring(1);
        assertThat(drawn).hasSize(78).endsWith("…");
    }

    @Test
    void nothingDrawnNothingCleared() {
        new ProgressLine(err, () -> 0).done();
        assertThat(text.toString()).isEmpty();
    }
}
