package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Targets whose outside hides what is inside (issue 10): each is read as far as it can be, and
 * what could not be is located instead of passing for "ok".
 */
class LyingSourcesTest {
    private static final String PROMPT = "---\nname: triage\nmodel:\n  api: chat\n---\nsystem:\nHello\n";

    @TempDir
    Path tmp;

    Path work;

    @BeforeEach
    void aCommittedPrompt() throws Exception {
        work = Files.createDirectories(tmp.resolve("work"));
        Files.createDirectories(work.resolve("prompts"));
        Files.writeString(work.resolve("prompts/triage.prompty"), PROMPT);
        PersonIdent alice = new PersonIdent("Alice", "alice@example.com", Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("v1").setAuthor(alice).setCommitter(alice).setSign(false).call();
        }
    }

    private JsonNode collect(Path target, int expectedExit) throws Exception {
        Path out = tmp.resolve("evidence.json");
        CliRun run = CliRun.of("collect", target.toString(), "--evidence-out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(expectedExit);
        return Json.mapper().readTree(out.toFile());
    }

    @Test
    void a_target_that_is_a_symbolic_link_is_audited_behind_the_link() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain/prompts"));
        Files.writeString(plain.resolve("triage.prompty"), PROMPT);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("plain"));

        JsonNode evidence = collect(link, 0);
        JsonNode source = evidence.at("/sources/0");
        assertThat(source.get("id").asText()).as("the name the user gave").isEqualTo("link");
        assertThat(source.at("/stats/filesRead").asLong()).isEqualTo(1);
        assertThat(evidence.at("/prompts/0/location/path").asText()).isEqualTo("prompts/triage.prompty");
    }

    @Test
    void a_repository_behind_a_linked_target_keeps_its_history() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("repo-link"), work);
        JsonNode evidence = collect(link, 0);
        assertThat(evidence.at("/sources/0/kind").asText()).isEqualTo("repository");
        assertThat(evidence.at("/repositories/0/dirty").asBoolean()).isFalse();
        assertThat(evidence.at("/files/0/tracked").asBoolean()).isTrue();
    }

    @Test
    void a_garbage_head_is_located_and_the_work_tree_still_read_as_a_folder_without_history() throws Exception {
        Files.writeString(work.resolve(".git/HEAD"), "garbage garbage\n");
        JsonNode evidence = collect(work, 0);
        JsonNode source = evidence.at("/sources/0");
        assertThat(source.get("status").asText()).isEqualTo("partial");
        assertThat(source.get("kind").asText()).as("repositories unknown, not empty").isEqualTo("directory");
        assertThat(evidence.at("/errors/0/location/path").asText()).isEqualTo(".git/HEAD");
        assertThat(evidence.at("/errors/0/message").asText()).contains("history");
        assertThat(evidence.at("/prompts/0/location/path").asText()).isEqualTo("prompts/triage.prompty");
    }

    @Test
    void a_corrupt_index_is_located_and_the_files_and_history_still_read() throws Exception {
        Path index = work.resolve(".git/index");
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length - 30] ^= 0x55;
        Files.write(index, java.util.Arrays.copyOf(bytes, 40));

        JsonNode evidence = collect(work, 0);
        JsonNode source = evidence.at("/sources/0");
        assertThat(source.get("status").asText()).isEqualTo("partial");
        assertThat(source.get("kind").asText()).isEqualTo("repository");
        assertThat(evidence.at("/errors/0/location/path").asText()).isEqualTo(".git/index");
        assertThat(evidence.at("/prompts/0/location/path").asText()).isEqualTo("prompts/triage.prompty");
        assertThat(evidence.at("/repositories/0/headCommit").asText()).hasSize(40);
        assertThat(evidence.at("/files/0/revisions").asInt()).isEqualTo(1);
        assertThat(evidence.at("/repositories/0").has("dirty")).as("not known without the index, so not claimed").isFalse();
        assertThat(evidence.at("/files/0").has("tracked")).isFalse();
    }
}
