package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files rubric writes into an audited tree are never audited: the second run reads what the first read. */
class OwnOutputTest {
    @TempDir
    Path tmp;

    @Test
    void a_report_folder_inside_the_target_is_not_audited() throws IOException {
        Path tree = tree();
        Path out = tree.resolve("reports");
        sameFileTwice(out.resolve("rubric-report.json"), "audit", tree.toString(), "-o", out.toString(), "--reproducible");
    }

    @Test
    void a_report_written_into_the_target_itself_is_not_audited() throws IOException {
        Path tree = tree();
        sameFileTwice(tree.resolve("rubric-report.json"), "audit", tree.toString(), "-o", tree.toString(), "--reproducible");
    }

    @Test
    void evidence_written_into_the_target_is_not_collected() throws IOException {
        Path tree = tree();
        Path evidence = tree.resolve("rubric-evidence.json");
        sameFileTwice(evidence, "collect", tree.toString(), "--evidence-out", evidence.toString());
    }

    private static void sameFileTwice(Path file, String... args) throws IOException {
        CliRun first = CliRun.of(args);
        assertThat(first.exitCode()).as(first.err()).isZero();
        String written = Files.readString(file);
        CliRun second = CliRun.of(args);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.readString(file)).as("the second run's output").isEqualTo(written);
    }

    private Path tree() throws IOException {
        Path tree = Files.createDirectories(tmp.resolve("tree"));
        Files.writeString(tree.resolve("prompt.prompty"), "---\nname: p\nmodel:\n  configuration:\n    model: gpt-4o\n---\nsystem:\nHi\n");
        return tree;
    }
}
