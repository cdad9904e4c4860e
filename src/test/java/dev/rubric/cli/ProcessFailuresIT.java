package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What CI sees when the input is hostile or the JVM runs out of memory: an exit code that does not read as a failed gate. */
class ProcessFailuresIT {
    @TempDir
    Path tmp;

    @Test
    void running_out_of_memory_exits_4_with_one_line_naming_the_heap_option() throws Exception {
        // one 40 MB string: far more than a 24 MB heap holds as characters, far less than the evidence size limit
        Path evidence = tmp.resolve("evidence.json");
        try (OutputStream out = Files.newOutputStream(evidence)) {
            out.write("{\"schemaVersion\": \"1.0\", \"padding\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) {
                out.write(chunk);
            }
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }
        JarProcess run = JarProcess.run(tmp, tmp, List.of("-Xmx24m"), "score", evidence.toString(), "-o", tmp.resolve("r").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(run.err().lines()).singleElement().asString().contains("out of memory").contains("-Xmx")
                .contains("RUBRIC_JAVA_OPTS");
    }

    @Test
    void an_endless_device_as_evidence_is_refused_at_once() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a system with /dev/zero");
        JarProcess run = JarProcess.run(tmp, tmp, List.of("-Xmx64m"), "score", "/dev/zero", "-o", tmp.resolve("r").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("rubric: evidence file '/dev/zero' is not a regular file (save the evidence to a file first)\n");
    }

    /** Nobody writes into it: reading would wait forever. */
    @Test
    void a_named_pipe_as_evidence_is_refused_without_waiting_for_a_writer() throws Exception {
        Path pipe = tmp.resolve("evidence.json");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
        JarProcess run = JarProcess.run(tmp, tmp, List.of(), "score", pipe.toString(), "-o", tmp.resolve("r").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("is not a regular file").hasLineCount(1);
    }

    @Test
    void auditing_the_current_folder_twice_gives_the_same_report_although_the_first_left_its_folder_there() throws Exception {
        Path tree = copy(Path.of("samples/invoice-rpa/weak").toAbsolutePath(), tmp.resolve("tree"));
        JarProcess first = JarProcess.run(tmp, tree, List.of(), "audit", "--reproducible");
        assertThat(first.exitCode()).as(first.err()).isZero();
        byte[] report = Files.readAllBytes(tree.resolve("rubric-report/rubric-report.json"));
        JarProcess second = JarProcess.run(tmp, tree, List.of(), "audit", "--reproducible");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(new String(Files.readAllBytes(tree.resolve("rubric-report/rubric-report.json")), StandardCharsets.UTF_8))
                .isEqualTo(new String(report, StandardCharsets.UTF_8));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
