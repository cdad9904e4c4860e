package dev.rubric.collect.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Json;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import dev.rubric.yaml.SafeYaml;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/rbac.yaml grants exactly what the collector sends (no more, no less), and both deploy
 * files are valid enough for the real kubectl to create them on an API server.
 */
class RbacManifestTest {
    @TempDir
    Path dir;

    /** "group/resource:verb" for every grant of the ClusterRole. */
    private static Set<String> grants() throws Exception {
        Set<String> grants = new TreeSet<>();
        for (Node document : new SafeYaml(1 << 20).readAll(Files.readString(Path.of("deploy/rbac.yaml")))) {
            MapNode object = (MapNode) document;
            if (!"ClusterRole".equals(Nodes.string(object, "kind"))) {
                continue;
            }
            for (MapNode rule : Nodes.maps(object.get("rules"))) {
                for (Node group : ((dev.rubric.yaml.ListNode) rule.get("apiGroups")).items()) {
                    for (String resource : Nodes.names(rule.get("resources"))) {
                        for (String verb : Nodes.names(rule.get("verbs"))) {
                            grants.add(((dev.rubric.yaml.ScalarNode) group).text() + "/" + resource + ":" + verb);
                        }
                    }
                }
            }
        }
        return grants;
    }

    @Test
    void theClusterRoleGrantsExactlyTheVerbsAndResourcesTheCollectorUses() throws Exception {
        Set<String> used = new TreeSet<>();
        for (ClusterResources.Resource resource : ClusterResources.ALL) {
            for (String verb : resource.verbs()) {
                used.add(resource.group() + "/" + resource.plural() + ":" + verb);
            }
        }
        assertThat(grants()).isEqualTo(used).noneMatch(g -> g.contains("secrets") || g.contains("*"));
    }

    @Test
    void everyRequestOfALiveCollectionIsAGrantedGetOrDiscovery() throws Exception {
        Set<String> grants = grants();
        try (KubeMock mock = KubeMock.start(false)) {
            mock.create(Files.readString(Path.of("src/test/resources/kubernetes/cluster/objects.yaml")));
            for (boolean all : List.of(true, false)) {
                Path kubeconfig = mock.kubeconfig(dir, "rbac", "shop", "token: t\n");
                mock.drain();
                KubernetesLiveTest.collect(kubeconfig, all ? List.of() : List.of("shop", "agents-staging"), all, null, List.of(),
                        Map.of("HOME", dir.toString()));
                List<RecordedRequest> requests = mock.drain();
                assertThat(requests).isNotEmpty();
                for (RecordedRequest request : requests) {
                    assertThat(request.getMethod()).isEqualTo("GET");
                    String grant = grantFor(request.getPath());
                    if (grant == null) {
                        assertThat(request.getPath()).as("discovery").isIn("/api", "/apis");
                        continue;
                    }
                    assertThat(grant).as(request.getPath()).isIn(grants.toArray());
                }
            }
        }
    }

    /** The grant a GET path needs: a list needs list, a named object get; null for discovery, which needs none. */
    private static String grantFor(String pathAndQuery) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String[] parts = path.substring(1).split("/");
        boolean core = parts[0].equals("api");
        int first = core ? 2 : 3; // after api/v1 or apis/group/version
        if (parts.length <= first) {
            return null; // discovery: every authenticated user may read it
        }
        String group = core ? "" : parts[1];
        List<String> rest = List.of(parts).subList(first, parts.length);
        if (rest.get(0).equals("namespaces") && rest.size() >= 3) {
            rest = rest.subList(2, rest.size()); // namespaces/<ns>/<plural>[/<name>]
        }
        return group + "/" + rest.get(0) + ":" + (rest.size() == 1 ? "list" : "get");
    }

    @Test
    void theRealKubectlCreatesTheDeployFilesOnAnApiServer() throws Exception {
        KubernetesLiveTest.Kubectl kubectl = KubernetesLiveTest.Kubectl.find();
        if ("1".equals(System.getenv("RUBRIC_CI"))) {
            assertThat(kubectl).as("RUBRIC_CI=1 but no kubectl on PATH (.ci/run installs kubernetes-client)").isNotNull();
        }
        assumeTrue(kubectl != null, "kubectl is not on PATH");
        try (KubeMock mock = KubeMock.start(false)) {
            Path kubeconfig = mock.kubeconfig(dir, "deploy", null, "token: t\n");
            kubectl.run(kubeconfig, null, "create", "--validate=false", "-f", "deploy/rbac.yaml", "-f", "deploy/cronjob.yaml");
            JsonNode role = Json.mapper().readTree(kubectl.run(kubeconfig, null, "get", "clusterrole", "rubric-reader", "-o", "json"));
            // the server kept every rule of the file
            long rules = Files.readString(Path.of("deploy/rbac.yaml")).lines().filter(l -> l.startsWith("  - apiGroups:")).count();
            assertThat(role.path("rules")).hasSize((int) rules);
            assertThat(rules).isEqualTo(12);
            JsonNode cronJob = Json.mapper().readTree(kubectl.run(kubeconfig, null, "get", "cronjob", "rubric", "-n", "rubric",
                    "-o", "json"));
            assertThat(cronJob.path("spec").path("jobTemplate").path("spec").path("template").path("spec")
                    .path("serviceAccountName").asText()).isEqualTo("rubric");
            JsonNode binding = Json.mapper().readTree(kubectl.run(kubeconfig, null, "get", "clusterrolebinding", "rubric-reader",
                    "-o", "json"));
            assertThat(binding.path("subjects").get(0).path("name").asText()).isEqualTo("rubric");
        }
    }
}
