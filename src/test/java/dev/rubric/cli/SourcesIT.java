package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources that only a separate process shows as they are (issue 10): the locale the JVM starts
 * in, and permissions, which root ignores (the test then drops to nobody to see them).
 */
class SourcesIT {
    @TempDir
    Path tmp;

    private record Result(int exitCode, String err) {
    }

    private Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        String javaBin = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().put("PATH", javaBin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().remove("RUBRIC_JAVA_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("rubric finished").isTrue();
        return new Result(process.exitValue(), Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("rubric.jar", "target/rubric.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * A committed prompts/café.prompty, its name written by bash from octal escapes: this JVM may
     * itself run under a locale that cannot name it.
     */
    private Path repositoryWithANonAsciiName() throws IOException, InterruptedException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        String script = "set -e; mkdir prompts; printf -- '---\\nname: x\\nmodel:\\n  api: chat\\n---\\nsystem:\\nHello\\n'"
                + " > \"prompts/caf$(printf '\\303\\251').prompty\"; git init -q; git add .;"
                + " git -c user.name=t -c user.email=t@example.com commit -q -m first";
        Process process = new ProcessBuilder("bash", "-c", script).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return repo;
    }

    @Test
    void under_the_c_locale_the_launcher_reads_a_committed_non_ascii_name_as_git_does() throws Exception {
        Path repo = repositoryWithANonAsciiName();
        Path out = tmp.resolve("evidence.json");
        Result result = run(List.of("bash", "scripts/rubric", "collect", repo.toString(), "--evidence-out", out.toString()),
                Map.of("LC_ALL", "C", "LANG", "C"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode evidence = Json.mapper().readTree(out.toFile());
        assertThat(evidence.at("/errors").size()).as(evidence.at("/errors").toString()).isZero();
        assertThat(evidence.at("/files/0/path").asText()).isEqualTo("prompts/caf\u00e9.prompty");
        assertThat(evidence.at("/files/0/tracked").asBoolean()).isTrue();
        assertThat(evidence.at("/repositories/0/dirty").asBoolean()).isFalse();
    }

    @Test
    void the_jar_run_under_the_c_locale_says_which_names_it_cannot_read_and_how_to_fix_it() throws Exception {
        Path repo = repositoryWithANonAsciiName();
        Path out = tmp.resolve("evidence.json");
        Result result = run(jar("collect", repo.toString(), "--evidence-out", out.toString()), Map.of("LC_ALL", "C"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode evidence = Json.mapper().readTree(out.toFile());
        assertThat(evidence.at("/sources/0/status").asText()).isEqualTo("partial");
        assertThat(evidence.at("/errors/0/location/path").asText()).startsWith("prompts/caf");
        assertThat(evidence.at("/errors/0/message").asText()).contains("LC_ALL=C.UTF-8");
    }

    @Test
    void an_unreadable_target_fails_its_source_with_exit_3() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path locked = Files.createDirectories(tmp.resolve("locked/prompts"));
        Files.writeString(locked.resolve("a.prompty"), "---\nname: x\n---\nsystem:\nHi\n");
        Files.setPosixFilePermissions(locked.getParent(), PosixFilePermissions.fromString("---------"));
        Path out = tmp.resolve("evidence.json");
        List<String> command = new ArrayList<>();
        if (root) {
            // root reads any folder: only another user sees the permission
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(jar("collect", locked.getParent().toString(), "--evidence-out", out.toString()));
        try {
            Result result = run(command, Map.of("HOME", tmp.toString()));
            assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
            assertThat(result.err()).contains("permission denied");
            JsonNode evidence = Json.mapper().readTree(out.toFile());
            assertThat(evidence.at("/sources/0/status").asText()).isEqualTo("failed");
        } finally {
            Files.setPosixFilePermissions(locked.getParent(), PosixFilePermissions.fromString("rwx------"));
        }
    }
}
