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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk itself: what is skipped, what is refused, and that one bad file never stops the rest. */
class TreeCollectorTest {
    @TempDir
    Path root;

    private static final String PROMPTY = "---\nname: ok\nmetadata: {version: \"1\"}\n---\nsystem:\nHello\n";

    private Evidence collect(Path target, FileLimits limits) {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.source(new TreeCollector(Formats.all(), limits, Set.of()).collect(new PathTarget("t", "t", target), new EvidenceSink(builder)));
        return builder.build("test");
    }

    private Evidence collect() {
        return collect(root, FileLimits.defaults());
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static CollectionError errorFor(Evidence evidence, String path) {
        return evidence.errors().stream().filter(e -> path.equals(e.location().path())).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + path + " in " + evidence.errors()));
    }

    @Test
    void oversized_binary_and_invalid_utf8_candidates_become_located_errors_and_the_rest_is_read() throws IOException {
        write("prompts/good.prompty", PROMPTY);
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        Files.write(root.resolve("prompts/huge.prompty"), big);
        Files.write(root.resolve("prompts/model.prompty"), new byte[] {'-', '-', '-', '\n', 0, 1, 2, 3});
        Files.write(root.resolve("prompts/latin1.prompt"), "---\nname: caf\u00e9\n---\nline two\n".getBytes(StandardCharsets.ISO_8859_1));

        Evidence evidence = collect();

        assertThat(evidence.prompts()).extracting(p -> p.name()).containsExactly("ok");
        assertThat(errorFor(evidence, "prompts/huge.prompty").message()).contains("6.0 MB is over the 5.0 MB limit");
        assertThat(errorFor(evidence, "prompts/model.prompty").message()).contains("binary content");
        CollectionError latin1 = errorFor(evidence, "prompts/latin1.prompt");
        assertThat(latin1.message()).isEqualTo("not read: invalid UTF-8 at byte offset 13");
        assertThat(latin1.location().line()).isEqualTo(2);
        Source source = evidence.sources().get(0);
        assertThat(source.status()).isEqualTo(Source.PARTIAL);
        assertThat(source.stats()).containsEntry("tooLarge", 1L).containsEntry("binary", 1L);
    }

    @Test
    void the_size_limit_is_configurable() throws IOException {
        write("a.prompty", PROMPTY);
        Evidence evidence = collect(root, new FileLimits(10, 1));
        assertThat(evidence.prompts()).isEmpty();
        assertThat(errorFor(evidence, "a.prompty").message()).contains("over the 10 bytes limit");
    }

    @Test
    void dependency_folders_build_outputs_and_git_ignored_files_are_skipped() throws IOException {
        Files.createDirectories(root.resolve(".git/info"));
        Files.writeString(root.resolve(".git/info/exclude"), "scratch/\n");
        write(".gitignore", "generated/\n*.local.prompty\n!keep.local.prompty\n");
        write("prompts/a.prompty", PROMPTY);
        write("prompts/b.local.prompty", PROMPTY);
        write("prompts/keep.local.prompty", PROMPTY);
        write("prompts/nested/.gitignore", "c.prompty\n");
        write("prompts/nested/c.prompty", PROMPTY);
        write("generated/d.prompty", PROMPTY);
        write("scratch/e.prompty", PROMPTY);
        write("node_modules/pkg/f.prompty", PROMPTY);
        write("target/g.prompty", PROMPTY);

        Evidence evidence = collect();

        assertThat(evidence.prompts()).extracting(p -> p.location().path())
                .containsExactly("prompts/a.prompty", "prompts/keep.local.prompty");
        Source source = evidence.sources().get(0);
        assertThat(source.kind()).isEqualTo("repository");
        assertThat(source.stats()).containsEntry("gitIgnored", 2L).containsEntry("skippedDirectories", 5L);
    }

    @Test
    void outside_git_the_same_tree_is_a_directory_and_gitignore_means_nothing() throws IOException {
        Path plain = Files.createTempDirectory("rubric-plain");
        try {
            Files.writeString(plain.resolve(".gitignore"), "*.prompty\n");
            Files.writeString(plain.resolve("a.prompty"), PROMPTY);
            Evidence evidence = collect(plain, FileLimits.defaults());
            assertThat(evidence.sources().get(0).kind()).isEqualTo("directory");
            assertThat(evidence.prompts()).hasSize(1);
        } finally {
            Files.deleteIfExists(plain.resolve(".gitignore"));
            Files.deleteIfExists(plain.resolve("a.prompty"));
            Files.deleteIfExists(plain);
        }
    }

    @Test
    void symbolic_links_are_not_followed_so_loops_cannot_trap_the_walk() throws IOException {
        write("prompts/a.prompty", PROMPTY);
        Files.createSymbolicLink(root.resolve("prompts/loop"), root);
        Files.createSymbolicLink(root.resolve("prompts/alias.prompty"), root.resolve("prompts/a.prompty"));

        Evidence evidence = collect();

        assertThat(evidence.prompts()).hasSize(1);
        assertThat(evidence.sources().get(0).stats()).containsEntry("nonRegularFiles", 2L);
    }

    @Test
    void a_single_file_can_be_a_target() throws IOException {
        write("deploy/app.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x}]}\n");
        write("deploy/other.prompty", PROMPTY);
        Evidence evidence = collect(root.resolve("deploy/app.yaml"), FileLimits.defaults());
        assertThat(evidence.workloads()).hasSize(1);
        assertThat(evidence.files()).extracting(ArtifactFile::path).containsExactly("app.yaml");
        assertThat(evidence.prompts()).isEmpty();
    }
}
