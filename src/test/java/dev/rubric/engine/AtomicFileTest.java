package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.evidence.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence and report files are replaced whole or not at all, and a device is written, never replaced. */
class AtomicFileTest {
    @TempDir
    Path temp;

    @Test
    void a_file_gets_exactly_the_bytes_of_the_string_form() throws Exception {
        Map<String, Object> value = new TreeMap<>(Map.of("zeta", List.of(1, 2), "alpha", Map.of("é", "ü ✓"),
                "empty", List.of()));
        Path file = temp.resolve("out.json");
        AtomicFile.write(file, out -> Json.write(value, out));
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(Json.pretty(value));
        assertThat(written).startsWith("{\n  \"alpha\": {").endsWith("}\n");
        assertThat(temp).as("nothing but the file is left").isDirectoryContaining(p -> p.equals(file))
                .isDirectoryNotContaining(p -> !p.equals(file));
    }

    /** As /dev/null or /dev/stdout would be: a named pipe, so that a regression cannot replace a real device. */
    @Test
    void a_pipe_is_written_to_and_never_replaced() throws Exception {
        Path pipe = temp.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(pipe);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFile.write(pipe, out -> Json.write(List.of("x"), out));
        assertThat(new String(read.get(30, java.util.concurrent.TimeUnit.SECONDS), StandardCharsets.UTF_8))
                .isEqualTo(Json.pretty(List.of("x")));
        assertThat(Files.isRegularFile(pipe)).as("still a pipe").isFalse();
        assertThat(Files.readAttributes(pipe, java.nio.file.attribute.BasicFileAttributes.class).isOther()).isTrue();
    }

    @Test
    void a_value_that_cannot_be_written_leaves_the_previous_file_whole() throws Exception {
        Path file = temp.resolve("out.json");
        Files.writeString(file, "{ \"previous\": true }\n");
        Object unwritable = new Object() {
            public String getBroken() {
                throw new IllegalStateException("broken getter");
            }
        };
        assertThatThrownBy(() -> AtomicFile.write(file, out -> Json.write(List.of("first", unwritable), out))).isInstanceOf(Exception.class);
        assertThat(Files.readString(file)).isEqualTo("{ \"previous\": true }\n");
        assertThat(temp).isDirectoryNotContaining(p -> !p.equals(file));
    }
}
