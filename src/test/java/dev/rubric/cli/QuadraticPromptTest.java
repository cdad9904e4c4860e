package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repro of issue 10: a prompt body of 80,000 dashes took 114 s to collect and 1 MB never
 * finished, because secret redaction restarted a pattern at every dash. Now both are seconds;
 * the limit is generous so that only a return to quadratic time fails it.
 */
class QuadraticPromptTest {
    @TempDir
    Path tmp;

    @Test
    void a_megabyte_of_dashes_or_jwt_heads_in_a_prompt_collects_in_seconds() throws Exception {
        Files.writeString(tmp.resolve("p.prompty"), "---\nname: p\n---\nsystem:\n" + "-".repeat(1_000_000) + "\n");
        Files.writeString(tmp.resolve("q.prompty"), "---\nname: q\n---\nsystem:\n" + "eyJ".repeat(330_000) + "\n");
        Path evidence = tmp.resolve("evidence.json");

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("collect", tmp.toString(), "--evidence-out", evidence.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(evidence)).contains("\"name\": \"p\"", "\"name\": \"q\"");
    }
}
