package dev.rubric.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.engine.Engine;
import dev.rubric.evidence.Json;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Report;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From evidence to report: a contradicted link of a kind the rubric gives a dimension caps it, unless it joins a subject out of scope. */
class ContradictionCapTest {
    private static final String RUBRIC = """
            apiVersion: rubric/v1
            kind: Rubric
            metadata: {name: cap, version: "1"}
            dimensions:
              - id: finetune
                title: Fine-tuning
                links: [adapter-base-model]
                criteria:
                  - id: finetune.recorded
                    title: Adapters are recorded
                    level: 1
                    requires: [fineTunes]
                    subjects: evidence.fineTunes
                    score: "true"
                  - id: finetune.pinned
                    title: Base models are pinned
                    level: 2
                    requires: [fineTunes]
                    subjects: evidence.fineTunes
                    score: "true"
            """;

    private static final String EVIDENCE = """
            {"schemaVersion": "1.0",
             "sources": [{"id": "app", "location": {"source": "app", "path": "."}, "kind": "repository", "target": "app",
                          "status": "ok"}],
             "fineTunes": [{"id": "app/train/lora.yaml", "location": {"source": "app", "path": "train/lora.yaml"}}],
             "servingConfigs": [{"id": "app/serve/vllm.yaml", "location": {"source": "app", "path": "serve/vllm.yaml", "role": "%s"}}],
             "links": [{"id": "app/train/lora.yaml -adapter-base-model-> app/serve/vllm.yaml", "from": "app/train/lora.yaml",
                        "to": "app/serve/vllm.yaml", "kind": "adapter-base-model", "status": "contradicted",
                        "why": "the adapter was trained on llama-3-8b; vLLM serves mistral-7b"}]}
            """;

    @TempDir
    Path dir;

    private DimensionResult finetune(String servingRole) throws Exception {
        Rubric rubric = new RubricLoader().load(Files.writeString(dir.resolve("r.yaml"), RUBRIC).toString());
        Report report = new Engine().report(rubric, Json.mapper().readTree(EVIDENCE.formatted(servingRole)),
                GateThresholds.none(), true);
        assertThat(report.links()).hasSize(1);
        return report.dimensions().get(0);
    }

    @Test
    void a_contradicted_link_between_production_subjects_caps_the_dimension() throws Exception {
        DimensionResult d = finetune("production");
        assertThat(d.score()).isEqualTo(100.0);
        assertThat(d.level()).as("level 2 by its criteria, capped at 1").isEqualTo(1);
        assertThat(d.contradictions()).singleElement()
                .satisfies(l -> assertThat(l.why()).contains("llama-3-8b"));
    }

    @Test
    void a_link_to_a_subject_out_of_scope_caps_nothing() throws Exception {
        DimensionResult d = finetune("test");
        assertThat(d.level()).isEqualTo(2);
        assertThat(d.contradictions()).isEmpty();
    }
}
