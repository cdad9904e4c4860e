package dev.rubric.collect.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.ClusterTarget;
import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.Engine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A custom resource is listed in the version discovery says the server serves: a cluster with an
 * older Flux serves HelmRelease v2beta2 and Kustomization v1beta2 only, and its releases must
 * still be read and joined, with nothing asked of the versions it does not serve.
 */
class CustomResourceVersionsTest {
    private static final String GROUPS = "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":["
            + group("helm.toolkit.fluxcd.io", "v2beta2", "v2beta1")
            + "," + group("kustomize.toolkit.fluxcd.io", "v1beta2")
            // a version rubric does not know is not listed on a guess
            + "," + group("policy.sigstore.dev", "v2alpha9") + "]}";
    private static final String RELEASES = "{\"kind\":\"HelmReleaseList\",\"apiVersion\":\"helm.toolkit.fluxcd.io/v2beta2\","
            + "\"metadata\":{},\"items\":[{\"metadata\":{\"name\":\"vllm\",\"namespace\":\"ml\"},\"spec\":{\"chart\":{\"spec\":"
            + "{\"chart\":\"vllm-stack\",\"version\":\"0.1.7\",\"sourceRef\":{\"kind\":\"HelmRepository\",\"name\":\"vllm\","
            + "\"namespace\":\"flux-system\"}}}},\"status\":{\"lastAppliedRevision\":\"0.1.7\"}}]}";
    private static final String STATEFUL_SETS = "{\"kind\":\"StatefulSetList\",\"apiVersion\":\"apps/v1\",\"metadata\":{},"
            + "\"items\":[{\"metadata\":{\"name\":\"vllm\",\"namespace\":\"ml\",\"labels\":{\"helm.toolkit.fluxcd.io/name\":"
            + "\"vllm\",\"helm.toolkit.fluxcd.io/namespace\":\"ml\"}},\"spec\":{\"template\":{\"spec\":{\"containers\":"
            + "[{\"name\":\"vllm\",\"image\":\"registry.example.com/ml/vllm-openai:v0.6.3\"}]}}}}]}";

    @TempDir
    Path dir;

    private static String group(String name, String... versions) {
        StringBuilder entries = new StringBuilder();
        for (String version : versions) {
            entries.append(entries.isEmpty() ? "" : ",").append("{\"groupVersion\":\"").append(name).append('/').append(version)
                    .append("\",\"version\":\"").append(version).append("\"}");
        }
        return "{\"name\":\"" + name + "\",\"versions\":[" + entries + "]}";
    }

    @Test
    void theNewestServedVersionIsListedAndOnlyIt() throws Exception {
        try (StubCluster stub = new StubCluster(r -> r.startsWith("GET /apis?") || r.equals("GET /apis")
                ? StubCluster.Answer.ok(GROUPS)
                : r.startsWith("GET /apis/helm.toolkit.fluxcd.io/v2beta2/helmreleases?") ? StubCluster.Answer.ok(RELEASES)
                : r.startsWith("GET /apis/apps/v1/statefulsets?") ? StubCluster.Answer.ok(STATEFUL_SETS)
                : StubCluster.Answer.emptyList())) {
            ClusterTarget cluster = new ClusterTarget("cluster", "current context", stub.kubeconfig(dir), null, List.of(), true,
                    null, Duration.ofSeconds(5));
            JsonNode evidence = Engine.toJson(new Engine().collect(new CollectRequest(List.of(), 5_000_000, Set.of(), null, null,
                    null, Map.of("HOME", dir.toString()), null).withCluster(cluster)));

            assertThat(evidence.path("sources").get(0).path("status").asText()).as(evidence.path("errors").toString())
                    .isEqualTo("ok");
            JsonNode gitOps = evidence.path("workloads").get(0).path("gitOps");
            assertThat(gitOps.path("object").asText()).isEqualTo("stub/HelmRelease/ml/vllm");
            assertThat(gitOps.path("chart").asText()).isEqualTo("vllm-stack");
            assertThat(stub.requests).anyMatch(r -> r.startsWith("GET /apis/kustomize.toolkit.fluxcd.io/v1beta2/kustomizations?"))
                    .noneMatch(r -> r.startsWith("GET /apis/helm.toolkit.fluxcd.io/v2/")
                            || r.startsWith("GET /apis/helm.toolkit.fluxcd.io/v2beta1/")
                            || r.startsWith("GET /apis/kustomize.toolkit.fluxcd.io/v1/")
                            || r.startsWith("GET /apis/policy.sigstore.dev/"));
        }
    }
}
