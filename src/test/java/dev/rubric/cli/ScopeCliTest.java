package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File roles from the command line: --include, --exclude, --config, .rubric.yaml, and audit --evidence-out. */
class ScopeCliTest {
    private static final String PROMPT = "---\nname: %s\nmodel:\n  configuration:\n    model: gpt-4o\n---\nsystem:\nHi\n";

    @TempDir
    Path tmp;

    @Test
    void conventionalRolesAreRecordedAndOnlyProductionIsJudged() throws IOException {
        Path tree = tree();
        JsonNode report = audit(tree);
        assertThat(role(evidence(tree), "prompts/route.prompty")).isEqualTo("production");
        assertThat(role(evidence(tree), "tests/fixtures/stub.prompty")).isEqualTo("test");
        JsonNode prompts = collection(report, "prompts");
        assertThat(prompts.get("inScope").asInt()).isEqualTo(1);
        assertThat(prompts.get("outOfScope").asInt()).isEqualTo(2);
        assertThat(prompts.get("outOfScopeByRole").toString()).isEqualTo("{\"example\":1,\"test\":1}");
        assertThat(report.at("/scope/roles").toString()).isEqualTo("[\"production\"]");
    }

    @Test
    void includeAndExcludeOverrideTheConventions() throws IOException {
        Path tree = tree();
        Path evidence = tmp.resolve("e.json");
        CliRun run = CliRun.of("collect", tree.toString(), "--evidence-out", evidence.toString(),
                "--include", "tests/fixtures/**", "--exclude", "prompts/route.prompty");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = Json.mapper().readTree(evidence.toFile());
        assertThat(role(json, "tests/fixtures/stub.prompty")).isEqualTo("production");
        assertThat(role(json, "prompts/route.prompty")).isEqualTo("excluded");
        assertThat(role(json, "examples/demo.prompty")).isEqualTo("example");
        assertThat(json.at("/scope/include").toString()).isEqualTo("[\"tests/fixtures/**\"]");
        assertThat(json.at("/scope/exclude").toString()).isEqualTo("[\"prompts/route.prompty\"]");
    }

    @Test
    void aRubricYamlAtTheRootIsReadAndTheFlagsReplaceItsLists() throws IOException {
        Path tree = tree();
        Files.writeString(tree.resolve(".rubric.yaml"), "scope:\n  include: [examples]\n  exclude: [prompts]\n");
        JsonNode fromFile = evidence(tree);
        assertThat(role(fromFile, "examples/demo.prompty")).isEqualTo("production");
        assertThat(role(fromFile, "prompts/route.prompty")).isEqualTo("excluded");
        assertThat(fromFile.at("/scope/config").asText()).isEqualTo(tree + "/.rubric.yaml");

        Path evidence = tmp.resolve("flags.json");
        CliRun run = CliRun.of("collect", tree.toString(), "--evidence-out", evidence.toString(), "--exclude", "examples");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = Json.mapper().readTree(evidence.toFile());
        assertThat(role(json, "examples/demo.prompty")).as("--exclude replaces the file's exclude").isEqualTo("excluded");
        assertThat(role(json, "prompts/route.prompty")).as("the file's exclude no longer applies").isEqualTo("production");
    }

    @Test
    void anInvalidConfigIsAUsageErrorWithItsLocation() throws IOException {
        Path tree = tree();
        Files.writeString(tree.resolve(".rubric.yaml"), "scope:\n  exclude: [legacy]\ngates: {min-level: 2}\n");
        CliRun run = CliRun.of("audit", tree.toString(), "-o", tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(tree + "/.rubric.yaml:3:1: unknown key 'gates' at the top level (this version of rubric knows: scope, images)")
                .doesNotContain("Exception");
        Path other = Files.writeString(tmp.resolve("other.yaml"), "scope:\n  exclude: legacy\n");
        CliRun named = CliRun.of("collect", tree.toString(), "--config", other.toString(), "--evidence-out", "-");
        assertThat(named.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(named.err()).contains(other + ":2:12: scope.exclude must be a list of path globs");
    }

    @Test
    void auditWritesTheSameEvidenceBytesAsCollect() throws IOException {
        Path tree = tree();
        Path fromAudit = tmp.resolve("audit-evidence.json");
        CliRun audit = CliRun.of("audit", tree.toString(), "-o", tmp.resolve("out").toString(), "--reproducible",
                "--exclude", "examples", "--evidence-out", fromAudit.toString());
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        Path fromCollect = tmp.resolve("collect-evidence.json");
        CliRun collect = CliRun.of("collect", tree.toString(), "--exclude", "examples", "--evidence-out", fromCollect.toString());
        assertThat(collect.exitCode()).as(collect.err()).isZero();
        assertThat(Files.readAllBytes(fromAudit)).isEqualTo(Files.readAllBytes(fromCollect));
        JsonNode report = Json.mapper().readTree(tmp.resolve("out/rubric-report.json").toFile());
        assertThat(report.at("/scope/exclude").toString()).isEqualTo("[\"examples\"]");
    }

    @Test
    void auditRefusesEvidenceOnStandardOutput() throws IOException {
        CliRun run = CliRun.of("audit", tree().toString(), "-o", tmp.resolve("out").toString(), "--evidence-out", "-");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--evidence-out - is not available with audit");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void theSummarySaysWhenADimensionFoundOnlyOutOfScopeSubjects() throws IOException {
        Path tree = Files.createDirectories(tmp.resolve("only-tests"));
        write(tree.resolve("tests/fixtures/a.prompty"), PROMPT.formatted("a"));
        write(tree.resolve("tests/fixtures/b.prompty"), PROMPT.formatted("b"));
        CliRun run = CliRun.of("audit", tree.toString(), "-o", tmp.resolve("out").toString(), "--color", "never");
        assertThat(run.out()).contains("Scope: production (0 files; 2 out of scope: 2 test)")
                .contains("Prompts: prompts exist only in tests (2 files) — not judged (scope: production)");
        JsonNode report = Json.mapper().readTree(tmp.resolve("out/rubric-report.json").toFile());
        // other dimensions read prompts and models too (is there AI to trace, to inventory?): each gets its note
        JsonNode promptNote = null;
        for (JsonNode note : report.at("/scope/notes")) {
            if (note.path("dimension").asText().equals("prompt")) {
                promptNote = note;
            }
        }
        assertThat(promptNote).as("the prompt dimension's note").isNotNull();
        assertThat(promptNote.path("message").asText()).isEqualTo("prompts exist only in tests (2 files)");
    }

    private Path tree() throws IOException {
        Path tree = Files.createDirectories(tmp.resolve("tree"));
        write(tree.resolve("prompts/route.prompty"), PROMPT.formatted("route"));
        write(tree.resolve("tests/fixtures/stub.prompty"), PROMPT.formatted("stub"));
        write(tree.resolve("examples/demo.prompty"), PROMPT.formatted("demo"));
        return tree;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private JsonNode audit(Path tree) throws IOException {
        Path out = tmp.resolve("report");
        CliRun run = CliRun.of("audit", tree.toString(), "-o", out.toString(), "--reproducible");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(out.resolve("rubric-report.json").toFile());
    }

    private JsonNode evidence(Path tree) throws IOException {
        Path file = tmp.resolve("evidence-" + System.nanoTime() + ".json");
        CliRun run = CliRun.of("collect", tree.toString(), "--evidence-out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(file.toFile());
    }

    private static String role(JsonNode evidence, String path) {
        for (JsonNode file : evidence.get("files")) {
            if (file.get("path").asText().equals(path)) {
                return file.get("role").asText();
            }
        }
        throw new AssertionError("no file " + path);
    }

    private static JsonNode collection(JsonNode report, String name) {
        for (JsonNode c : report.at("/scope/collections")) {
            if (c.get("collection").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no collection " + name);
    }
}
