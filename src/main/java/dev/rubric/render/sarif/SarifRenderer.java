package dev.rubric.render.sarif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.render.FixedFormatRenderer;
import dev.rubric.render.json.ReportJson;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Waiver;
import dev.rubric.report.Report;
import dev.rubric.report.ReportSource;
import dev.rubric.report.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * rubric-report.sarif: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers). Every
 * criterion of the rubric is a rule; each finding of a criterion that is not met is a result at the
 * file and line of its subject, and a criterion that could not be judged (unknown) is one result of
 * kind "open" at the repository root. Passing and not-applicable criteria produce no result.
 * Findings a waiver accepts stay in the log with an accepted suppression, so a code-scanning alert
 * is closed as accepted rather than silently dropped.
 */
public final class SarifRenderer extends FixedFormatRenderer {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public SarifRenderer() {
        super("sarif", "sarif");
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ReportJson.write(log(report), out);
    }

    static ObjectNode log(Report report) {
        SarifLocations locations = new SarifLocations(report.sources());
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.tool().name());
        driver.put("version", report.tool().version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (CriterionResult c : report.criteria()) {
            ruleIndex.put(c.id(), rules.size());
            rules.add(SarifRules.rule(c));
        }
        // one analysis category per rubric, so that a second rubric's upload does not close the first's alerts
        run.putObject("automationDetails").put("id", "rubric/" + report.rubric().id() + "/");
        run.set("originalUriBaseIds", locations.baseIds());
        ArrayNode results = run.putArray("results");
        Map<String, CriterionResult> criteria = new HashMap<>();
        for (CriterionResult c : report.criteria()) {
            criteria.put(c.id(), c);
            int index = ruleIndex.get(c.id());
            if (c.status() == Status.UNKNOWN) {
                results.add(unknown(c, index, locations));
            } else if (c.status() == Status.FAIL || c.status() == Status.PARTIAL) {
                for (Finding f : c.findings()) {
                    results.add(finding(c, index, f, locations));
                }
                if (c.findings().isEmpty()) {
                    results.add(unmet(c, index, locations));
                }
            }
        }
        // waived findings are out of the criteria's lists (and the score), but stay as dismissed alerts
        for (Waiver w : report.waivers()) {
            CriterionResult c = criteria.get(w.criterion());
            if (c == null || !Waiver.ACTIVE.equals(w.status())) {
                continue;
            }
            for (Finding f : w.waived()) {
                ObjectNode result = finding(c, ruleIndex.get(c.id()), f, locations);
                result.putArray("suppressions").add(Waivers.suppression(w));
                results.add(result);
            }
        }
        run.set("properties", runProperties(report));
        return log;
    }

    private static ObjectNode finding(CriterionResult c, int index, Finding f, SarifLocations locations) {
        ObjectNode result = result(c, index, SarifRules.level(c, f.score()), f.message() == null ? c.title() : f.message());
        result.putArray("locations").add(locations.of(f.location()));
        result.putObject("partialFingerprints").put(Fingerprints.KEY,
                Fingerprints.of(c.id(), f.subject(), Fingerprints.place(f.location())));
        ObjectNode properties = result.putObject("properties");
        if (f.subject() != null) {
            properties.put("subject", f.subject());
        }
        properties.put("score", f.score());
        return result;
    }

    /** A criterion not met that names no subject (it judges the system as a whole). */
    private static ObjectNode unmet(CriterionResult c, int index, SarifLocations locations) {
        double score = c.score() == null ? 0 : c.score();
        ObjectNode result = result(c, index, SarifRules.level(c, score), c.title() + ": not met");
        result.putArray("locations").add(locations.root(c.id()));
        result.putObject("partialFingerprints").put(Fingerprints.KEY, Fingerprints.of(c.id(), null, ""));
        return result;
    }

    /** A criterion that could not be judged is neither a pass nor a fail: SARIF's "open" kind, level none. */
    private static ObjectNode unknown(CriterionResult c, int index, SarifLocations locations) {
        ObjectNode result = result(c, index, "none", "Could not be judged: " + (c.reason() == null ? "unknown" : c.reason()));
        result.put("kind", "open");
        result.putArray("locations").add(locations.root(c.id()));
        result.putObject("partialFingerprints").put(Fingerprints.KEY, Fingerprints.of(c.id(), null, "unknown"));
        return result;
    }

    private static ObjectNode result(CriterionResult c, int index, String level, String message) {
        ObjectNode result = NODES.objectNode();
        result.put("ruleId", c.id());
        result.put("ruleIndex", index);
        result.put("level", level);
        result.putObject("message").put("text", message);
        return result;
    }

    private static ObjectNode runProperties(Report report) {
        ObjectNode p = NODES.objectNode();
        p.put("rubric", report.rubric().id());
        p.put("rubricVersion", report.rubric().version());
        if (report.level() != null) {
            p.put("level", report.level());
            p.put("score", report.score());
        }
        if (report.coverage() != null) {
            p.put("coverage", report.coverage());
        }
        ObjectNode revisions = NODES.objectNode();
        for (ReportSource s : report.sources()) {
            if (s.revision() != null && s.revision().commit() != null) {
                revisions.put(s.id(), s.revision().commit());
            }
        }
        if (!revisions.isEmpty()) {
            p.set("revisions", revisions);
        }
        return p;
    }
}
