package dev.rubric.render.junit;

import static dev.rubric.render.MachineReports.criterion;
import static dev.rubric.render.MachineReports.file;
import static dev.rubric.render.MachineReports.report;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.render.MachineReports;
import dev.rubric.render.MachineValidation;
import dev.rubric.report.Finding;
import dev.rubric.report.Inventory;
import dev.rubric.report.Report;
import dev.rubric.report.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitRendererTest {
    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Report sample(String hostile) {
        return report(List.of(
                criterion("prompt.pinned", 3, Status.FAIL, 0.0, null,
                        List.of(new Finding("app/p.prompty", file("prompts/p.prompty", 7, 2), 0.0, hostile))),
                criterion("prompt.versioned", 1, Status.PASS, 1.0, null, List.of()),
                criterion("rag.embedding", 2, Status.PARTIAL, 0.5, null,
                        List.of(new Finding("app/r.py", file("r.py", 3, null), 0.5, "half pinned"))),
                criterion("rag.index", 1, Status.UNKNOWN, null, "ragConfigs were not collected", List.of()),
                criterion("rag.eval", 1, Status.NOT_APPLICABLE, null, "no RAG evaluation configured", List.of())),
                List.of(), Inventory.EMPTY, "2026-12-06T10:00:00Z");
    }

    private static void assertAttributes(Element element, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            assertThat(element.getAttribute(namesAndValues[i])).as(element.getTagName() + "/@" + namesAndValues[i])
                    .isEqualTo(namesAndValues[i + 1]);
        }
    }

    @Test
    void a_suite_per_dimension_a_case_per_criterion_failures_with_findings_and_skips_with_reasons() throws Exception {
        String xml = MachineReports.render(new JUnitRenderer(), sample("p.prompty names no version"));
        assertThat(MachineValidation.junit(xml)).isEmpty();
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertAttributes(root, "tests", "5", "failures", "2");

        NodeList suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(2);
        Element rag = (Element) suites.item(1);
        assertAttributes(rag, "name", "Dimension rag", "tests", "3", "failures", "1", "skipped", "2",
                "timestamp", "2026-12-06T10:00:00Z");

        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(5);
        Element failed = (Element) cases.item(0);
        assertAttributes(failed, "name", "prompt.pinned: Title of prompt.pinned", "classname", "rubric.prompt");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertAttributes(failure, "type", "fail", "message", "1 of 2 subjects fall short (score 0)");
        assertThat(failure.getTextContent()).contains("prompts/p.prompty:7:2: p.prompty names no version (score 0)")
                .contains("How to fix:\nFix it:\n  key: value");
        Element passed = (Element) cases.item(1);
        assertThat(passed.getChildNodes().getLength()).as("a passed case has no child").isZero();
        Element partial = (Element) ((Element) cases.item(2)).getElementsByTagName("failure").item(0);
        assertThat(partial.getAttribute("type")).isEqualTo("partial");
        assertThat(partial.getTextContent()).contains("r.py:3: half pinned (score 0.5)");
        Element unknown = (Element) ((Element) cases.item(3)).getElementsByTagName("skipped").item(0);
        assertThat(unknown.getAttribute("message")).isEqualTo("unknown: ragConfigs were not collected");
        Element notApplicable = (Element) ((Element) cases.item(4)).getElementsByTagName("skipped").item(0);
        assertThat(notApplicable.getAttribute("message")).isEqualTo("not_applicable: no RAG evaluation configured");
    }

    @Test
    void hostile_text_from_an_audited_file_is_escaped_and_characters_xml_cannot_hold_are_replaced() throws Exception {
        String hostile = "<script>alert(\"x\")</script> ]]> & {{name}} \u0000\u0007 'q' \uD800 " + "y".repeat(5000);
        String xml = MachineReports.render(new JUnitRenderer(), sample(hostile));
        assertThat(MachineValidation.junit(xml)).isEmpty();
        assertThat(xml).doesNotContain("<script>").contains("&lt;script&gt;");
        String text = parse(xml).getElementsByTagName("failure").item(0).getTextContent();
        assertThat(text).contains("<script>alert(\"x\")</script> ]]> & {{name}} \uFFFD\uFFFD 'q' \uFFFD " + "y".repeat(5000));
    }

    @Test
    void without_a_generation_time_no_timestamp_is_invented() throws Exception {
        Report r = sample("m");
        Report reproducible = report(r.criteria(), List.of(), Inventory.EMPTY, null);
        String xml = MachineReports.render(new JUnitRenderer(), reproducible);
        assertThat(xml).doesNotContain("timestamp=");
        assertThat(MachineValidation.junit(xml)).isEmpty();
    }
}
