package dev.rubric.collect.scope;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeSinkTest {

    @Test
    void factsTakeTheRoleOfTheirFileAndProductionStaysAbsent() {
        Evidence evidence = collect(ScopeRules.CONVENTIONS, sink -> {
            sink.modelMention(model("app/llm.py"));
            sink.modelMention(model("tests/test_llm.py"));
            sink.file(file("tests/test_llm.py"));
            sink.file(file("app/llm.py"));
        });
        assertThat(evidence.models()).extracting(m -> m.location().role()).containsExactly(null, "test");
        assertThat(evidence.files()).extracting(ArtifactFile::role).containsExactly("production", "test");
        assertThat(evidence.files()).extracting(f -> f.location().role()).containsExactly(null, "test");
    }

    @Test
    void declaredDeploymentsTakeTheRoleOfTheirFile() {
        Evidence evidence = collect(ScopeRules.CONVENTIONS, sink -> {
            sink.modelDeployment(deployment("infra/main.bicep"));
            sink.modelDeployment(deployment("tests/infra/main.bicep"));
        });
        assertThat(evidence.modelDeployments()).extracting(d -> d.location().role()).containsExactly(null, "test");
    }

    @Test
    void renderedObjectsTakeTheRoleOfTheValuesFileTheyWereRenderedWith() {
        Evidence evidence = collect(ScopeRules.CONVENTIONS, sink -> {
            sink.modelMention(rendered("helm/values-example.yaml"));
            sink.modelMention(rendered("helm/values-prod.yaml"));
            sink.modelMention(rendered("default"));
            sink.modelMention(rendered("kustomize"));
        });
        assertThat(evidence.models()).extracting(m -> m.location().variant() + "=" + m.location().role())
                .containsExactlyInAnyOrder("helm/values-example.yaml=example", "helm/values-prod.yaml=null",
                        "default=null", "kustomize=null");
    }

    private static ModelRef rendered(String variant) {
        Location location = Location.renderedObject("tree", "helm/templates/deployment.yaml", variant, null,
                "Deployment", "vllm-" + variant.length());
        return new ModelRef("tree/helm/templates/deployment.yaml@" + variant + "#model", location, "facebook/opt-125m",
                null, null, "floating", null, null, "serving");
    }

    @Test
    void localeFilesYieldNoModelsEvenWhenIncluded() {
        Evidence evidence = collect(ScopeRules.of(List.of("src/i18n/**"), List.of()), sink -> {
            sink.model(model("src/i18n/fr.ts"));
            sink.modelMention(model("src/i18n/de.ts"));
            sink.modelMention(model("src/ui/fr.ts"));
            sink.file(file("src/i18n/fr.ts"));
        });
        assertThat(evidence.models()).extracting(m -> m.location().path()).containsExactly("src/ui/fr.ts");
        assertThat(evidence.files()).extracting(ArtifactFile::role).as("the user's include decides the file's role")
                .containsExactly("production");
    }

    @Test
    void aModelCardNamedReadmeTakesTheRoleOfItsFolder() {
        Evidence evidence = collect(ScopeRules.CONVENTIONS, sink -> {
            sink.fineTune(card("adapters/support-lora/README.md"));
            sink.model(baseModel("adapters/support-lora/README.md"));
            sink.file(modelCard("adapters/support-lora/README.md"));
            sink.fineTune(card("docs/cards/README.md"));
            sink.model(baseModel("docs/cards/README.md"));
            sink.file(modelCard("docs/cards/README.md"));
        });
        assertThat(evidence.fineTunes()).extracting(f -> f.location().role()).containsExactly(null, "docs");
        assertThat(evidence.models()).extracting(m -> m.location().role()).containsExactly(null, "docs");
        assertThat(evidence.files()).extracting(ArtifactFile::role).containsExactly("production", "docs");
    }

    @Test
    void anOrdinaryReadmeStaysDocumentationEvenBesideAModelCard() {
        Evidence evidence = collect(ScopeRules.CONVENTIONS, sink -> {
            sink.fineTune(card("adapters/support-lora/README.md"));
            sink.model(model("services/api/README.md"));
            sink.model(new ModelRef("app/adapters/support-lora/README.md#model", Location.file("app", "adapters/support-lora/README.md", 9),
                    "gpt-4o", null, null, ModelRef.FLOATING, "alias", "app/adapters/support-lora/README.md", "model"));
            sink.file(file("services/api/README.md"));
        });
        assertThat(evidence.models()).extracting(m -> m.location().role())
                .as("only the card's base_model is its metadata; other refs in a README are prose").containsExactly("docs", "docs");
        assertThat(evidence.files()).extracting(ArtifactFile::role).containsExactly("docs");
    }

    private static dev.rubric.evidence.FineTune card(String path) {
        return new dev.rubric.evidence.FineTune("app/" + path, Location.file("app", path, 1), "hf-model-card", "lora",
                "meta-llama/Llama-3.1-8B-Instruct", null, ModelRef.FLOATING, "adapter", List.of(), java.util.Map.of(), null, null,
                null, List.of(), null, java.util.Map.of(), null, java.util.Map.of(), null, null, null, null, null);
    }

    private static ModelRef baseModel(String path) {
        return new ModelRef("app/" + path + "#base_model", Location.file("app", path, 2), "meta-llama/Llama-3.1-8B-Instruct",
                null, null, ModelRef.FLOATING, "hub id without revision", "app/" + path, "base_model");
    }

    private static ArtifactFile modelCard(String path) {
        return new ArtifactFile("app/" + path, Location.file("app", path), path, "model-card", "hf-model-card", "parsed", null, 10,
                "00".repeat(32), null);
    }

    private static ModelDeployment deployment(String path) {
        return new ModelDeployment("tree/" + path + "#deployment:chat", Location.file("tree", path, 3), ModelDeployment.AZURE,
                "bicep", "chat", "gpt-4o", null, "2024-08-06", null, null, null, null, List.of(), java.util.Map.of(), List.of(),
                java.util.Map.of(), null, null);
    }

    private static Evidence collect(ScopeRules rules, java.util.function.Consumer<ScopeSink> facts) {
        EvidenceBuilder builder = new EvidenceBuilder();
        facts.accept(new ScopeSink(new EvidenceSink(builder), rules));
        return builder.build("test");
    }

    private static ModelRef model(String path) {
        return new ModelRef("app/" + path + "#model", Location.file("app", path, 3), "Modèle", null, null,
                ModelRef.FLOATING, "alias", "app/" + path, "model");
    }

    private static ArtifactFile file(String path) {
        return new ArtifactFile("app/" + path, Location.file("app", path), path, "code", "python", "parsed", null, 10,
                "00".repeat(32), null);
    }
}
