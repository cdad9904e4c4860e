package dev.rubric.collect.kubernetes;

import dev.rubric.evidence.Json;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.SafeYaml;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * fabric8's Kubernetes mock API server in CRUD mode, with what the official client and the real
 * kubectl need on top (version and discovery documents, feasibility.md §2.1), objects seeded from
 * the same YAML fixtures snapshots are written from, and kubeconfig files pointing at it. Tests
 * reach it only through those files, as a user's rubric reaches a cluster.
 */
final class KubeMock implements AutoCloseable {
    /** kind → (group/version, plural, namespaced, short names): what the mock serves and discovery lists. */
    record Type(String groupVersion, String plural, String kind, boolean namespaced, List<String> shortNames) {
    }

    static final List<Type> TYPES = List.of(
            new Type("v1", "namespaces", "Namespace", false, List.of("ns")),
            new Type("v1", "nodes", "Node", false, List.of("no")),
            new Type("v1", "pods", "Pod", true, List.of("po")),
            new Type("v1", "configmaps", "ConfigMap", true, List.of("cm")),
            new Type("v1", "secrets", "Secret", true, List.of()),
            new Type("v1", "services", "Service", true, List.of("svc")),
            new Type("v1", "serviceaccounts", "ServiceAccount", true, List.of("sa")),
            new Type("v1", "persistentvolumeclaims", "PersistentVolumeClaim", true, List.of("pvc")),
            new Type("apps/v1", "deployments", "Deployment", true, List.of("deploy")),
            new Type("apps/v1", "replicasets", "ReplicaSet", true, List.of("rs")),
            new Type("apps/v1", "statefulsets", "StatefulSet", true, List.of("sts")),
            new Type("apps/v1", "daemonsets", "DaemonSet", true, List.of("ds")),
            new Type("batch/v1", "jobs", "Job", true, List.of()),
            new Type("batch/v1", "cronjobs", "CronJob", true, List.of("cj")),
            new Type("rbac.authorization.k8s.io/v1", "clusterroles", "ClusterRole", false, List.of()),
            new Type("rbac.authorization.k8s.io/v1", "clusterrolebindings", "ClusterRoleBinding", false, List.of()),
            new Type("serving.kserve.io/v1beta1", "inferenceservices", "InferenceService", true, List.of("isvc")),
            new Type("serving.kserve.io/v1alpha1", "servingruntimes", "ServingRuntime", true, List.of()),
            new Type("argoproj.io/v1alpha1", "applications", "Application", true, List.of("app")),
            new Type("argoproj.io/v1alpha1", "rollouts", "Rollout", true, List.of("ro")),
            new Type("kustomize.toolkit.fluxcd.io/v1", "kustomizations", "Kustomization", true, List.of("ks")),
            new Type("helm.toolkit.fluxcd.io/v2", "helmreleases", "HelmRelease", true, List.of("hr")),
            new Type("kyverno.io/v1", "clusterpolicies", "ClusterPolicy", false, List.of("cpol")),
            new Type("kyverno.io/v1", "policies", "Policy", true, List.of("pol")),
            new Type("policy.sigstore.dev/v1beta1", "clusterimagepolicies", "ClusterImagePolicy", false, List.of()),
            new Type("kubeflow.org/v1", "pytorchjobs", "PyTorchJob", true, List.of()),
            new Type("trainer.kubeflow.org/v1alpha1", "trainjobs", "TrainJob", true, List.of()));

    private static final String VERSION = "{\"major\":\"1\",\"minor\":\"34\",\"gitVersion\":\"v1.34.0\",\"gitCommit\":\"abc\","
            + "\"gitTreeState\":\"clean\",\"buildDate\":\"2026-04-01T00:00:00Z\",\"goVersion\":\"go1.24\",\"compiler\":\"gc\","
            + "\"platform\":\"linux/amd64\"}";

    private final KubernetesMockServer server;
    private final boolean https;

    private KubeMock(KubernetesMockServer server, boolean https) {
        this.server = server;
        this.https = https;
    }

    static KubeMock start(boolean https) {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), https);
        server.init();
        KubeMock mock = new KubeMock(server, https);
        mock.discovery();
        return mock;
    }

    private void discovery() {
        server.expect().get().withPath("/version").andReturn(200, VERSION).always();
        server.expect().get().withPath("/version/").andReturn(200, VERSION).always();
        server.expect().get().withPath("/version?timeout=32s").andReturn(200, VERSION).always();
        Map<String, List<Type>> byGroupVersion = TYPES.stream()
                .collect(Collectors.groupingBy(Type::groupVersion, LinkedHashMap::new, Collectors.toList()));
        List<String> groups = new ArrayList<>();
        byGroupVersion.forEach((groupVersion, types) -> {
            String resources = types.stream().map(KubeMock::resource).collect(Collectors.joining(","));
            String list = "{\"kind\":\"APIResourceList\",\"apiVersion\":\"v1\",\"groupVersion\":\"" + groupVersion
                    + "\",\"resources\":[" + resources + "]}";
            String path = groupVersion.contains("/") ? "/apis/" + groupVersion : "/api/" + groupVersion;
            always(path, list);
            if (groupVersion.contains("/")) {
                String group = groupVersion.substring(0, groupVersion.indexOf('/'));
                String version = "{\"groupVersion\":\"" + groupVersion + "\",\"version\":\""
                        + groupVersion.substring(groupVersion.indexOf('/') + 1) + "\"}";
                groups.add("{\"name\":\"" + group + "\",\"versions\":[" + version + "],\"preferredVersion\":" + version + "}");
            }
        });
        // serving.kserve.io serves two versions: one group entry listing both
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (String group : groups) {
            String name = group.substring(9, group.indexOf('"', 9));
            merged.computeIfAbsent(name, k -> new ArrayList<>()).add(group);
        }
        List<String> groupEntries = new ArrayList<>();
        merged.forEach((name, entries) -> {
            List<String> versions = entries.stream().map(e -> e.substring(e.indexOf("[") + 1, e.indexOf("]"))).toList();
            groupEntries.add("{\"name\":\"" + name + "\",\"versions\":[" + String.join(",", versions)
                    + "],\"preferredVersion\":" + versions.get(0) + "}");
        });
        always("/api", "{\"kind\":\"APIVersions\",\"versions\":[\"v1\"],\"serverAddressByClientCIDRs\":"
                + "[{\"clientCIDR\":\"0.0.0.0/0\",\"serverAddress\":\"127.0.0.1\"}]}");
        always("/apis", "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[" + String.join(",", groupEntries) + "]}");
    }

    private void always(String path, String body) {
        for (String query : List.of("", "?timeout=32s")) {
            server.expect().get().withPath(path + query).andReturn(200, body).always();
        }
    }

    private static String resource(Type type) {
        String shortNames = type.shortNames().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","));
        return "{\"name\":\"" + type.plural() + "\",\"singularName\":\"\",\"namespaced\":" + type.namespaced()
                + ",\"kind\":\"" + type.kind() + "\",\"verbs\":[\"get\",\"list\",\"create\",\"delete\",\"watch\",\"patch\",\"update\"]"
                + ",\"shortNames\":[" + shortNames + "]}";
    }

    /** The server's URL without a trailing slash (the official client wants none). */
    String url() {
        String url = server.url("/");
        return url.substring(0, url.length() - 1);
    }

    /** Creates every object of a YAML stream (one object or several documents), as kubectl create would. */
    void create(String yaml) throws Exception {
        for (Node document : new SafeYaml(Integer.MAX_VALUE).readAll(yaml)) {
            if (document instanceof MapNode object) {
                create(object.toJava());
            }
        }
    }

    void create(Map<String, Object> object) throws IOException, InterruptedException {
        String kind = (String) object.get("kind");
        Type type = TYPES.stream().filter(t -> t.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the mock serves no " + kind));
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
        String namespace = (String) metadata.get("namespace");
        String base = type.groupVersion().contains("/") ? "/apis/" + type.groupVersion() : "/api/" + type.groupVersion();
        String path = base + (type.namespaced() ? "/namespaces/" + namespace : "") + "/" + type.plural();
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(object))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("creating " + kind + " failed: " + response.statusCode() + " " + response.body());
        }
    }

    private HttpClient http() {
        if (!https) {
            return HttpClient.newHttpClient();
        }
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return HttpClient.newBuilder().sslContext(context).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers GET {@code pathAndQuery} with a v1 List of these objects, always. */
    void serveList(String pathAndQuery, List<Map<String, Object>> items) throws IOException {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("apiVersion", "v1");
        list.put("kind", "List");
        list.put("metadata", Map.of("resourceVersion", "1"));
        list.put("items", items);
        server.expect().get().withPath(pathAndQuery).andReturn(200, Json.mapper().writeValueAsString(list)).always();
    }

    /** Requests received since the last call (seeding included: drain after seeding). */
    List<RecordedRequest> drain() throws InterruptedException {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest request; (request = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null; ) {
            out.add(request);
        }
        return out;
    }

    /** A kubeconfig with one context, {@code context}, whose user is written as given (YAML lines under "user:"). */
    Path kubeconfig(Path dir, String context, String namespace, String userYaml) throws IOException {
        Path file = dir.resolve(context + ".kubeconfig");
        Files.writeString(file, "apiVersion: v1\nkind: Config\n"
                + "clusters:\n- name: mock\n  cluster:\n    server: " + url() + "\n"
                + (https ? "    insecure-skip-tls-verify: true\n" : "")
                + "contexts:\n- name: " + context + "\n  context:\n    cluster: mock\n    user: " + context + "-user\n"
                + (namespace == null ? "" : "    namespace: " + namespace + "\n")
                + "current-context: " + context + "\n"
                + "users:\n- name: " + context + "-user\n  user:\n" + userYaml.indent(4));
        return file;
    }

    @Override
    public void close() {
        server.destroy();
    }
}
