package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run registers only the subcommand it names; everything that needs the others still sees them. */
class SubcommandsTest {
    private static final String[] ALL = {"audit", "collect", "score", "validate", "explain", "schema", "completion", "help"};

    @TempDir
    Path tmp;

    @Test
    void root_help_and_the_help_command_list_every_subcommand() {
        for (CliRun run : new CliRun[] {CliRun.of("--help"), CliRun.of("help"), CliRun.of("--verbose", "help")}) {
            assertThat(run.exitCode()).isZero();
            for (String name : ALL) {
                assertThat(run.out()).contains("\n  " + name + " ");
            }
        }
        assertThat(CliRun.of("help", "score").out()).startsWith("Usage: rubric score");
    }

    @Test
    void the_completion_script_completes_every_subcommand() {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("audit collect score validate explain schema diff init completion help");
    }

    @Test
    void a_subcommand_named_in_an_argument_file_or_after_root_options_runs() throws Exception {
        Path arguments = Files.writeString(tmp.resolve("args"), "schema\nevidence\n");
        CliRun fromFile = CliRun.of("@" + arguments);
        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        assertThat(fromFile.out()).contains("\"$schema\"");
        assertThat(CliRun.of("--verbose", "schema", "evidence").out()).isEqualTo(fromFile.out());
    }

    @Test
    void a_misspelt_subcommand_is_a_usage_error_pointing_to_the_help() {
        CliRun run = CliRun.of("audti", ".");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'audti'").contains("Try 'rubric --help'.");
    }
}
