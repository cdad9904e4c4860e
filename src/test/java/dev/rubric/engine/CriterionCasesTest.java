package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Report;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.GateThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder {@code src/test/resources/criteria/<criterion-id>/<case>/} with an
 * {@code evidence.json} and an {@code expected.json} is one case of a built-in criterion: the
 * evidence is judged as {@code rubric score} judges it (link stage included), and the criterion's
 * status — and score and subject count when given — must be as expected. Adding a case means
 * adding files.
 *
 * <p>A case's evidence names only what the case is about: collections it leaves out are empty,
 * and without {@code sources} it was collected from one directory that was read without trouble
 * (which fills every collection but repositories, environments and images). The completed
 * evidence must be valid against the evidence schema, so a case cannot test a field no collector
 * writes.
 */
class CriterionCasesTest {
    static final Path ROOT = Path.of("src/test/resources/criteria");

    /** Every collection of an evidence document: what a source fills, and how collection went. */
    private static final List<String> COLLECTIONS = java.util.stream.Stream.of(List.of("sources"), Evidence.COLLECTIONS,
            List.of("links", "errors")).flatMap(List::stream).toList();

    @TestFactory
    Stream<DynamicTest> criterionCases() throws Exception {
        Rubric rubric = new RubricLoader().load(null);
        List<Path> cases = cases();
        assertThat(cases).as("criterion cases under " + ROOT).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(ROOT.relativize(c).toString(), () -> check(rubric, c)));
    }

    /**
     * A criterion of the built-in rubric without a case that passes and a case that fails is
     * untested in one direction: an expression that always passes (or never does) would go
     * unnoticed.
     */
    @Test
    void everyBuiltInCriterionHasAPassingAndAFailingCase() throws Exception {
        Map<String, Set<String>> statuses = new TreeMap<>();
        for (Path dir : cases()) {
            String criterion = dir.getParent().getFileName().toString();
            String status = Json.mapper().readTree(dir.resolve("expected.json").toFile()).path("status").asText();
            statuses.computeIfAbsent(criterion, k -> new TreeSet<>()).add(status);
        }
        List<String> missing = new ArrayList<>();
        for (Criterion criterion : new RubricLoader().load(null).criteria()) {
            Set<String> seen = statuses.getOrDefault(criterion.id(), Set.of());
            for (String needed : List.of("pass", "fail")) {
                if (!seen.contains(needed)) {
                    missing.add(criterion.id() + " has no " + needed + "ing case");
                }
            }
        }
        assertThat(missing).as("cases under " + ROOT).isEmpty();
    }

    @Test
    void everyCaseFolderNamesACriterionOfTheBuiltInRubric() throws Exception {
        Set<String> ids = new TreeSet<>();
        new RubricLoader().load(null).criteria().forEach(c -> ids.add(c.id()));
        List<String> strays = new ArrayList<>();
        try (Stream<Path> folders = Files.list(ROOT)) {
            folders.map(p -> p.getFileName().toString()).filter(name -> !ids.contains(name)).forEach(strays::add);
        }
        assertThat(strays).as("case folders without a criterion").isEmpty();
    }

    private static List<Path> cases() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> Files.isRegularFile(p.resolve("expected.json"))
                    && Files.isRegularFile(p.resolve("evidence.json"))).sorted().toList();
        }
    }

    /** The case's evidence with what it leaves out filled in. */
    static JsonNode evidence(Path dir) throws IOException {
        ObjectNode evidence = (ObjectNode) Json.mapper().readTree(dir.resolve("evidence.json").toFile());
        if (!evidence.has("schemaVersion")) {
            evidence.put("schemaVersion", dev.rubric.evidence.Evidence.SCHEMA_VERSION);
        }
        if (!evidence.has("tool")) {
            evidence.putObject("tool").put("name", "rubric").put("version", "test");
        }
        for (String collection : COLLECTIONS) {
            if (!evidence.has(collection)) {
                evidence.putArray(collection);
            }
        }
        if (evidence.get("sources").isEmpty()) {
            ObjectNode source = evidence.withArray("sources").addObject();
            source.put("id", "app");
            source.putObject("location").put("source", "app").put("path", ".");
            source.put("kind", "directory").put("target", "app").put("status", "ok");
            source.putObject("stats");
        }
        return evidence;
    }

    private static void check(Rubric rubric, Path dir) throws IOException {
        String criterion = dir.getParent().getFileName().toString();
        JsonNode saved = evidence(dir);
        assertThat(Schemas.validate("evidence", saved)).as("evidence of %s against the evidence schema", dir).isEmpty();
        JsonNode evidence = Engine.link(saved);
        Report report = new Engine().report(rubric, evidence, GateThresholds.none(), true);
        CriterionResult result = report.criteria().stream().filter(r -> r.id().equals(criterion)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + criterion + " in the built-in rubric"));
        JsonNode expected = Json.mapper().readTree(dir.resolve("expected.json").toFile());
        assertThat(result.status().toString().toLowerCase(java.util.Locale.ROOT)).as("status of %s (%s)", dir,
                        result.reason() == null ? result.findings() : result.reason())
                .isEqualTo(expected.get("status").asText());
        if (expected.has("score")) {
            assertThat(result.score()).as("score of %s", dir).isEqualTo(expected.get("score").asDouble());
        }
        if (expected.has("subjects")) {
            assertThat(result.subjects()).as("subjects of %s", dir).isEqualTo(expected.get("subjects").asInt());
        }
        if (expected.has("message")) {
            assertThat(result.findings()).as("findings of %s", dir).isNotEmpty();
            assertThat(result.findings().get(0).message()).as("first finding of %s", dir)
                    .isEqualTo(expected.get("message").asText());
        }
    }
}
