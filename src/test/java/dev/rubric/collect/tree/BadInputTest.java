package dev.rubric.collect.tree;

import dev.rubric.collect.formats.Formats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Source;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken inputs, all in one tree: each becomes an error entry at its location, and
 * the good artifacts beside them are still collected. The inputs are generated here, so nothing
 * large is committed.
 */
class BadInputTest {
    @TempDir
    Path root;

    private Evidence evidence;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void collectAHostileTree() throws IOException {
        write("good/Dockerfile", "FROM python:3.12-slim\nUSER 1000\nCMD [\"python\"]\n");
        write("good/requirements.txt", "openai==1.51.2\n");
        write(".github/workflows/ci.yml", "name: ci\non: push\njobs:\n  build:\n    steps: [\n      - run: make\n");
        write("web/package.json", "{\n  \"name\": \"web\",\n  \"dependencies\": {\"openai\": }\n}\n");
        StringBuilder bomb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append("  ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = String.valueOf(c);
        }
        write("k8s/bomb.yaml", bomb.toString());
        Files.createDirectories(root.resolve("huge"));
        try (RandomAccessFile huge = new RandomAccessFile(root.resolve("huge/Dockerfile").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024);
        }
        Files.write(root.resolve("good/requirements-binary.txt"), new byte[] {'o', 'p', 'e', 'n', 'a', 'i', 0, 1, 2, '\n'});
        Files.write(root.resolve("web/pyproject.toml"),
                "[project]\nname = \"x\"\ndependencies = [\"caf\u00e9\"]\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.createDirectories(root.resolve("links"));
        Files.createSymbolicLink(root.resolve("links/loop-a"), root.resolve("links/loop-b"));
        Files.createSymbolicLink(root.resolve("links/loop-b"), root.resolve("links/loop-a"));
        Files.createSymbolicLink(root.resolve("links/Dockerfile"), Path.of("../nowhere/Dockerfile"));
        Files.createSymbolicLink(root.resolve("links/healthy-dir"), root.resolve("good"));
        Files.createSymbolicLink(root.resolve("links/healthy-file"), root.resolve("good/Dockerfile"));

        EvidenceBuilder builder = new EvidenceBuilder();
        builder.source(new TreeCollector(Formats.all(), FileLimits.defaults(), Set.of())
                .collect(new PathTarget("t", "t", root), new EvidenceSink(builder)));
        evidence = builder.build("test");
    }

    private CollectionError errorFor(String path) {
        return evidence.errors().stream().filter(e -> path.equals(e.location().path())).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + path + " in " + evidence.errors()));
    }

    @Test
    void the_good_files_beside_the_bad_ones_are_still_collected() {
        assertThat(evidence.files()).filteredOn(f -> f.path().startsWith("good/") && !f.kind().equals("unrecognised"))
                .extracting(ArtifactFile::path).containsExactly("good/Dockerfile", "good/requirements.txt");
        Source source = evidence.sources().get(0);
        assertThat(source.status()).isEqualTo(Source.PARTIAL);
    }

    @Test
    void malformed_yaml_and_json_are_located() {
        CollectionError yaml = errorFor(".github/workflows/ci.yml");
        assertThat(yaml.message()).startsWith("malformed YAML:");
        assertThat(yaml.location().line()).isEqualTo(6);
        CollectionError json = errorFor("web/package.json");
        assertThat(json.message()).startsWith("malformed JSON in package.json:");
        assertThat(json.location().line()).isEqualTo(3);
        assertThat(json.location().column()).isPositive();
    }

    @Test
    void an_alias_bomb_is_refused() {
        assertThat(errorFor("k8s/bomb.yaml").message()).contains("refusing a possible alias bomb");
    }

    @Test
    void a_50_mb_artifact_a_binary_one_and_invalid_utf8_are_refused() {
        assertThat(errorFor("huge/Dockerfile").message()).isEqualTo("not read: 50.0 MB is over the 5.0 MB limit for artifact files (--max-file-size)");
        assertThat(errorFor("good/requirements-binary.txt").message()).contains("binary content");
        CollectionError utf8 = errorFor("web/pyproject.toml");
        assertThat(utf8.message()).startsWith("not read: invalid UTF-8 at byte offset");
        assertThat(utf8.location().line()).isEqualTo(3);
    }

    @Test
    void broken_symbolic_links_are_errors_and_healthy_ones_are_not_followed() {
        assertThat(errorFor("links/loop-a").message()).isEqualTo("symbolic link loop");
        assertThat(errorFor("links/loop-b").message()).isEqualTo("symbolic link loop");
        assertThat(errorFor("links/Dockerfile").message())
                .isEqualTo("dangling symbolic link: its target ../nowhere/Dockerfile does not exist");
        assertThat(evidence.errors()).noneMatch(e -> e.location().path().startsWith("links/healthy"));
        assertThat(evidence.files()).noneMatch(f -> f.path().startsWith("links/"));
        assertThat(evidence.sources().get(0).stats()).containsEntry("nonRegularFiles", 5L);
    }
}
