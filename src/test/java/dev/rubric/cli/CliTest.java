package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    static final String WEAK = "samples/invoice-rpa/weak";

    @TempDir
    Path tmp;

    private static void assertNoStackTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private JsonNode report(Path dir) throws IOException {
        return Json.mapper().readTree(dir.resolve("rubric-report.json").toFile());
    }

    @Test
    void version_and_help_name_the_exit_codes() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("rubric ");
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("audit", "collect", "score", "validate", "explain", "schema", "completion")
                .contains("Exit codes:").contains("3  a requested source could not be read");
        assertThat(CliRun.of("audit", "--help").out()).contains("--fail-under", "--min-level", "--reproducible");
    }

    @Test
    void a_missing_target_is_one_line_and_exit_2() {
        CliRun run = CliRun.of("audit", tmp.resolve("no-such-dir").toString(), "-o", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("does not exist").contains("no-such-dir");
        assertNoStackTrace(run);
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_a_hint() {
        CliRun run = CliRun.of("audit", "--fail-undr", "50");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option").contains("rubric audit --help");
        assertNoStackTrace(run);
    }

    @Test
    void fail_under_100_fails_the_gate_with_exit_1_and_records_it() throws IOException {
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("audit", WEAK, "-o", out.toString(), "--fail-under", "100", "--min-level", "0");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).contains("✗ fail-under").contains("✓ min-level");
        JsonNode gates = report(out).get("gates");
        assertThat(gates).hasSize(2);
        assertThat(gates.get(0).get("id").asText()).isEqualTo("fail-under");
        assertThat(gates.get(0).get("threshold").asDouble()).isEqualTo(100.0);
        assertThat(gates.get(0).get("actual").asDouble()).isEqualTo(report(out).get("score").asDouble());
        assertThat(gates.get(0).get("result").asText()).isEqualTo("fail");
        assertThat(gates.get(1).get("result").asText()).isEqualTo("pass");
    }

    @Test
    void a_rubric_with_a_cel_typo_stops_before_scanning_with_its_position() throws IOException {
        Path rubric = Files.writeString(tmp.resolve("typo.yaml"), """
                apiVersion: rubric/v1
                kind: Rubric
                metadata: {name: typo, version: 1.0.0}
                dimensions:
                  - id: prompt
                    title: Prompts
                    criteria:
                      - id: prompt.versioned
                        title: Versioned
                        level: 1
                        subjects: evidence.prompts
                        score: has(item.verison) || itme.inline
                """);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("audit", WEAK, "--rubric", rubric.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(rubric + ":12:37: CEL error in score of criterion prompt.versioned: undeclared reference to 'itme'");
        assertNoStackTrace(run);
        assertThat(out).as("nothing is scanned or written for an invalid rubric").doesNotExist();
        assertThat(CliRun.of("validate", rubric.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void reproducible_reports_are_byte_identical_and_otherwise_dated() throws IOException {
        Path first = tmp.resolve("a");
        Path second = tmp.resolve("b");
        assertThat(CliRun.of("audit", WEAK, "-o", first.toString(), "--reproducible").exitCode()).isZero();
        assertThat(CliRun.of("audit", WEAK, "-o", second.toString(), "--reproducible").exitCode()).isZero();
        assertThat(Files.readString(second.resolve("rubric-report.json")))
                .isEqualTo(Files.readString(first.resolve("rubric-report.json")));
        assertThat(report(first).has("generatedAt")).isFalse();
        Path dated = tmp.resolve("c");
        CliRun.of("audit", WEAK, "-o", dated.toString());
        assertThat(report(dated).get("generatedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void collect_then_score_gives_the_same_report_as_audit() throws IOException {
        Path direct = tmp.resolve("direct");
        Path evidence = tmp.resolve("evidence.json");
        Path rescored = tmp.resolve("rescored");
        assertThat(CliRun.of("audit", WEAK, "-o", direct.toString(), "--reproducible", "--fail-under", "30").exitCode())
                .isEqualTo(ExitCodes.GATE_FAILED);
        CliRun collect = CliRun.of("collect", WEAK, "--evidence-out", evidence.toString());
        assertThat(collect.exitCode()).isZero();
        assertThat(collect.out()).contains("Evidence: " + evidence);
        CliRun score = CliRun.of("score", evidence.toString(), "-o", rescored.toString(), "--reproducible", "--fail-under", "30");
        assertThat(score.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(Files.readString(rescored.resolve("rubric-report.json")))
                .isEqualTo(Files.readString(direct.resolve("rubric-report.json")));
    }

    @Test
    void a_malformed_manifest_becomes_a_located_error_and_the_audit_goes_on() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.writeString(repo.resolve("good.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    spec:
                      containers: [{name: api, image: "nginx:1.27"}]
                """);
        Files.writeString(repo.resolve("broken.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: worker
                 labels: {a: b}
                """);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("audit", repo.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode report = report(out);
        assertThat(report.get("complete").asBoolean()).isFalse();
        JsonNode error = report.get("errors").get(0);
        assertThat(error.get("location").get("path").asText()).isEqualTo("broken.yaml");
        assertThat(error.get("location").get("line").asInt()).isEqualTo(5);
        assertThat(error.get("message").asText()).startsWith("malformed YAML");
        assertThat(report.get("sources").get(0).get("status").asText()).isEqualTo("partial");
        assertThat(run.out()).contains("Collection problems: 1").contains("broken.yaml:5:");
        JsonNode pinned = null;
        for (JsonNode criterion : report.get("criteria")) {
            if (criterion.get("id").asText().equals("environment.image_pinned")) {
                pinned = criterion;
            }
        }
        assertThat(pinned).as("the good manifest was still judged").isNotNull();
        assertThat(pinned.get("subjects").asInt()).isEqualTo(1);
    }

    @Test
    void unknown_formats_and_bad_gate_values_are_usage_errors() {
        CliRun format = CliRun.of("audit", WEAK, "-f", "json,pdf", "-o", tmp.resolve("o").toString());
        assertThat(format.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("unknown report format 'pdf'").contains("available: json");
        CliRun formats = CliRun.of("audit", WEAK, "-f", "pdf,json,docx", "-o", tmp.resolve("o").toString());
        assertThat(formats.err()).contains("unknown report formats 'pdf', 'docx' (available: json, html, md")
                .contains("sarif").contains("junit").contains("cyclonedx");
        CliRun level = CliRun.of("audit", WEAK, "--min-level", "7", "-o", tmp.resolve("o").toString());
        assertThat(level.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(level.err()).contains("--min-level takes a level from 0 to 4");
        CliRun size = CliRun.of("collect", WEAK, "--max-file-size", "lots");
        assertThat(size.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertNoStackTrace(size);
    }

    @Test
    void score_refuses_files_that_are_not_evidence() throws IOException {
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\"schemaVersion\": \"1.0\",\n  \"sources\": [}\n");
        CliRun run = CliRun.of("score", broken.toString(), "-o", tmp.resolve("o").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(broken + ":2:").contains("not valid JSON");
        Path future = Files.writeString(tmp.resolve("future.json"), "{\"schemaVersion\": \"9.0\"}");
        CliRun later = CliRun.of("score", future.toString(), "-o", tmp.resolve("o").toString());
        assertThat(later.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(later.err()).contains("schemaVersion '9.0' is not supported");
        CliRun missing = CliRun.of("score", tmp.resolve("none.json").toString());
        assertThat(missing.err()).contains("does not exist");
        assertNoStackTrace(missing);
    }

    @Test
    void an_output_folder_that_is_a_file_is_refused_before_anything_is_scanned() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "not a folder");
        CliRun run = CliRun.of("audit", tmp.resolve("no-such-dir").toString(), "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("rubric: cannot write the report to '" + file + "': it is a file, not a folder\n");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void explain_shows_rationale_and_scoring_and_rejects_unknown_ids() {
        CliRun known = CliRun.of("explain", "prompt.versioned");
        assertThat(known.exitCode()).isZero();
        assertThat(known.out()).contains("Every prompt carries an explicit version").contains("Why:").contains("How to fix:")
                .contains("score: ");
        CliRun dimension = CliRun.of("explain", "environment");
        assertThat(dimension.out()).contains("environment.image_pinned");
        CliRun unknown = CliRun.of("explain", "prompt.nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no criterion or dimension 'prompt.nope'");
    }

    @Test
    void completion_script_covers_the_verbs() {
        CliRun run = CliRun.of("completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F").contains("audit").contains("--fail-under");
    }

    @Test
    void a_finding_repeated_at_one_place_is_one_line_of_the_summary_with_its_count() throws IOException {
        Path code = Files.createDirectories(tmp.resolve("app"));
        // three collections share one embedding model: one model reference each, all at line 4
        Files.writeString(code.resolve("rag.py"), """
                from langchain_community.vectorstores import Chroma
                from langchain_huggingface import HuggingFaceEmbeddings

                embeddings = HuggingFaceEmbeddings(model_name="BAAI/bge-small-en-v1.5")
                docs = Chroma(collection_name="docs", embedding_function=embeddings)
                faq = Chroma(collection_name="faq", embedding_function=embeddings)
                tickets = Chroma(collection_name="tickets", embedding_function=embeddings)
                """);
        CliRun run = CliRun.of("audit", code.toString(), "-o", tmp.resolve("out").toString(), "--color", "never", "--top", "40");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Top findings (");
        assertThat(run.out().lines().filter(line -> line.contains("model.pinned")))
                .singleElement().asString().contains("BAAI/bge-small-en-v1.5").contains("×3  (").contains("rag.py:4)");
    }
}
