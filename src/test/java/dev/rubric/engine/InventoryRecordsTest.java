package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ServingConfig;
import dev.rubric.judge.CelValues;
import dev.rubric.report.Inventory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inventory built from the CEL values is the one built from the evidence records themselves. */
class InventoryRecordsTest {
    private static final String REV = "0e9e39f249a16976918f6564b8830bc894c89659";

    @Test
    void the_values_give_the_inventory_the_records_give() {
        List<ModelRef> models = List.of(
                new ModelRef("app/a.py#model", Location.file("app", "a.py", 3, 7), "gpt-4o", "openai", null, ModelRef.FLOATING,
                        "alias", "app/a.py", "model"),
                new ModelRef("app/b.py#model", Location.file("app", "b.py", 9).withRole("test"), "gpt-4o", "openai", null,
                        ModelRef.OPAQUE, "variable", "app/b.py", "model"));
        List<FineTune> fineTunes = List.of(new FineTune("app/adapters/support/adapter_config.json",
                Location.file("app", "adapters/support/adapter_config.json", 1), "peft", "lora", "meta-llama/Llama-3.1-8B-Instruct",
                REV, ModelRef.PINNED, "adapter", List.of(new FineTune.Dataset("acme/faq", "train", "alpaca", List.of("a.json"), "abc",
                        null, true), new FineTune.Dataset("acme/holdout", "test", null, null, null, "sha256:12", false)),
                Map.of("lr", 0.0002), 7L, "acme/support-adapter", 16L, List.of("q_proj"), "4bit", Map.of("loss", 0.4), "run-1",
                Map.of("project", "support"), "0.11.1", "trainer:1", "floating", "apache-2.0", "done"));
        List<ServingConfig> servers = List.of(new ServingConfig("app/deploy/vllm.yaml#Deployment/prod/vllm/vllm",
                Location.manifestObject("app", "deploy/vllm.yaml", 4, "prod", "Deployment", "vllm"), "vllm", "manifest",
                "meta-llama/Llama-3.1-8B-Instruct", REV, ModelRef.PINNED, List.of("llama"), List.of("support=/adapters/support"),
                16L, 4L, false, Map.of("max-model-len", "8192"), List.of(),
                new ImageRef("vllm/vllm-openai:v0.8.5", "docker.io", "vllm/vllm-openai", "v0.8.5", null, "floating")));
        List<ModelDeployment> deployments = List.of(new ModelDeployment("app/infra/main.bicep#chat",
                Location.file("app", "infra/main.bicep", 12), ModelDeployment.AZURE, "bicep", "chat", "gpt-4o", "OpenAI",
                "2024-08-06", "NoAutoUpgrade", null, "Standard", "10", List.of("AZURE_OPENAI_DEPLOYMENT"), Map.of(), List.of(),
                Map.of(), ModelRef.PINNED, "why"));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) CelValues.ofObject(Map.of("models", models, "fineTunes", fineTunes,
                "servingConfigs", servers, "modelDeployments", deployments));

        Inventory fromValues = ReportInventory.of(InventoryRecords.models(values), InventoryRecords.fineTunes(values),
                InventoryRecords.servingConfigs(values), InventoryRecords.modelDeployments(values));

        assertThat(fromValues).isEqualTo(ReportInventory.of(models, fineTunes, servers, deployments));
        assertThat(fromValues.models()).hasSize(2);
        assertThat(fromValues.datasets()).hasSize(2);
        assertThat(fromValues.services()).hasSize(2);
    }

    @Test
    void evidence_without_those_collections_has_an_empty_inventory() {
        Map<String, Object> values = Map.of("prompts", List.of());
        assertThat(InventoryRecords.models(values)).isEmpty();
        assertThat(InventoryRecords.fineTunes(values)).isEmpty();
        assertThat(InventoryRecords.servingConfigs(values)).isEmpty();
        assertThat(InventoryRecords.modelDeployments(values)).isEmpty();
    }
}
