package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ServingConfig;
import dev.rubric.report.Inventory;
import dev.rubric.report.ReportLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportInventoryTest {
    private static final String REV = "0e9e39f249a16976918f6564b8830bc894c89659";

    private static ModelRef ref(String path, int line, String provider, String name, String revision, String pinning) {
        return new ModelRef("app/" + path + "#model", Location.file("app", path, line), name, provider, revision, pinning,
                "why", "app/" + path, "model");
    }

    private static FineTune run(String path, String method, String relation, Long rank, String output, String baseRevision,
                                String basePinning, List<FineTune.Dataset> datasets) {
        return new FineTune("app/" + path, Location.file("app", path, 1), "peft", method, "meta-llama/Llama-3.1-8B-Instruct",
                baseRevision, basePinning, relation, datasets, null, null, output, rank, null, null, null, null, null, null,
                null, null, null, null);
    }

    @Test
    void one_model_named_in_several_places_is_one_entry_with_every_place_and_the_weakest_pinning() {
        Inventory inventory = ReportInventory.of(List.of(
                ref("b.py", 9, "openai", "gpt-4o", null, ModelRef.FLOATING),
                ref("a.py", 3, "openai", "gpt-4o", null, ModelRef.OPAQUE),
                ref("c.py", 1, "openai", "gpt-4o-2024-08-06", null, ModelRef.PINNED)), List.of(), List.of(), List.of());
        assertThat(inventory.models()).extracting(Inventory.Model::ref)
                .containsExactly("model:openai/gpt-4o", "model:openai/gpt-4o-2024-08-06");
        Inventory.Model floating = inventory.models().get(0);
        assertThat(floating.pinning()).isEqualTo(ModelRef.OPAQUE);
        assertThat(floating.locations()).extracting(ReportLocation::display).containsExactly("a.py:3", "b.py:9");
        assertThat(inventory.models().get(1).pinning()).isEqualTo(ModelRef.PINNED);
    }

    @Test
    void an_adapter_described_twice_is_one_adapter_with_its_base_revision_and_datasets() {
        FineTune.Dataset faq = new FineTune.Dataset("acme/faq", "train", null, null, null, null, false);
        FineTune.Dataset holdout = new FineTune.Dataset("acme/holdout", "test", null, null, "abc", null, true);
        Inventory inventory = ReportInventory.of(List.of(), List.of(
                run("adapters/support/README.md", null, "adapter", null, null, null, ModelRef.FLOATING, List.of(faq, holdout)),
                run("adapters/support/adapter_config.json", "lora", null, 16L, null, REV, ModelRef.PINNED, List.of())),
                List.of(), List.of());
        assertThat(inventory.models()).hasSize(1);
        Inventory.Model adapter = inventory.models().get(0);
        assertThat(adapter.ref()).isEqualTo("adapter:adapters/support");
        assertThat(adapter.kind()).isEqualTo("adapter");
        assertThat(adapter.baseModelRevision()).isEqualTo(REV);
        assertThat(adapter.baseModelPinning()).as("the model card names the base without revision").isEqualTo(ModelRef.FLOATING);
        assertThat(adapter.datasets()).containsExactly("dataset:acme/faq", "dataset:acme/holdout@abc");
        assertThat(inventory.datasets()).extracting(Inventory.Dataset::ref, Inventory.Dataset::pinned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dataset:acme/faq", false),
                        org.assertj.core.groups.Tuple.tuple("dataset:acme/holdout@abc", true));
    }

    @Test
    void a_full_fine_tune_is_not_an_adapter_and_is_named_by_its_output() {
        Inventory inventory = ReportInventory.of(List.of(), List.of(
                run("train/full.yml", "full", null, null, "acme/invoice-model", REV, ModelRef.PINNED, List.of())),
                List.of(), List.of());
        assertThat(inventory.models()).extracting(Inventory.Model::ref, Inventory.Model::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fine-tune:acme/invoice-model", "fine-tune"));
    }

    @Test
    void servers_and_cloud_deployments_are_services_named_by_what_they_are() {
        ServingConfig vllm = new ServingConfig("app/deploy/vllm.yaml#Deployment/prod/vllm/vllm",
                Location.manifestObject("app", "deploy/vllm.yaml", 4, "prod", "Deployment", "vllm"), "vllm", "manifest",
                "meta-llama/Llama-3.1-8B-Instruct", REV, ModelRef.PINNED, List.of("llama"), List.of("support=/adapters/support"),
                null, null, null, null, null, new ImageRef("vllm/vllm-openai:v0.8.5", null, null, null, null, "floating"));
        ModelDeployment azure = new ModelDeployment("app/infra/main.bicep#chat", Location.file("app", "infra/main.bicep", 12),
                ModelDeployment.AZURE, "bicep", "chat", "gpt-4o", "OpenAI", "2024-08-06", "NoAutoUpgrade", null, null, null,
                List.of(), null, null, null, ModelRef.PINNED, "why");
        Inventory inventory = ReportInventory.of(List.of(), List.of(), List.of(vllm), List.of(azure));
        assertThat(inventory.services()).extracting(Inventory.Service::ref).containsExactly(
                "service:app/deploy/vllm.yaml#Deployment/prod/vllm/vllm", "service:app/infra/main.bicep#chat");
        Inventory.Service server = inventory.services().get(0);
        assertThat(server.name()).isEqualTo("Deployment/vllm");
        assertThat(server.image()).isEqualTo("vllm/vllm-openai:v0.8.5");
        assertThat(server.adapters()).containsExactly("support=/adapters/support");
        Inventory.Service deployment = inventory.services().get(1);
        assertThat(deployment.name()).isEqualTo("chat");
        assertThat(deployment.engine()).isEqualTo("azure");
        assertThat(deployment.revision()).isEqualTo("2024-08-06");
    }

    @Test
    void a_reference_without_a_name_is_left_out() {
        Inventory inventory = ReportInventory.of(List.of(ref("x.py", 1, null, " ", null, ModelRef.OPAQUE)), List.of(), List.of(),
                List.of());
        assertThat(inventory.models()).isEmpty();
    }
}
