package dev.rubric.render.junit;

import dev.rubric.render.FixedFormatRenderer;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Report;
import dev.rubric.report.Status;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * rubric-report.junit.xml: the audit as a JUnit report, which every CI server shows (GitLab's
 * test report, Jenkins' junit step, Azure's test results). A dimension is a test suite and a
 * criterion a test case: met is passed; partly met or failed is a failure whose text lists the
 * findings; unknown and not applicable are skipped with the reason, since neither is a pass that
 * was seen nor a fail. Durations are 0: nothing here is timed, and a time would change the bytes.
 */
public final class JUnitRenderer extends FixedFormatRenderer {
    public JUnitRenderer() {
        super("junit", "junit.xml");
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Xml xml = new Xml(writer);
        xml.declaration();
        List<CriterionResult> all = report.criteria();
        xml.open("testsuites", "name", "rubric " + report.rubric().id() + " " + report.rubric().version(),
                "tests", count(all.size()), "failures", count(all.stream().filter(JUnitRenderer::failed).count()),
                "errors", "0", "time", "0");
        for (DimensionResult d : report.dimensions()) {
            List<CriterionResult> criteria = all.stream().filter(c -> d.id().equals(c.dimension())).toList();
            suite(xml, report, d, criteria);
        }
        xml.close("testsuites");
        writer.flush();
    }

    private static void suite(Xml xml, Report report, DimensionResult d, List<CriterionResult> criteria) throws IOException {
        xml.open("testsuite", "name", d.title(), "package", "rubric." + d.id(),
                "tests", count(criteria.size()), "failures", count(criteria.stream().filter(JUnitRenderer::failed).count()),
                "errors", "0", "skipped", count(criteria.stream().filter(JUnitRenderer::skipped).count()), "time", "0",
                "timestamp", report.generatedAt());
        xml.open("properties");
        xml.empty("property", "name", "dimension", "value", d.id());
        xml.empty("property", "name", "status", "value", d.status().json());
        if (d.score() != null) {
            xml.empty("property", "name", "score", "value", number(d.score()));
            xml.empty("property", "name", "level", "value", d.level() + " " + d.levelName());
        }
        if (d.reason() != null) {
            xml.empty("property", "name", "reason", "value", d.reason());
        }
        xml.close("properties");
        for (CriterionResult c : criteria) {
            testCase(xml, c);
        }
        xml.close("testsuite");
    }

    private static void testCase(Xml xml, CriterionResult c) throws IOException {
        String[] attributes = {"name", c.id() + ": " + c.title(), "classname", "rubric." + c.dimension(), "time", "0"};
        if (c.status() == Status.PASS) {
            xml.empty("testcase", attributes);
            return;
        }
        xml.open("testcase", attributes);
        if (skipped(c)) {
            xml.empty("skipped", "message", c.status().json() + (c.reason() == null ? "" : ": " + c.reason()));
        } else {
            xml.text("failure", failureText(c), "type", c.status().json(), "message", failureMessage(c));
        }
        xml.close("testcase");
    }

    private static String failureMessage(CriterionResult c) {
        String score = c.score() == null ? "" : " (score " + number(c.score()) + ")";
        if (c.subjects() == 0) {
            return c.title() + ": not met" + score;
        }
        return (c.subjects() - c.passed()) + " of " + c.subjects() + " subjects fall short" + score;
    }

    /** The findings, one per line as file:line: message, then what to change. */
    private static String failureText(CriterionResult c) {
        StringBuilder out = new StringBuilder();
        for (Finding f : c.findings()) {
            String where = f.location() == null ? "" : f.location().display();
            out.append(where.isEmpty() ? f.subject() : where).append(": ")
                    .append(f.message() == null ? c.title() : f.message())
                    .append(" (score ").append(number(f.score())).append(")\n");
        }
        if (c.remediation() != null) {
            out.append(out.isEmpty() ? "" : "\n").append("How to fix:\n").append(c.remediation()).append('\n');
        }
        return out.toString();
    }

    private static boolean failed(CriterionResult c) {
        return c.status() == Status.FAIL || c.status() == Status.PARTIAL;
    }

    private static boolean skipped(CriterionResult c) {
        return c.status() == Status.UNKNOWN || c.status() == Status.NOT_APPLICABLE;
    }

    private static String count(long n) {
        return Long.toString(n);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
