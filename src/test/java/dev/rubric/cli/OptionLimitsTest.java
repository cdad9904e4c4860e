package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers on the command line are checked against what they can mean, each with one line and exit 2, before anything is scanned. */
class OptionLimitsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--max-file-size|4294967296GB|--max-file-size takes at most 1GB",
        "--max-file-size|99999999999999999999GB|--max-file-size takes at most 1GB",
        "--max-file-size|2GB|--max-file-size takes at most 1GB",
        "--max-file-size|1073741825|--max-file-size takes at most 1GB",
        "--max-file-size|0KB|--max-file-size '0KB' is not a size",
        "--fail-under|101|--fail-under takes a score from 0 to 100",
        "--fail-under|NaN|--fail-under takes a score from 0 to 100",
        "--fail-under|Infinity|--fail-under takes a score from 0 to 100",
        "--fail-under|-1|--fail-under takes a score from 0 to 100",
        "--min-coverage|NaN|--min-coverage takes a percentage from 0 to 100",
    })
    void out_of_range_values_are_usage_errors(String option, String value, String message) {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("audit", CliTest.WEAK, "-o", out.toString(), option, value);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("rubric: " + message).hasLineCount(1);
        assertThat(out).as("nothing was audited").doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"1GB", "1024MB", "1073741824", "512 kb"})
    void sizes_up_to_the_maximum_are_taken(String size) {
        CliRun run = CliRun.of("audit", CliTest.WEAK, "-o", tmp.resolve("out").toString(), "--max-file-size", size);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"0", "100", "37.5"})
    void scores_from_0_to_100_are_taken(String score) {
        CliRun run = CliRun.of("audit", CliTest.WEAK, "-o", tmp.resolve("out").toString(), "--fail-under", score);
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1KB|larger than the 1KB limit (--max-evidence-size)", "5GB|--max-evidence-size takes at most"})
    void evidence_over_its_size_limit_is_refused(String limit, String message) throws Exception {
        Path evidence = tmp.resolve("evidence.json");
        CliRun collect = CliRun.of("collect", CliTest.WEAK, "--evidence-out", evidence.toString());
        assertThat(collect.exitCode()).as(collect.err()).isZero();
        assertThat(Files.size(evidence)).isGreaterThan(1024);
        CliRun run = CliRun.of("score", evidence.toString(), "-o", tmp.resolve("out").toString(), "--max-evidence-size", limit);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(message).hasLineCount(1);
    }
}
