package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.formats.SecretsProofCorpus;
import dev.rubric.engine.Renderers;
import dev.rubric.render.Renderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planted-secrets corpus, committed to a git repository with a credential in its remote and
 * commit message and a dangling link whose target carries a password, audited into every report
 * format there is (the renderer registry, so a format added later is covered without editing this
 * test) and collected into evidence: no output, file or terminal, may hold any planted value.
 */
class SecretsProofReportsTest {
    @TempDir
    Path tmp;

    @Test
    void no_planted_secret_reaches_any_output() throws Exception {
        Path tree = plantedRepository();
        Path reports = tmp.resolve("reports");
        Path evidence = tmp.resolve("evidence.json");

        CliRun audit = CliRun.of("audit", tree.toString(), "-o", reports.toString(), "--reproducible",
                "-f", String.join(",", Renderers.formats()), "--verbose");
        CliRun collect = CliRun.of("collect", tree.toString(), "--evidence-out", evidence.toString(), "--verbose");

        assertThat(audit.exitCode()).as(audit.err()).isNotEqualTo(ExitCodes.USAGE).isNotEqualTo(4);
        assertThat(collect.exitCode()).as(collect.err()).isZero();
        List<String> outputs = new ArrayList<>(List.of(audit.out(), audit.err(), collect.out(), collect.err(),
                Files.readString(evidence)));
        for (Renderer renderer : Renderers.select(Renderers.formats(), new ArrayList<>())) {
            assertThat(reports.resolve("rubric-report." + renderer.extension())).as("-f %s", renderer.format()).isRegularFile();
        }
        try (Stream<Path> files = Files.walk(reports)) {
            files.filter(Files::isRegularFile).forEach(f -> outputs.add(read(f)));
        }
        // the corpus was really read: its carriers are in the evidence, the link and alias as errors
        assertThat(outputs.get(4)).contains("ft/axolotl.yml", "deploy/leaky.yaml", "Modelfile", "link.yaml",
                "undefined alias", "\"remotes\"");

        List<String> planted = new ArrayList<>(SecretsProofCorpus.SEEDED);
        planted.addAll(List.of("seeded-symlink-pass-0057", "seeded-remote-pass-0058", "seeded-commit-message-0059"));
        for (String output : outputs) {
            for (String secret : planted) {
                assertThat(output).as("planted secret %s in an output", secret).doesNotContain(secret);
            }
            assertThat(output.toLowerCase(Locale.ROOT)).as("a fragment of a planted secret").doesNotContain("seeded");
        }
    }

    private Path plantedRepository() throws Exception {
        Path tree = tmp.resolve("planted");
        try (Stream<Path> files = Files.walk(SecretsProofCorpus.TREE)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = tree.resolve(SecretsProofCorpus.TREE.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.createSymbolicLink(tree.resolve("deploy/link.yaml"), Path.of(SecretsProofCorpus.SYMLINK_TARGET));
        PersonIdent author = new PersonIdent("Planter", "planter@example.com", Instant.parse("2024-01-01T00:00:00Z"),
                ZoneOffset.UTC);
        try (Git git = Git.init().setDirectory(tree.toFile()).setInitialBranch("main").call()) {
            git.remoteAdd().setName("origin").setUri(new URIish(SecretsProofCorpus.REMOTE_URL)).call();
            git.add().addFilepattern(".").call();
            git.commit().setMessage(SecretsProofCorpus.COMMIT_MESSAGE).setAuthor(author).setCommitter(author)
                    .setSign(false).call();
        }
        return tree;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
