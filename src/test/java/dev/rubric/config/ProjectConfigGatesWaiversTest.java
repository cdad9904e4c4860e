package dev.rubric.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.score.GateThresholds;
import dev.rubric.score.WaiverRule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The targets, gates and waivers of .rubric.yaml: what a valid file gives, and every mistake at its place. */
class ProjectConfigGatesWaiversTest {
    private final ProjectConfigLoader loader = new ProjectConfigLoader();

    @Test
    void readsTargetsGatesAndWaivers() throws Exception {
        ProjectConfig config = loader.parse("""
                targets:
                  paths: [services/invoice, .]
                  repositories: ["https://github.com/acme/prompts.git"]
                gates:
                  failUnder: 55.5
                  minLevel: 1
                  minCoverage: 80
                  dimensions:
                    prompt: {failUnder: 70, minLevel: 2}
                    model:
                      minLevel: 1
                  noRegression: baseline/rubric-report.json
                waivers:
                  - criterion: prompt.versioned
                    subjects: ["prompts/legacy/**"]
                    reason: legacy prompts are frozen until the rewrite
                    owner: team-invoice
                    expires: 2027-03-31
                  - criterion: model.pinned
                    reason: vendor gives no snapshot id
                    owner: alice@example.com
                    expires: "2026-12-31"
                """, "c.yaml");
        assertThat(config.targets().paths()).containsExactly("services/invoice", ".");
        assertThat(config.targets().repositories()).containsExactly("https://github.com/acme/prompts.git");
        ProjectConfig.Gates gates = config.gates();
        assertThat(gates.failUnder()).isEqualTo(55.5);
        assertThat(gates.minLevel()).isEqualTo(1);
        assertThat(gates.minCoverage()).isEqualTo(80.0);
        assertThat(gates.dimensions()).containsOnlyKeys("prompt", "model");
        assertThat(gates.dimensions().get("prompt")).isEqualTo(new GateThresholds.DimensionGate(70.0, 2, "c.yaml:9:5"));
        assertThat(gates.dimensions().get("model").failUnder()).isNull();
        assertThat(gates.noRegression()).isEqualTo("baseline/rubric-report.json");
        assertThat(config.waivers()).containsExactly(
                new WaiverRule("prompt.versioned", List.of("prompts/legacy/**"), "legacy prompts are frozen until the rewrite",
                        "team-invoice", LocalDate.of(2027, 3, 31), "c.yaml:14:5"),
                new WaiverRule("model.pinned", List.of(), "vendor gives no snapshot id", "alice@example.com",
                        LocalDate.of(2026, 12, 31), "c.yaml:19:5"));
    }

    @Test
    void noRegressionTrueWaitsForTheCommandLineAndFalseIsNoGate() throws Exception {
        assertThat(loader.parse("gates: {noRegression: true}\n", "c.yaml").gates().noRegression())
                .isEqualTo(ProjectConfig.Gates.FROM_COMMAND_LINE);
        assertThat(loader.parse("gates: {noRegression: false}\n", "c.yaml").gates().noRegression()).isNull();
    }

    @Test
    void badGateValuesAreLocated() {
        assertThat(problems("""
                gates:
                  failUnder: 120
                  minLevel: 2.5
                  minCoverage: lots
                  dimensions:
                    prompt: {level: 2}
                    model: 3
                  noRegression: [a]
                """)).containsExactly(
                "c.yaml:6:14: unknown key 'level' in gates.dimensions.prompt (known: failUnder, minLevel)",
                "c.yaml:7:12: gates.dimensions.model must be a mapping with failUnder and minLevel, not a number",
                "c.yaml:2:14: gates.failUnder takes a number from 0 to 100, not '120'",
                "c.yaml:3:13: gates.minLevel takes a whole number from 0 to 4, not '2.5'",
                "c.yaml:4:16: gates.minCoverage takes a number from 0 to 100, not 'lots'",
                "c.yaml:8:17: gates.noRegression takes the path of a baseline report (or true, for --baseline), not a list");
        assertThat(problems("gates:\n  dimensions: [prompt]\n")).containsExactly(
                "c.yaml:2:15: gates.dimensions maps dimension ids to {failUnder, minLevel}, not a list");
    }

    @Test
    void aWaiverNeedsCriterionReasonOwnerAndAnExpiryDate() {
        assertThat(problems("""
                waivers:
                  - criterion: prompt.versioned
                    reason: ok
                    owner: me
                    expires: next spring
                  - criterion: model.pinned
                    subjects: prompts/**
                    until: 2027-01-01
                  - just a string
                """)).containsExactly(
                "c.yaml:5:14: waivers[0].expires takes a date written YYYY-MM-DD, not 'next spring'",
                "c.yaml:8:5: unknown key 'until' in waivers[1] (known: criterion, subjects, reason, owner, expires)",
                "c.yaml:7:15: waivers[1].subjects must be a list of subject globs, not a string",
                "c.yaml:6:5: waivers[1] needs 'reason'",
                "c.yaml:6:5: waivers[1] needs 'owner'",
                "c.yaml:6:5: waivers[1] needs 'expires' (a date, YYYY-MM-DD): a waiver without an end is a permanent exception",
                "c.yaml:9:5: waivers[2] must be a mapping with criterion, subjects, reason, owner and expires, not a string");
        assertThat(problems("waivers: {criterion: a}\n")).singleElement().asString()
                .startsWith("c.yaml:1:10: waivers must be a list");
        assertThat(problems("waivers:\n  - {criterion: a, reason: r, owner: o, expires: 2027-02-30}\n")).singleElement().asString()
                .isEqualTo("c.yaml:2:50: waivers[0].expires takes a date written YYYY-MM-DD, not '2027-02-30'");
    }

    @Test
    void targetsTakeListsOfStrings() {
        assertThat(problems("targets: [a, b]\n")).singleElement().asString()
                .isEqualTo("c.yaml:1:10: targets must be a mapping with paths and repositories, not a list");
        assertThat(problems("targets:\n  paths: [1]\n  cluster: prod\n")).containsExactly(
                "c.yaml:3:3: unknown key 'cluster' in targets (known: paths, repositories)",
                "c.yaml:2:11: targets.paths holds folder paths (strings), not a number");
    }

    private List<String> problems(String text) {
        return ConfigProblems.of(loader, text);
    }
}
