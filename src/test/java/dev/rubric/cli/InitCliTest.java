package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.config.ProjectConfig;
import dev.rubric.config.ProjectConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rubric init`: a starter that loads, whose gates the same tree passes, and that never overwrites unasked. */
class InitCliTest {
    @TempDir
    Path tmp;

    private Path repository() throws Exception {
        Path tree = tmp.resolve("repo");
        Files.createDirectories(tree.resolve("prompts"));
        Files.writeString(tree.resolve("prompts/route.prompty"),
                "---\nname: route\nmodel:\n  configuration:\n    model: gpt-4o\n---\nsystem:\nRoute the invoice.\n");
        return tree;
    }

    @Test
    void writesAStarterThatLoadsAndThatTheSameTreePasses() throws Exception {
        Path tree = repository();
        CliRun init = CliRun.of("init", tree.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        Path file = tree.resolve(".rubric.yaml");
        assertThat(init.out()).contains("Wrote " + file);
        String text = Files.readString(file);
        assertThat(text).contains("# .rubric.yaml, written by `rubric init`", "gates:", "failUnder:", "minLevel:",
                "prompt: {failUnder:", "not applicable", "waivers: []", "#  - criterion: ");
        ProjectConfig config = new ProjectConfigLoader().load(file, file.toString());
        assertThat(config.targets().paths()).containsExactly(".");
        assertThat(config.gates().minLevel()).isNotNull();
        assertThat(config.gates().dimensions()).containsKey("prompt");

        CliRun audit = CliRun.of("audit", tree.toString(), "-o", tmp.resolve("out").toString());
        assertThat(audit.exitCode()).as("gates at today's values pass today: " + audit.out() + audit.err()).isZero();
        assertThat(audit.out()).contains("✓ min-level:prompt")
                .doesNotContain("✗ fail-under", "✗ min-");
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path tree = repository();
        Path file = Files.writeString(tree.resolve(".rubric.yaml"), "scope: {exclude: [legacy]}\n");
        CliRun refused = CliRun.of("init", tree.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains(file + " already exists; rubric init does not overwrite it (use --force to replace it)");
        assertThat(Files.readString(file)).isEqualTo("scope: {exclude: [legacy]}\n");
        CliRun forced = CliRun.of("init", tree.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(file)).startsWith("# .rubric.yaml, written by `rubric init`");
    }

    @Test
    void aTreeWhereNothingIsAuditedStillGetsAFileThatLoads() throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("empty"));
        CliRun init = CliRun.of("init", tree.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        Path file = tree.resolve(".rubric.yaml");
        assertThat(new ProjectConfigLoader().load(file, file.toString()).gates().dimensions()).isEmpty();
    }
}
