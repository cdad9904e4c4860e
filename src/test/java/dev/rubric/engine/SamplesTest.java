package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Report;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.GateThresholds;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bundled samples are what a new user runs first: their documented levels must hold. */
class SamplesTest {

    private static Evidence collect(String sample) {
        return SampleEvidence.collect(sample);
    }

    private static Report audit(String sample) throws Exception {
        return new Engine().report(new RubricLoader().load(null), SampleEvidence.judged(sample), GateThresholds.none(), true);
    }

    @Test
    void the_weak_invoice_pipeline_is_opaque() throws Exception {
        Report report = audit("samples/invoice-rpa/weak");
        assertThat(report.level()).isZero();
        assertThat(report.complete()).isTrue();
        assertThat(levels(report)).containsEntry("environment", 0).containsEntry("prompt", 0).containsEntry("logs", 0);
        assertThat(report.dimensions()).filteredOn(d -> d.status() != DimensionResult.State.AUDITED)
                .extracting(DimensionResult::id).containsExactly("rag", "finetune");
        assertThat(report.score()).isLessThan(25.0);
    }

    /**
     * The strong sample pins its images, models and prompts; it configures no tracing, so the logs
     * dimension — and with it the overall level — stays opaque, and no trace says which prompt
     * version a call used (prompts stay at level 1), until the sample gains it.
     */
    @Test
    void the_strong_invoice_pipeline_pins_its_models_and_prompts() throws Exception {
        Report report = audit("samples/invoice-rpa/strong");
        assertThat(levels(report)).containsEntry("model", 2).containsEntry("prompt", 1).containsEntry("logs", 0);
        assertThat(report.criteria()).filteredOn(c -> List.of("environment.image_pinned", "model.pinned",
                        "prompt.versioned", "prompt.model_bound").contains(c.id()))
                .allSatisfy(c -> assertThat(c.findings()).as(c.id()).isEmpty());
    }

    private static Map<String, Integer> levels(Report report) {
        Map<String, Integer> levels = new TreeMap<>();
        report.dimensions().stream().filter(d -> d.level() != null).forEach(d -> levels.put(d.id(), d.level()));
        return levels;
    }

    @Test
    void the_weak_sample_finds_what_its_readme_promises() {
        Evidence evidence = collect("samples/invoice-rpa/weak");
        assertThat(evidence.prompts()).hasSize(2).allMatch(p -> p.version() == null);
        assertThat(evidence.workloads()).hasSize(4);
        // the two prompts' models, and the extractor's AZURE_OPENAI_DEPLOYMENT in the manifest
        assertThat(evidence.models()).extracting(m -> m.pinning()).containsExactlyInAnyOrder("floating", "opaque", "opaque");
        assertThat(Json.pretty(evidence)).as("the literal API key in the manifest never reaches evidence")
                .doesNotContain("sk-weakSampleNotARealKey");
    }
}
