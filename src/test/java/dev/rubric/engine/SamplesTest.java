package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Report;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.GateThresholds;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled samples are what a new user runs first: their documented levels must hold. */
class SamplesTest {

    private static Evidence collect(String sample) {
        return new Engine().collect(new CollectRequest(List.of(sample), 5L << 20, Set.of()));
    }

    private static Report audit(String sample) throws Exception {
        return new Engine().report(new RubricLoader().load(null), Engine.toJson(collect(sample)), GateThresholds.none(), true);
    }

    @Test
    void the_weak_invoice_pipeline_is_opaque() throws Exception {
        Report report = audit("samples/invoice-rpa/weak");
        assertThat(report.level()).isZero();
        assertThat(report.complete()).isTrue();
        // the sample has no agents or MCP servers: the code dimension is not applicable, every other one is audited
        assertThat(report.dimensions()).filteredOn(d -> d.status() != DimensionResult.State.NOT_APPLICABLE)
                .extracting(DimensionResult::id).containsExactly("environment", "prompt", "model");
        assertThat(report.dimensions()).filteredOn(d -> d.status() != DimensionResult.State.NOT_APPLICABLE)
                .allMatch(d -> d.status() == DimensionResult.State.AUDITED);
        assertThat(report.score()).isLessThan(25.0);
    }

    @Test
    void the_strong_invoice_pipeline_is_pinned_and_recorded() throws Exception {
        Report report = audit("samples/invoice-rpa/strong");
        assertThat(report.level()).isEqualTo(2);
        assertThat(report.levelName()).isEqualTo("Pinned and recorded");
        assertThat(report.dimensions()).filteredOn(d -> d.status() != DimensionResult.State.NOT_APPLICABLE)
                .extracting(DimensionResult::level).containsOnly(2);
        assertThat(report.criteria()).allSatisfy(c -> assertThat(c.findings()).as(c.id()).isEmpty());
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
