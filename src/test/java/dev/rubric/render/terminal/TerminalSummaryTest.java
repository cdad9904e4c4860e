package dev.rubric.render.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.report.DimensionResult;
import dev.rubric.report.Range;
import dev.rubric.report.Report;
import dev.rubric.report.ReportLink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary says which dimensions were judged, which not and why, and names what capped a level. */
class TerminalSummaryTest {
    private static final Map<String, Integer> COUNTS = Map.of();

    private static String summary(List<DimensionResult> dimensions) throws Exception {
        Report report = new Report(Report.SCHEMA_VERSION, new Report.ToolInfo("rubric", "test"),
                new Report.RubricInfo("t", "1", "Test", "test", null), null, true, 1, "Identified", 80.0, 80.0, 1.0,
                new Range(80.0, 80.0), dimensions, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TerminalRenderer(false, List.of()).render(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void each_dimension_not_judged_says_why_and_a_capped_one_names_its_contradiction() throws Exception {
        ReportLink contradiction = new ReportLink("a -adapter-base-model-> b", "app/train/lora.yaml", "app/serve/vllm.yaml",
                "adapter-base-model", "contradicted", "adapter trained on llama-3-8b, vLLM serves mistral-7b");
        String text = summary(List.of(
                new DimensionResult("finetune", "Fine-tuning", DimensionResult.State.AUDITED, 80.0, 1, "Identified", 1.0,
                        new Range(80.0, 80.0), 1, COUNTS, null, null, List.of(contradiction)),
                new DimensionResult("environment", "Environment", DimensionResult.State.NOT_AUDITED, null, null, null, null,
                        null, 1, COUNTS, "audit with --cluster or point at the manifests",
                        "no Kubernetes workloads or Compose services were found", List.of()),
                new DimensionResult("rag", "RAG", DimensionResult.State.NOT_APPLICABLE, null, null, null, null, null, 1,
                        COUNTS, null, "no RAG configurations were found", List.of())));
        assertThat(text).contains("✗ adapter-base-model contradicted, level capped at 1: adapter trained on llama-3-8b, "
                + "vLLM serves mistral-7b  (app/train/lora.yaml → app/serve/vllm.yaml)");
        assertThat(text).contains("not audited").contains("→ no Kubernetes workloads or Compose services were found: "
                + "audit with --cluster or point at the manifests");
        assertThat(text).contains("not applicable  — no RAG configurations were found");
    }
}
