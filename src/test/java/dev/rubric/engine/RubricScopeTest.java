package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Report;
import dev.rubric.report.ReportScope;
import dev.rubric.report.Status;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.GateThresholds;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rubric's scope decides which subjects its criteria see; the report counts the rest. */
class RubricScopeTest {
    private static final Path CASES = Path.of("src/test/resources/criteria/prompt.model_bound");

    @TempDir
    Path temp;

    @Test
    void theDefaultScopeLeavesTestSubjectsOutAndCountsThem() throws Exception {
        Report report = report(null, CASES.resolve("unbound-prompt-in-a-test/evidence.json"));
        assertThat(criterion(report).status()).isEqualTo(Status.PASS);
        ReportScope.Collection prompts = report.scope().collections().stream()
                .filter(c -> c.collection().equals("prompts")).findFirst().orElseThrow();
        assertThat(prompts.inScope()).isEqualTo(1);
        assertThat(prompts.outOfScope()).isEqualTo(1);
        assertThat(prompts.outOfScopeByRole()).containsExactly(java.util.Map.entry("test", 1));
        assertThat(report.scope().notes()).isEmpty();
    }

    @Test
    void aRubricThatJudgesTestsToo() throws Exception {
        String builtin;
        try (InputStream in = RubricLoader.class.getClassLoader().getResourceAsStream("rubric/agentic-ai.yaml")) {
            builtin = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path rubric = Files.writeString(temp.resolve("with-tests.yaml"),
                builtin.replaceFirst("(?m)^dimensions:", "scope: [production, test]\ndimensions:"));
        Report report = report(rubric.toString(), CASES.resolve("unbound-prompt-in-a-test/evidence.json"));
        assertThat(criterion(report).status()).isEqualTo(Status.PARTIAL);
        assertThat(report.scope().roles()).containsExactly("production", "test");
    }

    @Test
    void aDimensionWhoseSubjectsAreAllOutOfScopeGetsANote() throws Exception {
        Report report = report(null, CASES.resolve("prompts-only-in-tests/evidence.json"));
        assertThat(criterion(report).status()).isEqualTo(Status.NOT_APPLICABLE);
        // the code dimension judges prompts too (code.registry_prompts_pinned), so it has the same note
        assertThat(report.scope().notes()).extracting(note -> note.dimension()).containsExactly("prompt", "code");
        assertThat(report.scope().notes()).allSatisfy(note ->
                assertThat(note.message()).isEqualTo("prompts exist only in examples and tests (2 files)"));
    }

    @Test
    void evidenceWithoutRolesIsJudgedAsProductionAndSaysSo() throws Exception {
        JsonNode evidence = Json.mapper().readTree(CASES.resolve("names-no-model/evidence.json").toFile());
        Report report = new Engine().report(new RubricLoader().load(null), Engine.link(evidence), GateThresholds.none(), true);
        assertThat(report.scope().recorded()).isFalse();
        assertThat(criterion(report).subjects()).isEqualTo(2);
    }

    private static Report report(String rubric, Path evidence) throws Exception {
        JsonNode json = Engine.link(Json.mapper().readTree(evidence.toFile()));
        return new Engine().report(new RubricLoader().load(rubric), json, GateThresholds.none(), true);
    }

    private static CriterionResult criterion(Report report) {
        return report.criteria().stream().filter(c -> c.id().equals("prompt.model_bound")).findFirst().orElseThrow();
    }
}
