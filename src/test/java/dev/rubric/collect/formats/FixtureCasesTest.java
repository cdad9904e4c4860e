package dev.rubric.collect.formats;

import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.tree.TreeCollector;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder under src/test/resources/collect that holds an {@code input/} tree and an
 * {@code expected.json} is one case: the input is collected as a target named "fixture", and
 * each collection named in expected.json must equal the collected one exactly. Adding a case
 * means adding files, not Java.
 */
class FixtureCasesTest {
    static final Path ROOT = Path.of("src/test/resources/collect");

    @TestFactory
    Stream<DynamicTest> fixtureCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            cases = walk.filter(p -> Files.isRegularFile(p.resolve("expected.json")) && Files.isDirectory(p.resolve("input")))
                    .sorted().toList();
        }
        assertThat(cases).as("fixture cases under " + ROOT).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(ROOT.relativize(c).toString(), () -> check(c)));
    }

    static Evidence collect(Path input) {
        EvidenceBuilder builder = new EvidenceBuilder();
        TreeCollector collector = new TreeCollector(Formats.all(), FileLimits.defaults(), Set.of());
        builder.source(collector.collect(new PathTarget("fixture", "fixture", input), new EvidenceSink(builder)));
        return builder.build("test");
    }

    private static void check(Path dir) throws IOException {
        JsonNode expected = Json.mapper().readTree(dir.resolve("expected.json").toFile());
        JsonNode actual = Json.mapper().readTree(Json.pretty(collect(dir.resolve("input"))));
        assertThat(expected.size()).as("expected.json names at least one collection").isPositive();
        for (Map.Entry<String, JsonNode> collection : expected.properties()) {
            assertThat(actual.has(collection.getKey())).as("evidence has a collection '%s'", collection.getKey()).isTrue();
            assertThat(Json.pretty(actual.get(collection.getKey())))
                    .as("%s of %s", collection.getKey(), dir)
                    .isEqualTo(Json.pretty(collection.getValue()));
        }
    }
}
