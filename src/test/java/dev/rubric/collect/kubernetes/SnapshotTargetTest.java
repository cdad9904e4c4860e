package dev.rubric.collect.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps as targets: any size, fields from newer clusters, and what is not a dump. */
class SnapshotTargetTest {
    @TempDir
    Path dir;

    private static JsonNode collect(Path target) {
        return Engine.toJson(new Engine().collect(new CollectRequest(List.of(target.toString()), 5_000_000, Set.of())));
    }

    @Test
    void aYamlDumpOverThreeMebibytesWithUnknownFieldsIsReadWhole() throws Exception {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nitems:\n");
        int pods = 4_000;
        for (int i = 0; i < pods; i++) {
            yaml.append("- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: worker-").append(i)
                    .append("\n    namespace: batch\n    annotations:\n      note: \"").append("x".repeat(700)).append("\"\n")
                    .append("  spec:\n    containers:\n    - name: c\n      image: registry.example.com/worker:1.0\n")
                    .append("      futureContainerField: {enabled: true}\n")
                    .append("  status:\n    phase: Running\n    futureStatusField: {a: 1}\n");
        }
        yaml.append("kind: List\nmetadata:\n  resourceVersion: \"\"\n");
        Path dump = dir.resolve("big.yaml");
        Files.writeString(dump, yaml);
        assertThat(Files.size(dump)).isGreaterThan(3L << 20);

        JsonNode evidence = collect(dump);
        JsonNode source = evidence.path("sources").get(0);
        assertThat(source.path("kind").asText()).isEqualTo("snapshot");
        assertThat(source.path("id").asText()).isEqualTo("big");
        assertThat(source.path("status").asText()).as(evidence.path("errors").toString()).isEqualTo("ok");
        assertThat(evidence.path("workloads")).hasSize(pods);
        assertThat(evidence.path("workloads").get(0).path("id").asText()).startsWith("big/Pod/batch/worker-");
    }

    @Test
    void aBrokenDumpFailsWithItsPosition() throws Exception {
        Path dump = dir.resolve("broken.json");
        Files.writeString(dump, "{\n  \"apiVersion\": \"v1\",\n  \"items\": [\n    {\"kind\": \"Pod\",, }\n  ]\n}\n");
        JsonNode source = collect(dump).path("sources").get(0);
        assertThat(source.path("status").asText()).isEqualTo("failed");
        assertThat(source.path("error").asText()).startsWith(dump + ":4:");
    }

    @Test
    void aManifestFileIsNotADump() throws Exception {
        // look-alike: a List written by hand for kubectl apply begins with kind, not apiVersion then items
        Path manifest = dir.resolve("app.yaml");
        Files.writeString(manifest, "kind: List\napiVersion: v1\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n"
                + "  metadata: {name: web, namespace: shop}\n  spec:\n    template:\n      spec:\n"
                + "        containers: [{name: web, image: nginx:1.27}]\n");
        JsonNode evidence = collect(manifest);
        assertThat(evidence.path("sources").get(0).path("kind").asText()).isEqualTo("directory");
        assertThat(evidence.path("workloads").get(0).path("id").asText()).isEqualTo("app.yaml/app.yaml#Deployment/shop/web");
    }
}
