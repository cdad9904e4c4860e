package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.engine.Schemas;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: a separate process, real exit codes, real streams. */
class JarIT {
    @TempDir
    Path tmp;

    record Result(int exitCode, String out, String err) {
    }

    private Result rubric(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("rubric.jar", "target/rubric.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(tmp.resolve("out.txt").toFile())
                .redirectError(tmp.resolve("err.txt").toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("rubric finished").isTrue();
        return new Result(process.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void the_readme_audit_prints_a_summary_and_a_report_that_matches_its_schema() throws Exception {
        Path out = tmp.resolve("report");
        Result result = rubric(Map.of("NO_COLOR", "1"), "audit", "samples/invoice-rpa/strong", "-o", out.toString(),
                "--reproducible", "--min-level", "0");
        assertThat(result.exitCode()).as(result.err()).isZero();
        // audited where it lies, the strong sample's code is judged on this project's repository, which
        // tags no release and has no CODEOWNERS at its root: code stays at level 1, and with it the whole
        assertThat(result.out()).contains("Overall").contains("3 Linked and verified").contains("✓ min-level")
                .contains("Report: " + out.resolve("rubric-report.json")).doesNotContain("\u001b[");
        JsonNode report = Json.mapper().readTree(out.resolve("rubric-report.json").toFile());
        assertThat(Schemas.validate("report", report)).isEmpty();
        assertThat(report.get("level").asInt()).isEqualTo(1);
    }

    @Test
    void gates_and_usage_errors_are_exit_codes_of_the_process() throws Exception {
        Result gate = rubric(Map.of(), "audit", "samples/invoice-rpa/weak", "-o", tmp.resolve("r").toString(), "--fail-under", "100");
        assertThat(gate.exitCode()).isEqualTo(1);
        Result missing = rubric(Map.of(), "audit", "does/not/exist", "-o", tmp.resolve("r2").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("rubric: target 'does/not/exist' does not exist\n");
    }

    @Test
    void colour_is_on_only_when_asked_or_on_a_terminal() throws Exception {
        Result coloured = rubric(Map.of(), "audit", "samples/invoice-rpa/weak", "-o", tmp.resolve("c").toString(), "--color", "always");
        assertThat(coloured.out()).contains("\u001b[");
        Result piped = rubric(Map.of(), "audit", "samples/invoice-rpa/weak", "-o", tmp.resolve("p").toString());
        assertThat(piped.out()).as("stdout is a file here, not a terminal").doesNotContain("\u001b[");
    }

    @Test
    void collecting_a_repository_writes_nothing_into_it_nor_into_the_users_home() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(repo.resolve("prompt.prompty"), "---\nname: p\nmodel:\n  configuration:\n    model: gpt-4o-2024-08-06\n---\nsystem:\nHi\n");
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "first");
        git(repo, "gc", "-q");
        Path home = Files.createDirectories(tmp.resolve("home"));
        List<Path> watched = List.of(repo, repo.resolve(".git"), repo.resolve(".git/objects"), repo.resolve(".git/objects/pack"), home);
        List<String> created = new ArrayList<>();
        try (WatchService watcher = repo.getFileSystem().newWatchService()) {
            for (Path dir : watched) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            // user.home decides where JGit keeps its own configuration, XDG_CONFIG_HOME where git's is
            Result result = rubric(Map.of("JAVA_TOOL_OPTIONS", "-Duser.home=" + home, "XDG_CONFIG_HOME", home.resolve(".config").toString()),
                    "collect", repo.toString(), "--evidence-out", tmp.resolve("evidence.json").toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            for (WatchKey key; (key = watcher.poll()) != null; key.reset()) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    created.add(event.kind().name() + " " + ((Path) key.watchable()).resolve((Path) event.context()));
                }
            }
        }
        assertThat(created).as("files created, changed or deleted during the audit").isEmpty();
        try (Stream<Path> left = Files.walk(home)) {
            assertThat(left.filter(Files::isRegularFile)).as("files left in the user's home").isEmpty();
        }
        assertThat(Files.readString(tmp.resolve("evidence.json"))).contains("gpt-4o-2024-08-06");
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("git %s: %s", args[0], output).isZero();
    }
}
