package dev.rubric.collect.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.Engine;
import dev.rubric.evidence.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live objects are read on several threads, batch by batch, so the order in which they reach the
 * evidence varies from run to run; the evidence must not. The cluster is made to tempt an
 * order-dependent result: the same pod names in every namespace, the same image and owner name
 * everywhere, errors on pods of the same name, and more objects than one batch holds.
 */
class KubernetesParallelReadTest {
    private static final int NAMESPACES = 4;
    private static final int PODS = 90;
    private static KubeMock mock;

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() throws Exception {
        mock = KubeMock.start(false);
        for (int n = 0; n < NAMESPACES; n++) {
            String namespace = "team-" + n;
            mock.create(Map.of("apiVersion", "v1", "kind", "Namespace", "metadata", Map.of("name", namespace)));
            for (int p = 0; p < PODS; p++) {
                Map<String, Object> container = new LinkedHashMap<>();
                container.put("name", "worker");
                container.put("image", "ghcr.io/acme/worker:1.2");
                if (p % 10 == 0) { // every tenth pod has an argument of the wrong shape: an error each
                    container.put("args", List.of(Map.of("port", 8080)));
                }
                container.put("env", List.of(Map.of("name", "OPENAI_MODEL", "value", "gpt-4o-2024-08-06")));
                mock.create(Map.of("apiVersion", "v1", "kind", "Pod",
                        "metadata", Map.of("name", "worker-" + p, "namespace", namespace,
                                "ownerReferences", List.of(Map.of("apiVersion", "apps/v1", "kind", "ReplicaSet",
                                        "name", "worker-7d9c", "uid", "u-" + n, "controller", true))),
                        "spec", Map.of("containers", List.of(container))));
            }
            mock.create(Map.of("apiVersion", "v1", "kind", "ConfigMap",
                    "metadata", Map.of("name", "settings", "namespace", namespace),
                    "data", Map.of("LOG_LEVEL", "info")));
        }
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @Test
    void theEvidenceIsTheSameBytesOnEveryRunAndAsTheSameClusterReadInOrder() throws Exception {
        Path kubeconfig = mock.kubeconfig(dir, "mock", null, "token: t0ken-for-rubric\n");
        List<String> runs = new ArrayList<>();
        JsonNode live = null;
        for (int run = 0; run < 4; run++) {
            live = KubernetesLiveTest.collect(kubeconfig, List.of(), true, null, List.of(), Map.of("HOME", dir.toString()));
            runs.add(Json.pretty(live));
        }
        assertThat(live.path("workloads").size()).isEqualTo(NAMESPACES * PODS);
        assertThat(live.path("errors").size()).as("arguments of the wrong shape are reported").isPositive();
        assertThat(runs).allSatisfy(run -> assertThat(run).isEqualTo(runs.get(0)));

        // a kubectl dump is read on one thread, in its own order
        KubernetesLiveTest.Kubectl kubectl = KubernetesLiveTest.Kubectl.find();
        if ("1".equals(System.getenv("RUBRIC_CI"))) {
            assertThat(kubectl).as("RUBRIC_CI=1 but no kubectl on PATH (.ci/run installs kubernetes-client)").isNotNull();
        }
        assumeTrue(kubectl != null, "kubectl is not on PATH");
        Path dump = dir.resolve("mock.json");
        kubectl.run(kubeconfig, dump, "get", "namespaces,pods,configmaps", "-A", "-o", "json");
        JsonNode offline = Engine.toJson(new Engine().collect(new CollectRequest(List.of(dump.toString()), 5_000_000, Set.of())));
        assertThat(Json.pretty(withoutSources(offline))).isEqualTo(Json.pretty(withoutSources(live)));
    }

    private static JsonNode withoutSources(JsonNode evidence) {
        ObjectNode copy = evidence.deepCopy();
        copy.remove("sources");
        return copy;
    }
}
