package dev.rubric.collect.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.collect.ClusterTarget;
import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.Engine;
import dev.rubric.evidence.Json;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live collection against fabric8's mock API server, reached only through kubeconfig files (a
 * token user, an exec credential plugin, a client certificate over https), and the same cluster
 * dumped by the real kubectl: both must give the same evidence.
 */
class KubernetesLiveTest {
    private static KubeMock mock;
    private static String objects;

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() throws Exception {
        objects = Files.readString(Path.of("src/test/resources/kubernetes/cluster/objects.yaml"));
        mock = KubeMock.start(false);
        mock.create(objects);
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    static JsonNode collect(Path kubeconfig, List<String> namespaces, boolean all, String selector, List<String> targets,
                            Map<String, String> environment) {
        ClusterTarget cluster = new ClusterTarget("cluster", "current context", kubeconfig, null, namespaces, all, selector,
                Duration.ofSeconds(10));
        CollectRequest request = new CollectRequest(targets, 5_000_000, Set.of(), null, null, null, environment, null)
                .withCluster(cluster);
        return Engine.toJson(new Engine().collect(request));
    }

    private static JsonNode byId(JsonNode collection, String id) {
        for (JsonNode item : collection) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + collection);
    }

    @Test
    void aTokenUserReadsWorkloadsPodStatusNamespacesAndConfigMapsWithOnlyGetRequests() throws Exception {
        Path kubeconfig = mock.kubeconfig(dir, "mock", null, "token: t0ken-for-rubric\n");
        mock.drain();
        JsonNode evidence = collect(kubeconfig, List.of(), true, null, List.of(), Map.of("HOME", dir.toString()));
        List<RecordedRequest> requests = mock.drain();

        JsonNode source = evidence.path("sources").get(0);
        assertThat(source.path("id").asText()).isEqualTo("mock");
        assertThat(source.path("kind").asText()).isEqualTo("cluster");
        assertThat(source.path("status").asText()).as(evidence.path("errors").toString()).isEqualTo("ok");

        JsonNode pod = byId(evidence.path("workloads"), "mock/Pod/shop/vllm-6d4cf56db6-x7k2p");
        assertThat(pod.path("owner").asText()).isEqualTo("ReplicaSet/vllm-6d4cf56db6");
        assertThat(pod.path("environment").asText()).isEqualTo("prod");
        JsonNode state = pod.path("status").path("containers").get(0);
        assertThat(state.path("digest").asText())
                .isEqualTo("sha256:4b5c1e7f2a9d8c3b6e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d");
        assertThat(state.path("restarts").asLong()).isEqualTo(3);
        assertThat(state.path("lastTermination").asText()).isEqualTo("OOMKilled");
        assertThat(state.path("lastExitCode").asInt()).isEqualTo(137);
        assertThat(pod.path("status").path("node").asText()).isEqualTo("gpu-node-1");
        assertThat(pod.path("status").path("nodeAccelerators").path("product").asText()).isEqualTo("NVIDIA-L4");
        assertThat(pod.path("status").path("nodeAccelerators").path("allocatable").asText()).isEqualTo("2");

        JsonNode replicaSet = byId(evidence.path("workloads"), "mock/ReplicaSet/shop/vllm-6d4cf56db6");
        assertThat(replicaSet.path("owner").asText()).isEqualTo("Deployment/vllm");
        assertThat(replicaSet.path("annotations").path("kubernetes.io/change-cause").asText())
                .isEqualTo("vllm 0.8.5 with LoRA rank 16");

        JsonNode deployment = byId(evidence.path("workloads"), "mock/Deployment/shop/vllm");
        assertThat(deployment.path("location").path("cluster").asText()).isEqualTo("mock");
        assertThat(deployment.path("containers").get(0).path("gpu").asLong()).isEqualTo(1);
        assertThat(evidence.path("servingConfigs").toString()).contains("meta-llama/Llama-3.1-8B-Instruct");

        // production-stack-system is vLLM's operator namespace, not production; agents-staging is staging by name
        assertThat(byId(evidence.path("workloads"), "mock/CronJob/production-stack-system/reindex").has("environment"))
                .isFalse();
        assertThat(byId(evidence.path("workloads"), "mock/StatefulSet/agents-staging/planner").path("environment").asText())
                .isEqualTo("staging");
        assertThat(byId(evidence.path("environments"), "mock/Namespace/shop").path("identifiedBy").asText())
                .isEqualTo("namespace-label");
        assertThat(evidence.path("environments").toString()).doesNotContain("production-stack-system");

        assertThat(evidence.path("prompts").toString()).contains("mock/ConfigMap/shop/prompts#answer.prompt.txt");

        JsonNode vllmService = byId(evidence.path("services"), "mock/Service/shop/vllm");
        assertThat(vllmService.path("selector").toString()).isEqualTo("{\"app\":\"vllm\"}");
        assertThat(vllmService.path("ports").get(0).path("port").asLong()).isEqualTo(8000);

        // KServe is installed (discovery lists its group): its objects go through the KServe reader, once
        JsonNode service = byId(evidence.path("workloads"), "mock/InferenceService/shop/chat");
        assertThat(service.path("gpu").asBoolean()).isTrue();
        assertThat(evidence.path("workloads").findValuesAsText("id").stream().filter(id -> id.contains("InferenceService")))
                .containsExactly("mock/InferenceService/shop/chat");
        JsonNode served = byId(evidence.path("servingConfigs"), "mock/InferenceService/shop/chat#InferenceService/shop/chat");
        assertThat(served.path("settings").path("runtime").asText()).isEqualTo("vllm-runtime");
        assertThat(evidence.path("servingConfigs").findValuesAsText("id"))
                .contains("mock/ServingRuntime/shop/vllm-runtime#ServingRuntime/shop/vllm-runtime");

        String all = evidence.toString();
        assertThat(all).doesNotContain("hf_SecretValueThatMustNeverBeRead").doesNotContain("sk-live-4f9a8b7c6d5e");
        assertThat(requests).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getMethod()).as(r.getPath()).isEqualTo("GET");
            assertThat(r.getPath()).doesNotContain("secrets");
            assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer t0ken-for-rubric");
        });
        assertThat(requests).anySatisfy(r -> assertThat(r.getPath()).contains("limit=" + KubeApi.PAGE));
    }

    @Test
    void anExecCredentialPluginSuppliesTheToken() throws Exception {
        Path plugin = dir.resolve("credential.sh");
        Files.writeString(plugin, "#!/bin/sh\necho '{\"apiVersion\":\"client.authentication.k8s.io/v1\","
                + "\"kind\":\"ExecCredential\",\"status\":{\"token\":\"exec-token-123\"}}'\n");
        plugin.toFile().setExecutable(true);
        Path kubeconfig = mock.kubeconfig(dir, "exec", "shop", "exec:\n  apiVersion: client.authentication.k8s.io/v1\n"
                + "  command: " + plugin + "\n  interactiveMode: Never\n");
        mock.drain();
        JsonNode evidence = collect(kubeconfig, List.of(), false, "app=vllm", List.of(), Map.of("HOME", dir.toString()));
        List<RecordedRequest> requests = mock.drain();

        assertThat(requests).allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer exec-token-123"));
        // the context's namespace and the selector on the objects' own labels: only the pod is labelled app=vllm
        assertThat(evidence.path("workloads").findValuesAsText("id")).containsExactly("exec/Pod/shop/vllm-6d4cf56db6-x7k2p");
        assertThat(requests).anySatisfy(r -> assertThat(r.getPath())
                .startsWith("/apis/apps/v1/namespaces/shop/deployments?").contains("labelSelector=app%3Dvllm"));
    }

    @Test
    void aClientCertificateUserOverHttps() throws Exception {
        try (KubeMock secure = KubeMock.start(true)) {
            secure.create(objects);
            ClientCertificate certificate = ClientCertificate.generate("rubric-auditor");
            Path kubeconfig = secure.kubeconfig(dir, "tls", null, "client-certificate-data: " + certificate.certificateBase64()
                    + "\nclient-key-data: " + certificate.keyBase64() + "\n");
            JsonNode evidence = collect(kubeconfig, List.of("agents-staging"), false, null, List.of(),
                    Map.of("HOME", dir.toString()));
            assertThat(evidence.path("sources").get(0).path("status").asText()).isEqualTo("ok");
            assertThat(evidence.path("workloads").findValuesAsText("id")).containsExactly("tls/StatefulSet/agents-staging/planner");
        }
    }

    @Test
    void aDumpByTheRealKubectlGivesTheSameEvidenceAsLiveCollection() throws Exception {
        Kubectl kubectl = Kubectl.find();
        if ("1".equals(System.getenv("RUBRIC_CI"))) {
            assertThat(kubectl).as("RUBRIC_CI=1 but no kubectl on PATH (.ci/run installs kubernetes-client)").isNotNull();
        }
        assumeTrue(kubectl != null, "kubectl is not on PATH");
        Path kubeconfig = mock.kubeconfig(dir, "mock", null, "token: t0ken-for-rubric\n");
        JsonNode live = collect(kubeconfig, List.of(), true, null, List.of(), Map.of("HOME", dir.toString()));

        for (String format : List.of("json", "yaml")) {
            Path dump = dir.resolve("mock." + format);
            kubectl.run(kubeconfig, dump, "get", "namespaces,nodes,deployments,replicasets,statefulsets,daemonsets,jobs,"
                    + "cronjobs,pods,configmaps,services,inferenceservices,servingruntimes", "-A", "-o", format);
            JsonNode offline = Engine.toJson(new Engine().collect(new CollectRequest(List.of(dump.toString()), 5_000_000,
                    Set.of())));
            assertThat(offline.path("sources").get(0).path("kind").asText()).isEqualTo("snapshot");
            assertThat(withoutSources(offline)).as(format).isEqualTo(withoutSources(live));
        }
    }

    private static JsonNode withoutSources(JsonNode evidence) {
        ObjectNode copy = evidence.deepCopy();
        copy.remove("sources");
        return copy;
    }

    /** The real kubectl, when there is one on PATH. */
    record Kubectl(String command) {
        static Kubectl find() {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (Files.isExecutable(Path.of(dir, "kubectl"))) {
                    return new Kubectl(Path.of(dir, "kubectl").toString());
                }
            }
            return null;
        }

        String run(Path kubeconfig, Path output, String... arguments) throws IOException, InterruptedException {
            List<String> command = new java.util.ArrayList<>(List.of(command(), "--kubeconfig", kubeconfig.toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
            builder.environment().put("HOME", kubeconfig.getParent().toString());
            if (output != null) {
                builder.redirectOutput(output.toFile());
            }
            Process process = builder.start();
            byte[] err = process.getErrorStream().readAllBytes();
            String out = output == null ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(new String(err, StandardCharsets.UTF_8)).isZero();
            return out;
        }
    }
}
