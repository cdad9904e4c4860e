package dev.rubric.collect.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose parser outlives the per-file budget becomes a located error, the files beside it
 * (in its own batch too) are still parsed, and the walk does not wait for the late parser.
 */
class ParseBudgetTest {
    private static final Duration BUDGET = Duration.ofMillis(200);

    @TempDir
    Path root;

    /** Spins on files named spin-*.txt; {@code interruptible} says whether it looks at the interrupt flag. */
    private static final class Spinner extends FormatParser {
        final boolean interruptible;
        final CountDownLatch stopped = new CountDownLatch(1);
        volatile boolean release;

        Spinner(boolean interruptible) {
            super("spinner", Signature.of(Signature.strong("*.txt")));
            this.interruptible = interruptible;
        }

        @Override
        public boolean parse(ParsedFile file, FileSink sink) {
            if (file.fileName().startsWith("spin-")) {
                while (!release) {
                    if (interruptible && Thread.interrupted()) {
                        stopped.countDown();
                        return false;
                    }
                    Thread.onSpinWait();
                }
                return false;
            }
            sink.classify("spun", "spinner", "ok");
            return true;
        }
    }

    private Evidence collect(Spinner spinner, int threads) throws IOException {
        // more files than a batch holds, so the late file has neighbours queued behind it
        for (int i = 0; i < 40; i++) {
            Files.writeString(root.resolve("file-" + i + ".txt"), "x");
        }
        Files.writeString(root.resolve("spin-1.txt"), "x");
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.source(new TreeCollector(List.of(spinner), new FileLimits(1 << 20, threads), Set.of(), BUDGET)
                .collect(new PathTarget("t", "t", root), new EvidenceSink(builder)));
        return builder.build("test");
    }

    @Test
    void aParserThatNeverReturnsIsReportedAndLeftBehind() throws IOException {
        Spinner spinner = new Spinner(false);
        try {
            // one thread: the walk can only finish if the stuck thread is replaced
            Evidence evidence = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> collect(spinner, 1));

            List<CollectionError> errors = evidence.errors();
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).location().path()).isEqualTo("spin-1.txt");
            assertThat(errors.get(0).message()).isEqualTo(
                    "not read: parsing took longer than 200 ms (the time budget for one file)");
            assertThat(evidence.files()).hasSize(40);
            assertThat(evidence.sources().get(0).status()).isEqualTo(Source.PARTIAL);
        } finally {
            spinner.release = true;
        }
    }

    @Test
    void aParserThatChecksTheInterruptFlagStops() throws Exception {
        Spinner spinner = new Spinner(true);
        Evidence evidence = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> collect(spinner, 2));

        assertThat(spinner.stopped.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(evidence.errors()).extracting(e -> e.location().path()).containsExactly("spin-1.txt");
        assertThat(evidence.files()).hasSize(40);
    }

    @Test
    void fastFilesAreNotTouchedByTheBudget() throws IOException {
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            written.add(Files.writeString(root.resolve("file-" + i + ".txt"), "x"));
        }
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.source(new TreeCollector(List.of(new Spinner(false)), new FileLimits(1 << 20, 2), Set.of(), BUDGET)
                .collect(new PathTarget("t", "t", root), new EvidenceSink(builder)));
        Evidence evidence = builder.build("test");

        assertThat(evidence.errors()).isEmpty();
        assertThat(evidence.files()).hasSize(written.size());
    }
}
