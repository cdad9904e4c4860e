package dev.rubric.render.cyclonedx;

import static dev.rubric.render.MachineReports.file;
import static dev.rubric.render.MachineReports.report;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.render.MachineReports;
import dev.rubric.render.MachineValidation;
import dev.rubric.report.Inventory;
import dev.rubric.report.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CycloneDxRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASE_REVISION = "0e9e39f249a16976918f6564b8830bc894c89659";

    private static Inventory inventory(String adapterName) {
        Inventory.Model base = new Inventory.Model("model:meta-llama/Llama-3.1-8B-Instruct@" + BASE_REVISION, "model",
                "meta-llama/Llama-3.1-8B-Instruct", null, BASE_REVISION, "pinned", null, null, null, List.of(),
                List.of(file("deploy/vllm.yaml", 4, null)));
        Inventory.Model adapter = new Inventory.Model("adapter:" + adapterName, "adapter", adapterName, null, null, "pinned",
                "meta-llama/Llama-3.1-8B-Instruct", BASE_REVISION, "pinned", List.of("dataset:acme/faq@abc"),
                List.of(file("adapters/support/adapter_config.json", 1, null)));
        Inventory.Dataset dataset = new Inventory.Dataset("dataset:acme/faq@abc", "acme/faq", "abc", null, true,
                List.of(file("training/support.yml", 3, null)));
        Inventory.Service server = new Inventory.Service("service:app/deploy/vllm.yaml#Deployment/prod/vllm", "Deployment/vllm",
                "vllm", "meta-llama/Llama-3.1-8B-Instruct", BASE_REVISION, "pinned", List.of("llama"),
                List.of("support=/adapters/support"), "vllm/vllm-openai:v0.8.5", List.of(file("deploy/vllm.yaml", 4, null)));
        return new Inventory(List.of(adapter, base), List.of(dataset), List.of(server));
    }

    private static JsonNode bom(Report report) throws Exception {
        String text = MachineReports.render(new CycloneDxRenderer(), report);
        assertThat(MachineValidation.cyclonedx(text)).as("CycloneDX 1.6 schema").isEmpty();
        return MAPPER.readTree(text);
    }

    private static JsonNode byRef(JsonNode array, String ref) {
        for (JsonNode n : array) {
            if (ref.equals(n.path("bom-ref").asText())) {
                return n;
            }
        }
        throw new AssertionError("no " + ref + " in " + array);
    }

    private static List<String> properties(JsonNode node, String name) {
        List<String> out = new ArrayList<>();
        node.path("properties").forEach(p -> {
            if (name.equals(p.get("name").asText())) {
                out.add(p.get("value").asText());
            }
        });
        return out;
    }

    @Test
    void models_adapters_datasets_and_servers_with_their_ancestry_pinning_and_locations() throws Exception {
        JsonNode bom = bom(report(List.of(), List.of(), inventory("support-lora"), null));
        assertThat(bom.get("specVersion").asText()).isEqualTo("1.6");
        JsonNode components = bom.get("components");
        assertThat(components).extracting(c -> c.get("bom-ref").asText()).as("sorted by bom-ref")
                .containsExactly("adapter:support-lora", "dataset:acme/faq@abc",
                        "model:meta-llama/Llama-3.1-8B-Instruct@" + BASE_REVISION);

        JsonNode adapter = byRef(components, "adapter:support-lora");
        assertThat(adapter.get("type").asText()).isEqualTo("machine-learning-model");
        JsonNode ancestor = adapter.get("pedigree").get("ancestors").get(0);
        assertThat(ancestor.get("name").asText()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
        assertThat(ancestor.get("version").asText()).isEqualTo(BASE_REVISION);
        assertThat(adapter.get("modelCard").get("modelParameters").get("datasets").get(0).get("ref").asText())
                .isEqualTo("dataset:acme/faq@abc");
        assertThat(properties(adapter, "rubric:location")).containsExactly("app/adapters/support/adapter_config.json:1");
        assertThat(properties(adapter, "rubric:kind")).containsExactly("adapter");

        JsonNode dataset = byRef(components, "dataset:acme/faq@abc");
        assertThat(dataset.get("type").asText()).isEqualTo("data");
        assertThat(dataset.get("version").asText()).isEqualTo("abc");
        assertThat(dataset.get("data").get(0).get("type").asText()).isEqualTo("dataset");
        assertThat(properties(dataset, "rubric:pinned")).containsExactly("true");

        JsonNode model = byRef(components, "model:meta-llama/Llama-3.1-8B-Instruct@" + BASE_REVISION);
        assertThat(properties(model, "rubric:pinning")).containsExactly("pinned");

        JsonNode server = bom.get("services").get(0);
        assertThat(server.get("name").asText()).isEqualTo("Deployment/vllm");
        assertThat(properties(server, "rubric:location")).containsExactly("app/deploy/vllm.yaml:4");
        assertThat(properties(server, "rubric:adapter")).containsExactly("support=/adapters/support");

        assertThat(dependsOn(bom, "service:app/deploy/vllm.yaml#Deployment/prod/vllm"))
                .containsExactly("model:meta-llama/Llama-3.1-8B-Instruct@" + BASE_REVISION);
        assertThat(dependsOn(bom, "adapter:support-lora"))
                .containsExactly("dataset:acme/faq@abc", "model:meta-llama/Llama-3.1-8B-Instruct@" + BASE_REVISION);
        assertThat(dependsOn(bom, "system")).hasSize(4);
        assertThat(bom.get("metadata").get("component").get("version").asText()).isEqualTo("abc123");
    }

    private static List<String> dependsOn(JsonNode bom, String ref) {
        for (JsonNode d : bom.get("dependencies")) {
            if (ref.equals(d.get("ref").asText())) {
                List<String> out = new ArrayList<>();
                d.path("dependsOn").forEach(r -> out.add(r.asText()));
                return out;
            }
        }
        throw new AssertionError("no dependency entry for " + ref);
    }

    @Test
    void a_reproducible_bom_has_no_timestamp_and_a_serial_number_that_follows_its_content() throws Exception {
        JsonNode first = bom(report(List.of(), List.of(), inventory("support-lora"), null));
        JsonNode again = bom(report(List.of(), List.of(), inventory("support-lora"), null));
        JsonNode other = bom(report(List.of(), List.of(), inventory("billing-lora"), null));
        assertThat(first.get("metadata").has("timestamp")).isFalse();
        assertThat(first.get("serialNumber").asText()).startsWith("urn:uuid:").isEqualTo(again.get("serialNumber").asText())
                .isNotEqualTo(other.get("serialNumber").asText());
    }

    @Test
    void a_timed_report_gives_its_time_and_a_fresh_serial_number_each_time() throws Exception {
        JsonNode first = bom(report(List.of(), List.of(), inventory("support-lora"), "2026-12-06T10:00:00Z"));
        JsonNode second = bom(report(List.of(), List.of(), inventory("support-lora"), "2026-12-06T10:00:00Z"));
        assertThat(first.get("metadata").get("timestamp").asText()).isEqualTo("2026-12-06T10:00:00Z");
        assertThat(first.get("serialNumber").asText()).isNotEqualTo(second.get("serialNumber").asText());
    }

    @Test
    void an_empty_inventory_is_a_valid_bom_of_the_system_alone() throws Exception {
        JsonNode bom = bom(report(List.of(), List.of(), Inventory.EMPTY, null));
        assertThat(bom.path("components")).isEmpty();
        assertThat(bom.get("metadata").get("component").get("name").asText()).isEqualTo("path/to/app");
    }
}
