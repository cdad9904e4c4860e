package dev.rubric.collect.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.evidence.EvidenceBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A megabyte shaped against each pattern that once backtracked quadratically is read in seconds
 * (each took minutes to hours before: a blank-line run under (?m)^\s*, a blank run inside a
 * property value, and in pyproject tables). The bound is generous so a slow machine does not flake; the old cost was
 * several orders of magnitude above it.
 */
class LinearPatternsTest {
    private static final int SIZE = 1 << 20;

    @TempDir
    Path root;

    static Stream<Arguments> hostileFiles() {
        String blankLines = "\n".repeat(SIZE) + "x\n";
        return Stream.of(
                Arguments.of("Dockerfile", blankLines),
                Arguments.of("Modelfile", "FROM llama3\n" + blankLines),
                Arguments.of("Jenkinsfile", blankLines),
                Arguments.of(".github/workflows/ci.yml", "on: push\n" + "\n".repeat(SIZE) + "x: 1\n"),
                Arguments.of("infra/logs.tf", blankLines),
                Arguments.of("src/main/resources/application.properties",
                        "spring.ai.openai.chat.options.model=a" + " ".repeat(SIZE) + "b\n"),
                Arguments.of("src/main/resources/application-dev.properties",
                        "spring.ai.vectorstore.pgvector.dimensions=1" + "\t".repeat(SIZE) + "2\n"),
                Arguments.of("pyproject.toml", "[project]\nname = \"x\"\n" + blankLines));
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void readsAHostileMegabyteQuickly(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        TreeCollector collector = new TreeCollector(Formats.all(), FileLimits.defaults(), Set.of(), Duration.ofHours(1));

        EvidenceBuilder builder = new EvidenceBuilder();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> builder.source(
                collector.collect(new PathTarget("t", "t", root), new EvidenceSink(builder))));

        assertThat(builder.build("test").errors()).isEmpty();
    }
}
