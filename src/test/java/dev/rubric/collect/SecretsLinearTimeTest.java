package dev.rubric.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redaction runs on whatever the files hold, so its time must grow with the text and nothing
 * faster. Each unit below, repeated, made a pattern of the previous implementation (or a naive
 * scanner) restart at every position. The test compares the CPU time of 1 MB with that of 100 KB
 * of the same text rather than timing against a clock, so neither a slow nor a busy machine fails
 * it: linear is a ratio near 10, quadratic near 100.
 */
class SecretsLinearTimeTest {
    private static final int SMALL = 100_000;
    private static final int LARGE = 1_000_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @ParameterizedTest
    @ValueSource(strings = {"-", "eyJ", "eyJaaaaaaaaaaaa.", "=", ":", "\"", "'", "a=\"", "token: '", "--token \"",
        "-token", "sk-", "ghp_", "AKIA", "://", "://a:", "?", "?token", "&key=", "Bearer ", "basic%20",
        "-----BEGIN ", "-----BEGIN PRIVATE KEY-----", "api_key", "api_key ", "a b", "x--secret"})
    void one_megabyte_of_a_repeated_unit_is_redacted_in_linear_time(String unit) {
        String small = unit.repeat(SMALL / unit.length());
        String large = unit.repeat(LARGE / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                Secrets.scrubText(small);
            }
            long smallNanos = fastest(small);
            long largeNanos = fastest(large);
            assertThat((double) largeNanos / Math.max(smallNanos, 1))
                    .as("1 MB of '%s' took %d ms, 100 KB %d ms", unit, largeNanos / 1_000_000, smallNanos / 1_000_000)
                    .isLessThan(35);
        });
    }

    private static long fastest(String text) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = CPU.getCurrentThreadCpuTime();
            Secrets.scrubText(text);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
