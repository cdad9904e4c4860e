package dev.rubric.link;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.engine.Engine;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder under src/test/resources/link with an {@code evidence.json} and an
 * {@code expected.json} is one case: the engine's link stage (model names compared through the
 * identity table) runs over the evidence, and each
 * collection named in expected.json must equal the linked one exactly. The stage must also leave
 * its own output unchanged, since it runs again when saved evidence is scored.
 */
class LinkCasesTest {
    static final Path ROOT = Path.of("src/test/resources/link");

    @TestFactory
    Stream<DynamicTest> linkCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            cases = walk.filter(p -> Files.isRegularFile(p.resolve("expected.json"))
                    && Files.isRegularFile(p.resolve("evidence.json"))).sorted().toList();
        }
        assertThat(cases).as("link cases under " + ROOT).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(ROOT.relativize(c).toString(), () -> check(c)));
    }

    private static void check(Path dir) throws IOException {
        Evidence input = Json.mapper().readValue(dir.resolve("evidence.json").toFile(), Evidence.class);
        Evidence linked = Engine.linker().link(input, null);
        JsonNode expected = Json.mapper().readTree(dir.resolve("expected.json").toFile());
        JsonNode actual = Json.mapper().readTree(Json.pretty(linked));
        assertThat(expected.size()).as("expected.json names at least one collection").isPositive();
        for (Map.Entry<String, JsonNode> collection : expected.properties()) {
            assertThat(Json.pretty(actual.get(collection.getKey())))
                    .as("%s of %s", collection.getKey(), dir)
                    .isEqualTo(Json.pretty(collection.getValue()));
        }
        assertThat(Json.pretty(Engine.linker().link(linked, null)))
                .as("linking the linked evidence of %s again changes nothing", dir)
                .isEqualTo(Json.pretty(linked));
    }
}
