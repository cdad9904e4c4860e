package dev.rubric.collect.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.Engine;
import dev.rubric.evidence.Json;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom resources read when their CRDs are installed: GitOps objects joined to the workloads
 * they applied (only when certain), Argo Rollouts as workloads, Kubeflow training jobs as
 * fine-tunes, image-verification policies and the images they cover; the same facts live, from a
 * dump by the real kubectl, and from a dump written by hand; look-alikes that must not join.
 */
class KubernetesCustomResourcesTest {
    private static final Path OBJECTS = Path.of("src/test/resources/kubernetes/crds/objects.yaml");
    private static KubeMock mock;

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() throws Exception {
        mock = KubeMock.start(false);
        mock.create(Files.readString(OBJECTS));
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    private JsonNode live() throws Exception {
        Path kubeconfig = mock.kubeconfig(dir, "crds", null, "token: t0ken-for-rubric\n");
        return KubernetesLiveTest.collect(kubeconfig, List.of(), true, null, List.of(), Map.of("HOME", dir.toString()));
    }

    private static JsonNode workload(JsonNode evidence, String id) {
        for (JsonNode workload : evidence.path("workloads")) {
            if (workload.path("id").asText().equals(id)) {
                return workload;
            }
        }
        throw new AssertionError("no workload " + id + " in " + evidence.path("workloads").findValuesAsText("id"));
    }

    @Test
    void gitOpsSourcesJoinOnlyTheWorkloadsTheyCertainlyApplied() throws Exception {
        JsonNode evidence = live();
        assertThat(evidence.path("sources").get(0).path("status").asText()).as(evidence.path("errors").toString())
                .isEqualTo("ok");

        JsonNode api = workload(evidence, "crds/Deployment/shop/api").path("gitOps");
        assertThat(api.path("tool").asText()).isEqualTo("argocd");
        assertThat(api.path("object").asText()).isEqualTo("crds/Application/argocd/shop");
        assertThat(api.path("repository").asText()).isEqualTo("https://git.example.com/shop/deploy.git");
        assertThat(api.path("path").asText()).isEqualTo("overlays/prod");
        assertThat(api.path("targetRevision").asText()).isEqualTo("v1.4.0");
        assertThat(api.path("revision").asText()).isEqualTo("3f2a9c1d0b7e6a5f4c3b2a1908f7e6d5c4b3a291");
        assertThat(workload(evidence, "crds/Rollout/shop/checkout").path("gitOps").path("object").asText())
                .isEqualTo("crds/Application/argocd/shop");

        JsonNode rag = workload(evidence, "crds/Deployment/ml/rag").path("gitOps");
        assertThat(rag.path("tool").asText()).isEqualTo("flux");
        assertThat(rag.path("object").asText()).isEqualTo("crds/Kustomization/flux-system/apps");
        assertThat(rag.path("repository").asText()).isEqualTo("GitRepository/flux-system/platform");
        assertThat(rag.path("path").asText()).isEqualTo("./apps/prod");
        assertThat(rag.path("revision").asText()).isEqualTo("main@sha1:9d8c7b6a5f4e3d2c1b0a99887766554433221100");

        JsonNode vllm = workload(evidence, "crds/StatefulSet/ml/vllm").path("gitOps");
        assertThat(vllm.path("object").asText()).isEqualTo("crds/HelmRelease/ml/vllm");
        assertThat(vllm.path("repository").asText()).isEqualTo("HelmRepository/flux-system/vllm");
        assertThat(vllm.path("chart").asText()).isEqualTo("vllm-stack");
        assertThat(vllm.path("targetRevision").asText()).isEqualTo("0.1.7");
        assertThat(vllm.path("revision").asText()).isEqualTo("0.1.7");

        // look-alikes: the instance label outside the destination, a copied tracking id, a missing release
        for (String id : List.of("crds/Deployment/other/api", "crds/Deployment/shop/copied", "crds/Deployment/ml/orphan")) {
            assertThat(workload(evidence, id).has("gitOps")).as(id).isFalse();
        }
        assertThat(evidence.path("sources").get(0).path("stats").path("gitOpsObjects").asInt()).isEqualTo(3);
    }

    @Test
    void aRolloutIsAWorkloadAndTrainingJobsAreFineTunes() throws Exception {
        JsonNode evidence = live();
        JsonNode rollout = workload(evidence, "crds/Rollout/shop/checkout");
        assertThat(rollout.path("replicas").asLong()).isEqualTo(3);
        assertThat(rollout.path("containers").get(0).path("image").path("pinning").asText()).isEqualTo("pinned");

        List<String> baseModels = new ArrayList<>();
        evidence.path("fineTunes").forEach(f -> baseModels.add(f.path("id").asText() + " " + f.path("baseModel").asText()));
        assertThat(baseModels).anyMatch(f -> f.startsWith("crds/PyTorchJob/ml/finetune-llama#")
                        && f.endsWith(" meta-llama/Llama-3.1-8B"))
                .anyMatch(f -> f.startsWith("crds/TrainJob/ml/sft-mistral#") && f.endsWith(" hf://mistralai/Mistral-7B-v0.3"));
        assertThat(evidence.path("sources").get(0).path("stats").path("trainingJobs").asInt()).isEqualTo(2);
    }

    @Test
    void imageVerificationPoliciesNameTheWorkloadsWhoseImagesTheyCover() throws Exception {
        JsonNode evidence = live();
        assertThat(workload(evidence, "crds/Deployment/shop/api").path("imagePolicies").toString())
                .isEqualTo("[\"crds/ClusterPolicy/verify-images\"]");
        // a Docker Hub short name matched in its full form
        assertThat(workload(evidence, "crds/Deployment/shop/copied").path("imagePolicies").toString())
                .isEqualTo("[\"crds/ClusterImagePolicy/signed-busybox\"]");
        assertThat(workload(evidence, "crds/StatefulSet/ml/vllm").path("imagePolicies").toString())
                .isEqualTo("[\"crds/Policy/ml/verify-ml\"]");
        // look-alikes: an image no pattern covers; a policy that verifies no image is not counted
        assertThat(workload(evidence, "crds/Deployment/ml/orphan").has("imagePolicies")).isFalse();
        assertThat(evidence.path("sources").get(0).path("stats").path("imagePolicies").asInt()).isEqualTo(3);
        assertThat(evidence.toString()).doesNotContain("require-labels");
    }

    @Test
    void aHandWrittenDumpAndTheRealKubectlsDumpGiveTheLiveEvidence() throws Exception {
        JsonNode live = withoutSources(live());
        // the fixture's objects as a v1 List named like the context: a dump without kubectl
        List<Object> items = new ArrayList<>();
        for (Node document : new SafeYaml(Integer.MAX_VALUE).readAll(Files.readString(OBJECTS))) {
            items.add(((MapNode) document).toJava());
        }
        Path written = dir.resolve("crds.json");
        Files.writeString(written, Json.mapper().writeValueAsString(Map.of("apiVersion", "v1", "kind", "List", "items", items)));
        assertThat(withoutSources(snapshot(written))).isEqualTo(live);

        KubernetesLiveTest.Kubectl kubectl = KubernetesLiveTest.Kubectl.find();
        if ("1".equals(System.getenv("RUBRIC_CI"))) {
            assertThat(kubectl).as("RUBRIC_CI=1 but no kubectl on PATH").isNotNull();
        }
        assumeTrue(kubectl != null, "kubectl is not on PATH");
        Path kubeconfig = mock.kubeconfig(dir, "crds", null, "token: t0ken-for-rubric\n");
        Path dump = dir.resolve("kubectl/crds.json");
        Files.createDirectories(dump.getParent());
        kubectl.run(kubeconfig, dump, "get", "namespaces,deployments,statefulsets,applications,rollouts,kustomizations,"
                + "helmreleases,clusterpolicies,policies,clusterimagepolicies,pytorchjobs,trainjobs", "-A", "-o", "json");
        assertThat(withoutSources(snapshot(dump))).isEqualTo(live);
    }

    private static JsonNode snapshot(Path dump) {
        return Engine.toJson(new Engine().collect(new CollectRequest(List.of(dump.toString()), 5_000_000, Set.of())));
    }

    private static JsonNode withoutSources(JsonNode evidence) {
        ObjectNode copy = evidence.deepCopy();
        copy.remove("sources");
        return copy;
    }
}
