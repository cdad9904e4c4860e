package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Report;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.GateThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder {@code src/test/resources/criteria/<criterion-id>/<case>/} with an
 * {@code evidence.json} and an {@code expected.json} is one case of a built-in criterion: the
 * evidence is judged as {@code rubric score} judges it (link stage included), and the criterion's
 * status — and score and subject count when given — must be as expected. Adding a case means
 * adding files.
 */
class CriterionCasesTest {
    static final Path ROOT = Path.of("src/test/resources/criteria");

    @TestFactory
    Stream<DynamicTest> criterionCases() throws Exception {
        Rubric rubric = new RubricLoader().load(null);
        List<Path> cases;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            cases = walk.filter(p -> Files.isRegularFile(p.resolve("expected.json"))
                    && Files.isRegularFile(p.resolve("evidence.json"))).sorted().toList();
        }
        assertThat(cases).as("criterion cases under " + ROOT).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(ROOT.relativize(c).toString(), () -> check(rubric, c)));
    }

    private static void check(Rubric rubric, Path dir) throws IOException {
        String criterion = dir.getParent().getFileName().toString();
        JsonNode evidence = Engine.link(Json.mapper().readTree(dir.resolve("evidence.json").toFile()));
        Report report = new Engine().report(rubric, evidence, GateThresholds.none(), true);
        CriterionResult result = report.criteria().stream().filter(r -> r.id().equals(criterion)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + criterion + " in the built-in rubric"));
        JsonNode expected = Json.mapper().readTree(dir.resolve("expected.json").toFile());
        assertThat(result.status().toString().toLowerCase(java.util.Locale.ROOT)).as("status of %s", dir)
                .isEqualTo(expected.get("status").asText());
        if (expected.has("score")) {
            assertThat(result.score()).as("score of %s", dir).isEqualTo(expected.get("score").asDouble());
        }
        if (expected.has("subjects")) {
            assertThat(result.subjects()).as("subjects of %s", dir).isEqualTo(expected.get("subjects").asInt());
        }
    }
}
