package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.engine.Schemas;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .rubric.yaml gates and waivers, --baseline and `rubric diff`, end to end over the weak invoice
 * sample's evidence, judged with `rubric score` as CI would.
 */
class GatesCliTest {
    @TempDir
    static Path shared;
    static Path evidence;

    @TempDir
    Path tmp;

    @BeforeAll
    static void collect() {
        evidence = shared.resolve("evidence.json");
        CliRun run = CliRun.of("collect", "samples/invoice-rpa/weak", "--evidence-out", evidence.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private JsonNode score(Path config, String... more) throws IOException {
        Path out = tmp.resolve("out-" + Math.abs(config.hashCode()));
        String[] args = new String[] {"score", evidence.toString(), "--reproducible", "-o", out.toString(),
                "--config", config.toString()};
        CliRun run = CliRun.of(concat(args, more));
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        JsonNode report = Json.mapper().readTree(out.resolve("rubric-report.json").toFile());
        assertThat(Schemas.validate("report", report)).isEmpty();
        return report;
    }

    private Path config(String text) throws IOException {
        return Files.writeString(tmp.resolve("c" + text.hashCode() + ".yaml"), text);
    }

    @Test
    void waiversLiftTheScoreAndTheReportShowsBothScoresAndEachWaiversFate() throws IOException {
        JsonNode plain = score(config("# no waivers\n"));
        assertThat(criterion(plain, "prompt.versioned").get("status").asText()).isEqualTo("fail");
        assertThat(criterion(plain, "model.pinned").get("status").asText()).isNotEqualTo("pass");
        JsonNode report = score(config("""
                waivers:
                  - criterion: prompt.versioned
                    subjects: ["prompts/**"]
                    reason: versions come with the prompt registry next quarter
                    owner: team-invoice
                    expires: 2099-12-31
                  - criterion: model.pinned
                    reason: lapsed
                    owner: team-invoice
                    expires: 2001-01-01
                  - criterion: prompt.change_control
                    subjects: ["legacy/**"]
                    reason: nothing there any more
                    owner: team-invoice
                    expires: 2099-12-31
                """));
        assertThat(report.at("/waivers/0/status").asText()).isEqualTo("active");
        assertThat(report.at("/waivers/0/waived")).hasSize(2);
        assertThat(report.at("/waivers/1/status").asText()).isEqualTo("expired");
        assertThat(report.at("/waivers/2/status").asText()).isEqualTo("unused");
        JsonNode versioned = criterion(report, "prompt.versioned");
        assertThat(versioned.get("status").asText()).isEqualTo("pass");
        assertThat(criterion(report, "model.pinned")).as("its waiver expired").isEqualTo(criterion(plain, "model.pinned"));
        double with = dimension(report.get("dimensions"), "prompt").get("score").asDouble();
        double without = dimension(report.at("/withoutWaivers/dimensions"), "prompt").get("score").asDouble();
        assertThat(without).isEqualTo(dimension(plain.get("dimensions"), "prompt").get("score").asDouble());
        assertThat(plain.has("withoutWaivers")).as("only when a waiver took findings out").isFalse();
        assertThat(with).isGreaterThan(without);
    }

    @Test
    void fileGatesApplyPerDimensionAndTheCommandLineReplacesTheirOverallValues() throws IOException {
        Path config = config("""
                gates:
                  failUnder: 90
                  dimensions:
                    model: {minLevel: 1, failUnder: 30}
                    finetune: {minLevel: 0}
                """);
        CliRun run = CliRun.of("score", evidence.toString(), "-o", tmp.resolve("o").toString(), "--config", config.toString(),
                "--fail-under", "0");
        assertThat(run.exitCode()).as("finetune is not audited here, so its gate fails").isEqualTo(ExitCodes.GATE_FAILED);
        JsonNode report = Json.mapper().readTree(tmp.resolve("o/rubric-report.json").toFile());
        assertThat(report.at("/gates/0/threshold").asDouble()).as("--fail-under replaced the file's 90").isZero();
        assertThat(report.get("gates").findValuesAsText("id"))
                .containsExactly("fail-under", "min-level:finetune", "fail-under:model", "min-level:model");
        assertThat(report.get("gates").findValuesAsText("result")).containsExactly("pass", "fail", "pass", "pass");
        assertThat(report.at("/gates/1/actual").isNull()).isTrue();
    }

    @Test
    void unknownDimensionsAndCriteriaAreLocatedUsageErrors() throws IOException {
        Path config = config("""
                gates:
                  dimensions:
                    prompts: {minLevel: 1}
                waivers:
                  - {criterion: prompt.version, reason: r, owner: o, expires: 2099-01-01}
                """);
        CliRun run = CliRun.of("score", evidence.toString(), "-o", tmp.resolve("o").toString(), "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(config + ":3:5: gate for dimension 'prompts', which rubric agentic-ai-traceability does not have")
                .contains(config + ":5:5: waiver names criterion 'prompt.version'").doesNotContain("Exception");
        assertThat(Files.exists(tmp.resolve("o/rubric-report.json"))).as("nothing judged, nothing written").isFalse();
    }

    @Test
    void aBaselineGatesOnRegressionsAndAnotherRubricVersionIsIncomparable() throws IOException {
        Path empty = config("# nothing\n");
        JsonNode today = score(empty);
        Path same = Files.writeString(tmp.resolve("same.json"), today.toString());
        JsonNode again = score(empty, "--baseline", same.toString());
        assertThat(again.at("/gates/0/id").asText()).isEqualTo("no-regression");
        assertThat(again.at("/gates/0/result").asText()).isEqualTo("pass");

        ObjectNode better = today.deepCopy();
        ((ObjectNode) dimension(better.get("dimensions"), "prompt")).put("score", 60.0);
        ((ObjectNode) criterion(better, "prompt.versioned")).put("status", "pass").put("score", 1.0);
        Path baseline = Files.writeString(tmp.resolve("better.json"), better.toString());
        CliRun regressed = CliRun.of("score", evidence.toString(), "-o", tmp.resolve("r").toString(), "--baseline",
                baseline.toString());
        assertThat(regressed.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        String prompt = String.format(java.util.Locale.ROOT, "%.1f", dimension(today.get("dimensions"), "prompt").get("score").asDouble());
        assertThat(regressed.out()).contains("✗ no-regression: regressed: dimension prompt score: 60.0 → " + prompt + "; "
                + "criterion prompt.versioned: pass 1.00 → fail 0.00");

        ObjectNode older = today.deepCopy();
        ((ObjectNode) older.get("rubric")).put("version", "0.9.0");
        Path other = Files.writeString(tmp.resolve("other.json"), older.toString());
        CliRun incomparable = CliRun.of("score", evidence.toString(), "-o", tmp.resolve("i").toString(), "--baseline",
                other.toString());
        assertThat(incomparable.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(incomparable.out()).contains("✗ no-regression: incomparable: " + other + " was judged by rubric "
                + "agentic-ai-traceability 0.9.0");

        CliRun diff = CliRun.of("diff", baseline.toString(), same.toString());
        assertThat(diff.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(diff.out()).contains("Regressions (2):", "✗ dimension prompt score: 60.0 → " + prompt, "Improvements (0)");
        CliRun back = CliRun.of("diff", same.toString(), baseline.toString());
        assertThat(back.exitCode()).isZero();
        assertThat(back.out()).contains("Regressions (0)", "Improvements (2):", "✓ criterion prompt.versioned: fail 0.00 → pass 1.00");
        CliRun versions = CliRun.of("diff", other.toString(), same.toString());
        assertThat(versions.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(versions.out()).contains("Incomparable: ");
        CliRun notAReport = CliRun.of("diff", evidence.toString(), same.toString());
        assertThat(notAReport.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notAReport.err()).contains(evidence + ": not a rubric JSON report");
    }

    @Test
    void noRegressionTrueNeedsABaselineOnTheCommandLine() throws IOException {
        CliRun run = CliRun.of("score", evidence.toString(), "-o", tmp.resolve("o").toString(), "--config",
                config("gates: {noRegression: true}\n").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("gates.noRegression is true, so the baseline report must be given with --baseline");
    }

    @Test
    void withoutTargetsOnTheCommandLineTheConfigsTargetsAreAuditedBesideIt() throws IOException {
        Path tree = tmp.resolve("tree");
        Files.createDirectories(tree.resolve("app/prompts"));
        Files.writeString(tree.resolve("app/prompts/route.prompty"),
                "---\nname: route\nmodel:\n  configuration:\n    model: gpt-4o\n---\nsystem:\nRoute.\n");
        Files.createDirectories(tree.resolve("other/prompts"));
        Files.writeString(tree.resolve("other/prompts/skip.prompty"),
                "---\nname: skip\nmodel:\n  configuration:\n    model: gpt-4o\n---\nsystem:\nSkip.\n");
        Path config = Files.writeString(tree.resolve(".rubric.yaml"), "targets:\n  paths: [app]\n");
        Path out = tmp.resolve("t");
        CliRun run = CliRun.of("audit", "--config", config.toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = Json.mapper().readTree(out.resolve("rubric-report.json").toFile());
        assertThat(report.get("sources").findValuesAsText("target")).containsExactly(tree.resolve("app").toString());
    }

    private static JsonNode criterion(JsonNode report, String id) {
        for (JsonNode c : report.get("criteria")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + id);
    }

    private static JsonNode dimension(JsonNode dimensions, String id) {
        for (JsonNode d : dimensions) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no dimension " + id);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
