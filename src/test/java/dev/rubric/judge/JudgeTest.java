package dev.rubric.judge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Status;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeTest {
    @TempDir
    Path dir;

    private static final Source REPOSITORY = new Source("app", Location.file("app", "."), "repository", "app", Source.OK, null, Map.of());
    /** As the engine's registry says today: directories and repositories fill these. */
    private static final Map<String, Set<String>> SOURCE_KINDS = Map.of(
            "prompts", Set.of("directory", "repository"), "workloads", Set.of("directory", "repository"),
            "repositories", Set.of("repository"));
    private static final Availability FROM_REPOSITORY = new Availability(
            Set.of("prompts", "workloads", "repositories"), SOURCE_KINDS);

    private static final String EVIDENCE = """
            {"schemaVersion": "1.0",
             "prompts": [
               {"id": "app/a.prompty", "location": {"source": "app", "path": "a.prompty", "line": 1}, "version": "1.0", "inline": false, "revisions": 4},
               {"id": "app/b.prompt", "location": {"source": "app", "path": "b.prompt", "line": 1}, "inline": false, "revisions": 2},
               {"id": "app/c.prompt", "location": {"source": "app", "path": "c.prompt", "line": 3}, "inline": false},
               {"id": "app/code.py#1", "location": {"source": "app", "path": "code.py", "line": 9}, "inline": true}
             ],
             "workloads": []}
            """;

    private Rubric rubric(String criteria) throws Exception {
        String yaml = """
                apiVersion: rubric/v1
                kind: Rubric
                metadata: {name: t, version: "1"}
                dimensions:
                  - id: prompt
                    title: Prompts
                    criteria:
                """ + criteria.indent(6);
        Path file = Files.writeString(dir.resolve("r.yaml"), yaml);
        return new RubricLoader().load(file.toString());
    }

    private CriterionResult judgeOne(String criterion, List<Source> sources) throws Exception {
        return judgeOne(criterion, sources, FROM_REPOSITORY);
    }

    private CriterionResult judgeOne(String criterion, List<Source> sources, Availability availability) throws Exception {
        JsonNode evidence = Json.mapper().readTree(EVIDENCE);
        List<CriterionResult> results = new Judge().judge(rubric(criterion), evidence, sources, availability);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void partial_scores_average_over_the_subjects_that_match_when() throws Exception {
        CriterionResult result = judgeOne("""
                - id: prompt.versioned
                  title: Versioned
                  level: 1
                  requires: [prompts]
                  subjects: evidence.prompts
                  when: "!item.inline"
                  score: "has(item.version) ? 1.0 : (has(item.revisions) && item.revisions > 0 ? 0.5 : 0.0)"
                  message: "'prompt ' + item.id + ' has no version'"
                """, List.of(REPOSITORY));
        assertThat(result.status()).isEqualTo(Status.PARTIAL);
        assertThat(result.score()).isEqualTo(0.5);
        assertThat(result.subjects()).as("the inline prompt is filtered out by when").isEqualTo(3);
        assertThat(result.passed()).isEqualTo(1);
        assertThat(result.findings()).extracting(Finding::subject).containsExactly("app/c.prompt", "app/b.prompt");
        Finding worst = result.findings().get(0);
        assertThat(worst.score()).isZero();
        assertThat(worst.message()).isEqualTo("prompt app/c.prompt has no version");
        assertThat(worst.location().path()).isEqualTo("c.prompt");
        assertThat(worst.location().line()).isEqualTo(3);
    }

    @Test
    void min_aggregation_takes_the_worst_subject() throws Exception {
        CriterionResult result = judgeOne("""
                - id: prompt.versioned
                  title: Versioned
                  level: 1
                  aggregate: min
                  subjects: evidence.prompts
                  when: "!item.inline"
                  score: "has(item.version) ? 1.0 : 0.5"
                """, List.of(REPOSITORY));
        assertThat(result.score()).isEqualTo(0.5);
    }

    @Test
    void a_collection_no_source_fills_makes_the_criterion_unknown_not_zero() throws Exception {
        CriterionResult result = judgeOne("""
                - id: prompt.deployed
                  title: Deployed prompts match
                  level: 1
                  requires: [prompts, environments]
                  subjects: evidence.prompts
                  score: "false"
                """, List.of(REPOSITORY));
        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.score()).isNull();
        assertThat(result.reason()).isEqualTo("needs environments, not collected: no source fills it yet");
    }

    @Test
    void a_collection_not_collected_says_which_targets_would_fill_it() throws Exception {
        CriterionResult result = judgeOne("""
                - id: prompt.versioned
                  title: Versioned
                  level: 1
                  requires: [prompts, repositories]
                  subjects: evidence.prompts
                  score: "true"
                """, List.of(), new Availability(Set.of(), SOURCE_KINDS));
        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.reason()).isEqualTo("needs prompts, repositories, not collected: audit a directory or repository target");
    }

    @Test
    void a_failed_required_source_makes_the_criterion_unknown_and_says_which() throws Exception {
        Source failed = new Source("app", Location.file("app", "."), "directory", "app", Source.FAILED, "permission denied", Map.of());
        CriterionResult result = judgeOne("""
                - id: prompt.versioned
                  title: Versioned
                  level: 1
                  requires: [prompts]
                  subjects: evidence.prompts
                  score: "true"
                """, List.of(failed), new Availability(Set.of(), SOURCE_KINDS));
        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.reason()).isEqualTo("needs prompts, not collected: collecting app failed");
    }

    @Test
    void no_subjects_and_false_applies_are_not_applicable() throws Exception {
        CriterionResult none = judgeOne("""
                - id: prompt.gpu
                  title: GPU
                  level: 1
                  subjects: evidence.workloads
                  score: "true"
                """, List.of(REPOSITORY));
        assertThat(none.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(none.reason()).isEqualTo("no subjects");
        CriterionResult doesNotApply = judgeOne("""
                - id: prompt.registry
                  title: Registry
                  level: 1
                  applies: evidence.prompts.exists(p, p.inline) && false
                  subjects: evidence.prompts
                  score: "true"
                """, List.of(REPOSITORY));
        assertThat(doesNotApply.status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void without_subjects_the_whole_evidence_is_judged_once() throws Exception {
        CriterionResult result = judgeOne("""
                - id: prompt.some
                  title: Some prompts exist
                  level: 1
                  score: "size(item.prompts) >= 4 && item == evidence"
                """, List.of(REPOSITORY));
        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.subjects()).isEqualTo(1);
    }

    @Test
    void evaluation_errors_make_the_criterion_unknown_with_the_expression_position() throws Exception {
        CriterionResult result = judgeOne("""
                - id: prompt.versioned
                  title: Versioned
                  level: 1
                  subjects: evidence.prompts
                  score: item.version == '1.0'
                """, List.of(REPOSITORY));
        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.reason()).contains("score (").contains("r.yaml:12:").contains("on app/b.prompt")
                .contains("key 'version' is not present");
    }

    @Test
    void scores_outside_zero_to_one_are_refused() throws Exception {
        CriterionResult result = judgeOne("""
                - id: prompt.count
                  title: Count
                  level: 1
                  subjects: evidence.prompts
                  score: "2.5"
                """, List.of(REPOSITORY));
        assertThat(result.status()).isEqualTo(Status.UNKNOWN);
        assertThat(result.reason()).contains("must lie between 0 and 1");
    }
}
