package dev.rubric.render.sarif;

import static dev.rubric.render.MachineReports.criterion;
import static dev.rubric.render.MachineReports.file;
import static dev.rubric.render.MachineReports.liveObject;
import static dev.rubric.render.MachineReports.object;
import static dev.rubric.render.MachineReports.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.render.MachineReports;
import dev.rubric.render.MachineValidation;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Inventory;
import dev.rubric.report.Report;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.Status;
import dev.rubric.report.Waiver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode run(Report report) throws Exception {
        return MAPPER.readTree(MachineReports.render(new SarifRenderer(), report)).get("runs").get(0);
    }

    private static List<JsonNode> results(JsonNode run) {
        List<JsonNode> out = new ArrayList<>();
        run.get("results").forEach(out::add);
        return out;
    }

    private static Report single(CriterionResult c, List<Waiver> waivers) {
        return report(List.of(c), waivers, Inventory.EMPTY, null);
    }

    @Test
    void every_criterion_is_a_rule_with_help_but_only_unmet_and_unknown_ones_give_results() throws Exception {
        Finding finding = new Finding("app/prompts/a.prompty", file("prompts/a.prompty", 3, 5), 0.0, "a.prompty floats");
        JsonNode run = run(report(List.of(
                criterion("prompt.pinned", 3, Status.FAIL, 0.0, null, List.of(finding)),
                criterion("prompt.versioned", 1, Status.PASS, 1.0, null, List.of()),
                criterion("prompt.reviewed", 1, Status.NOT_APPLICABLE, null, "no prompts", List.of()),
                criterion("rag.embedding", 2, Status.UNKNOWN, null, "ragConfigs were not collected", List.of())),
                List.of(), Inventory.EMPTY, null));

        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules).extracting(r -> r.get("id").asText())
                .containsExactly("prompt.pinned", "prompt.versioned", "prompt.reviewed", "rag.embedding");
        JsonNode rule = rules.get(0);
        assertThat(rule.get("help").get("markdown").asText()).contains("**Why it matters.** Why prompt.pinned matters")
                .contains("```\n  key: value\n```").contains("- A reference");
        assertThat(rule.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        assertThat(rule.get("properties").get("dimension").asText()).isEqualTo("prompt");

        List<JsonNode> results = results(run);
        assertThat(results).extracting(r -> r.get("ruleId").asText()).containsExactly("prompt.pinned", "rag.embedding");
        JsonNode fail = results.get(0);
        assertThat(fail.get("ruleIndex").asInt()).isZero();
        assertThat(fail.get("level").asText()).isEqualTo("error");
        assertThat(fail.get("message").get("text").asText()).isEqualTo("a.prompty floats");
        JsonNode physical = fail.get("locations").get(0).get("physicalLocation");
        assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("prompts/a.prompty");
        assertThat(physical.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("SRCROOT");
        assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(3);
        assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(5);
        assertThat(run.get("originalUriBaseIds").get("SRCROOT").get("description").get("text").asText())
                .contains("path/to/app");

        JsonNode unknown = results.get(1);
        assertThat(unknown.get("kind").asText()).isEqualTo("open");
        assertThat(unknown.get("level").asText()).isEqualTo("none");
        assertThat(unknown.get("message").get("text").asText()).contains("ragConfigs were not collected");
        assertThat(unknown.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .isEqualTo(".");
        assertThat(unknown.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText())
                .isEqualTo("rag.embedding");
    }

    @Test
    void a_partly_met_finding_is_one_level_milder_and_light_criteria_are_notes() throws Exception {
        JsonNode run = run(report(List.of(
                criterion("code.owned", 3, Status.PARTIAL, 0.5, null,
                        List.of(new Finding("s1", file("a.py", 1, null), 0.5, "half"),
                                new Finding("s2", file("b.py", 1, null), 0.0, "none"))),
                criterion("code.light", 1, Status.FAIL, 0.0, null, List.of(new Finding("s3", file("c.py", 2, null), 0.0, "x")))),
                List.of(), Inventory.EMPTY, null));
        assertThat(results(run)).extracting(r -> r.get("level").asText()).containsExactly("warning", "error", "note");
    }

    @Test
    void a_manifest_object_keeps_its_file_and_a_live_object_is_located_at_the_root_by_name() throws Exception {
        JsonNode run = run(single(criterion("environment.labels", 2, Status.FAIL, 0.0, null, List.of(
                new Finding("app/deploy.yaml#Deployment/prod/api", object("deploy.yaml", "prod", "Deployment", "api"), 0.0, "m"),
                new Finding("cluster/Deployment/prod/web", liveObject("prod", "Deployment", "web"), 0.0, "m"))), List.of()));
        List<JsonNode> results = results(run);
        JsonNode manifest = results.get(0).get("locations").get(0);
        assertThat(manifest.get("physicalLocation").get("artifactLocation").get("uri").asText()).isEqualTo("deploy.yaml");
        assertThat(manifest.get("physicalLocation").has("region")).isFalse();
        assertThat(manifest.get("logicalLocations").get(0).get("fullyQualifiedName").asText()).isEqualTo("Deployment/prod/api");
        JsonNode live = results.get(1).get("locations").get(0);
        assertThat(live.get("physicalLocation").get("artifactLocation").get("uri").asText()).isEqualTo(".");
        assertThat(live.get("logicalLocations").get(0).get("fullyQualifiedName").asText())
                .isEqualTo("prod-cluster/Deployment/prod/web");
    }

    @Test
    void paths_become_valid_relative_uri_references() {
        assertThat(SarifLocations.uriReference("prompts/extract fields.prompty")).isEqualTo("prompts/extract%20fields.prompty");
        assertThat(SarifLocations.uriReference("docs/a#b?c%d.md")).isEqualTo("docs/a%23b%3Fc%25d.md");
        assertThat(SarifLocations.uriReference("prompts/résumé.txt")).isEqualTo("prompts/r%C3%A9sum%C3%A9.txt");
        assertThat(SarifLocations.uriReference("c:odd/x.py")).isEqualTo("./c:odd/x.py");
        assertThat(SarifLocations.uriReference("src/a:b.py")).as("a colon after the first slash is a plain character")
                .isEqualTo("src/a:b.py");
        assertThat(SarifLocations.uriReference("deploy/k8s_v1-2~(x).yaml")).isEqualTo("deploy/k8s_v1-2~(x).yaml");
    }

    @Test
    void fingerprints_survive_moved_lines_but_tell_subjects_and_criteria_apart() throws Exception {
        String before = fingerprint("prompt.pinned", "app/a.py#call", file("a.py", 10, 4));
        assertThat(fingerprint("prompt.pinned", "app/a.py#call", file("a.py", 42, 1))).as("same finding, moved").isEqualTo(before);
        assertThat(fingerprint("prompt.pinned", "app/a.py#other", file("a.py", 10, 4))).as("another subject").isNotEqualTo(before);
        assertThat(fingerprint("prompt.reviewed", "app/a.py#call", file("a.py", 10, 4))).as("another criterion").isNotEqualTo(before);
        assertThat(fingerprint("prompt.pinned", "app/a.py#call", file("b.py", 10, 4))).as("another file").isNotEqualTo(before);
    }

    private static String fingerprint(String criterion, String subject, ReportLocation location) throws Exception {
        JsonNode run = run(single(criterion(criterion, 2, Status.FAIL, 0.0, null,
                List.of(new Finding(subject, location, 0.0, "m"))), List.of()));
        return results(run).get(0).get("partialFingerprints").get(Fingerprints.KEY).asText();
    }

    @Test
    void a_waived_finding_stays_with_an_accepted_suppression_and_others_do_not() throws Exception {
        Finding waived = new Finding("app/legacy/old.py", file("legacy/old.py", 1, null), 0.0, "m");
        Finding expiredOnly = new Finding("app/legacy/older.py", file("legacy/older.py", 1, null), 0.0, "m");
        List<Waiver> waivers = List.of(
                new Waiver("code.owned", List.of("app/legacy/*"), "legacy code, rewritten in Q3", "team-a", "2027-01-31",
                        Waiver.ACTIVE, List.of(waived)),
                new Waiver("code.owned", List.of("app/legacy/older.py"), "lapsed", "team-b", "2020-01-01",
                        Waiver.EXPIRED, List.of(expiredOnly)));
        JsonNode run = run(single(criterion("code.owned", 2, Status.FAIL, 0.0, null, List.of(
                expiredOnly, new Finding("app/new.py", file("new.py", 1, null), 0.0, "m"))), waivers));
        List<JsonNode> results = results(run);
        assertThat(results).hasSize(3);
        List<JsonNode> suppressed = results.stream().filter(r -> r.has("suppressions")).toList();
        assertThat(suppressed).as("only the active waiver's finding is dismissed").hasSize(1);
        assertThat(suppressed.get(0).get("properties").get("subject").asText()).isEqualTo("app/legacy/old.py");
        JsonNode suppression = suppressed.get(0).get("suppressions").get(0);
        assertThat(suppression.get("kind").asText()).isEqualTo("external");
        assertThat(suppression.get("status").asText()).isEqualTo("accepted");
        assertThat(suppression.get("justification").asText())
                .isEqualTo("legacy code, rewritten in Q3 (owner: team-a, expires 2027-01-31)");
    }

    @Test
    void the_log_is_valid_sarif_even_with_hostile_text() throws Exception {
        String hostile = "<script>alert(1)</script> {{x}} \"quoted\" \u0001 " + "x".repeat(5000);
        Report report = single(criterion("prompt.pinned", 3, Status.FAIL, 0.0, null,
                List.of(new Finding(hostile, file("p/" + hostile.substring(0, 20) + ".txt", 1, 1), 0.0, hostile))), List.of());
        String sarif = MachineReports.render(new SarifRenderer(), report);
        assertThat(MachineValidation.sarif(sarif)).isEmpty();
        assertThat(MAPPER.readTree(sarif).get("runs").get(0).get("results").get(0).get("message").get("text").asText())
                .isEqualTo(hostile);
    }
}
