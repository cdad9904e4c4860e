package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/rubric, as the README's first command runs it: its JVM options must start on the JDK at
 * hand, and its class-data archive must be made once, quietly, and then used.
 */
class LauncherIT {
    @TempDir
    Path tmp;

    private record Result(int exitCode, String out, String err) {
    }

    private Result launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/rubric"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        // the JDK running the tests is the one the launcher should find
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().put("PATH", javaBin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("NO_COLOR", "1");
        builder.environment().remove("RUBRIC_JAVA_OPTS");
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Result(process.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void the_launcher_audits_a_sample_and_keeps_a_class_data_archive_for_the_next_run() throws Exception {
        Path cds = Path.of("target", "cds");
        if (Files.isDirectory(cds)) {
            try (Stream<Path> archives = Files.list(cds)) {
                for (Path archive : archives.toList()) {
                    Files.delete(archive);
                }
            }
        }
        Result first = launcher("audit", "samples/invoice-rpa/weak", "-o", tmp.resolve("r1").toString(), "--reproducible");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).as("no JVM or CDS chatter").isEmpty();
        assertThat(first.out()).contains("Overall");
        try (Stream<Path> archives = Files.list(cds)) {
            assertThat(archives.filter(p -> p.toString().endsWith(".jsa")).toList()).as("one archive for this JDK").hasSize(1);
        }

        Result second = launcher("audit", "samples/invoice-rpa/weak", "-o", tmp.resolve("r2").toString(), "--reproducible");
        assertThat(second.exitCode()).isZero();
        assertThat(second.err()).isEmpty();
        assertThat(Files.readString(tmp.resolve("r2/rubric-report.json")))
                .as("the same report with or without the archive").isEqualTo(Files.readString(tmp.resolve("r1/rubric-report.json")));
    }
}
