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

/** What a cluster that refuses, fails, stalls or pages does to a collection: one clear message each. */
class KubernetesFailuresTest {
    private static final String NO_GROUPS = "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[]}";
    private static final String POD = "{\"metadata\":{\"name\":\"%s\",\"namespace\":\"a\"},\"spec\":{\"containers\":"
            + "[{\"name\":\"c\",\"image\":\"registry.example.com/app:1.0\"}]}}";

    @TempDir
    Path dir;

    private JsonNode collect(Path kubeconfig, Duration timeout) {
        ClusterTarget cluster = new ClusterTarget("cluster", "current context", kubeconfig, null, List.of(), true, null, timeout);
        return Engine.toJson(new Engine().collect(new CollectRequest(List.of(), 5_000_000, Set.of(), null, null, null,
                Map.of("HOME", dir.toString()), null).withCluster(cluster)));
    }

    @Test
    void rejectedCredentialsFailTheSourceWithOneMessage() throws Exception {
        try (StubCluster stub = new StubCluster(r -> StubCluster.Answer.status(401, "Unauthorized", "Unauthorized"))) {
            JsonNode evidence = collect(stub.kubeconfig(dir), Duration.ofSeconds(5));
            JsonNode source = evidence.path("sources").get(0);
            assertThat(source.path("status").asText()).isEqualTo("failed");
            assertThat(source.path("error").asText()).contains("did not accept the credentials of context 'stub'")
                    .contains("401 Unauthorized");
            assertThat(stub.requests).hasSize(1);
        }
    }

    @Test
    void aForbiddenTypeCostsThatTypeAndMarksWhatItFillsIncomplete() throws Exception {
        try (StubCluster stub = new StubCluster(r -> r.startsWith("GET /apis?") || r.equals("GET /apis") ? StubCluster.Answer.ok(NO_GROUPS)
                : r.startsWith("GET /apis/apps/v1/deployments") ? StubCluster.Answer.status(403, "Forbidden",
                "deployments.apps is forbidden: User \\\"auditor\\\" cannot list resource \\\"deployments\\\"")
                : StubCluster.Answer.emptyList())) {
            JsonNode evidence = collect(stub.kubeconfig(dir), Duration.ofSeconds(5));
            JsonNode source = evidence.path("sources").get(0);
            assertThat(source.path("status").asText()).isEqualTo("partial");
            assertThat(source.path("incomplete").toString()).contains("workloads").contains("servingConfigs");
            assertThat(evidence.path("errors")).hasSize(1);
            assertThat(evidence.path("errors").get(0).path("message").asText())
                    .startsWith("forbidden: GET /apis/apps/v1/deployments (deployments.apps is forbidden")
                    .endsWith("criteria that need models, observability, servingConfigs, workloads are unknown");
            // the other types were still read
            assertThat(stub.requests).anySatisfy(r -> assertThat(r).startsWith("GET /api/v1/pods?"));
        }
    }

    @Test
    void aFailingTypeIsReportedWithItsStatus() throws Exception {
        try (StubCluster stub = new StubCluster(r -> r.startsWith("GET /api/v1/configmaps")
                ? StubCluster.Answer.status(500, "InternalError", "etcdserver: request timed out")
                : r.startsWith("GET /apis?") || r.equals("GET /apis") ? StubCluster.Answer.ok(NO_GROUPS) : StubCluster.Answer.emptyList())) {
            JsonNode evidence = collect(stub.kubeconfig(dir), Duration.ofSeconds(5));
            assertThat(evidence.path("sources").get(0).path("status").asText()).isEqualTo("partial");
            assertThat(evidence.path("errors").get(0).path("message").asText())
                    .startsWith("GET /api/v1/configmaps failed with HTTP 500: etcdserver: request timed out");
        }
    }

    @Test
    void aServerThatDoesNotAnswerInTimeFailsTheSource() throws Exception {
        try (StubCluster stub = new StubCluster(r -> r.startsWith("GET /api/v1/pods")
                ? new StubCluster.Answer(200, "{}", 3_000)
                : r.startsWith("GET /apis?") || r.equals("GET /apis") ? StubCluster.Answer.ok(NO_GROUPS) : StubCluster.Answer.emptyList())) {
            long start = System.nanoTime();
            JsonNode evidence = collect(stub.kubeconfig(dir), Duration.ofMillis(500));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            JsonNode source = evidence.path("sources").get(0);
            assertThat(source.path("status").asText()).isEqualTo("failed");
            assertThat(source.path("error").asText()).isEqualTo("GET /api/v1/pods: no answer within 500ms (--request-timeout)");
        }
    }

    @Test
    void anUnreachableClusterFailsTheSource() throws Exception {
        UnreachableCluster gone = UnreachableCluster.write(dir, "gone");
        JsonNode source = collect(gone.kubeconfig(), Duration.ofSeconds(5)).path("sources").get(0);
        assertThat(source.path("status").asText()).isEqualTo("failed");
        assertThat(source.path("id").asText()).isEqualTo("gone");
        assertThat(source.path("error").asText()).startsWith("cannot reach the cluster at " + gone.url());
    }

    @Test
    void listsAreReadPageByPage() throws Exception {
        try (StubCluster stub = new StubCluster(r -> {
            if (r.startsWith("GET /api/v1/pods?")) {
                return r.contains("continue=page-2")
                        ? StubCluster.Answer.ok("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":["
                                + POD.formatted("second") + "]}")
                        : StubCluster.Answer.ok("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"continue\":\"page-2\"},"
                                + "\"items\":[" + POD.formatted("first") + "]}");
            }
            return r.startsWith("GET /apis?") || r.equals("GET /apis") ? StubCluster.Answer.ok(NO_GROUPS) : StubCluster.Answer.emptyList();
        })) {
            JsonNode evidence = collect(stub.kubeconfig(dir), Duration.ofSeconds(5));
            assertThat(evidence.path("workloads").findValuesAsText("id")).containsExactly("stub/Pod/a/first", "stub/Pod/a/second");
            assertThat(stub.requests.stream().filter(r -> r.startsWith("GET /api/v1/pods?")))
                    .containsExactly("GET /api/v1/pods?limit=500", "GET /api/v1/pods?limit=500&continue=page-2");
        }
    }

    @Test
    void aPageThatFailsKeepsTheObjectsBeforeIt() throws Exception {
        try (StubCluster stub = new StubCluster(r -> {
            if (r.startsWith("GET /api/v1/pods?")) {
                return r.contains("continue=page-2")
                        ? StubCluster.Answer.status(500, "InternalError", "etcdserver: leader changed")
                        : StubCluster.Answer.ok("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"continue\":\"page-2\"},"
                                + "\"items\":[" + POD.formatted("first") + "]}");
            }
            return r.startsWith("GET /apis?") || r.equals("GET /apis") ? StubCluster.Answer.ok(NO_GROUPS) : StubCluster.Answer.emptyList();
        })) {
            JsonNode evidence = collect(stub.kubeconfig(dir), Duration.ofSeconds(5));
            assertThat(evidence.path("workloads").findValuesAsText("id")).containsExactly("stub/Pod/a/first");
            JsonNode source = evidence.path("sources").get(0);
            assertThat(source.path("status").asText()).isEqualTo("partial");
            assertThat(source.path("incomplete").toString()).contains("workloads");
            assertThat(evidence.path("errors").get(0).path("message").asText())
                    .startsWith("GET /api/v1/pods failed with HTTP 500: etcdserver: leader changed");
        }
    }
}
