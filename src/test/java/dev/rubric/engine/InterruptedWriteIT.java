package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run stopped by Ctrl-C or by CI's timeout (SIGTERM) while writing leaves the previous report whole and no temporary file. */
class InterruptedWriteIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void a_signal_during_the_write_leaves_the_previous_file_and_nothing_else(String signal) throws Exception {
        Path report = Files.writeString(dir.resolve("rubric-report.json"), "{ \"previous\": true }\n");
        String classpath = System.getProperty("rubric.jar", "target/rubric.jar") + java.io.File.pathSeparator
                + Path.of(PausedWrite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                PausedWrite.class.getName(), report.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(partials()).as("the write is under way").hasSize(1);
            if (signal.equals("TERM")) {
                process.destroy();
            } else {
                assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor()).isZero();
            }
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped by SIG" + signal).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("killed by the signal, not finished").isNotZero();
        assertThat(Files.readString(report)).isEqualTo("{ \"previous\": true }\n");
        assertThat(partials()).isEmpty();
    }

    private List<Path> partials() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
        }
    }
}
