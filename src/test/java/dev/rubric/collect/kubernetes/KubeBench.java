package dev.rubric.collect.kubernetes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server of scripts/bench-k8s: the mock API server answering for 5,000 Pods, 1,000 Deployments
 * and 1,000 ConfigMaps over 20 namespaces (every other type empty), a kubeconfig for it, and then
 * nothing until stdin closes.
 * Prints "KUBECONFIG=<file>" once the objects are in.
 */
public final class KubeBench {
    private KubeBench() {
    }

    public static void main(String[] args) throws Exception {
        int pods = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int deployments = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int configMaps = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path dir = Files.createTempDirectory("rubric-bench-k8s");
        try (KubeMock mock = KubeMock.start(false)) {
            List<Map<String, Object>> objects = new ArrayList<>();
            int namespaces = 20;
            for (int n = 0; n < namespaces; n++) {
                objects.add(object("v1", "Namespace", null, "team-" + n + (n % 2 == 0 ? "-prod" : "-dev"), Map.of()));
            }
            for (int i = 0; i < deployments; i++) {
                objects.add(object("apps/v1", "Deployment", namespace(i, namespaces), "app-" + i, Map.of("spec", Map.of(
                        "replicas", 2, "selector", Map.of("matchLabels", Map.of("app", "app-" + i)),
                        "template", Map.of("metadata", Map.of("labels", Map.of("app", "app-" + i)),
                                "spec", podSpec(i))))));
            }
            for (int i = 0; i < pods; i++) {
                Map<String, Object> pod = object("v1", "Pod", namespace(i, namespaces), "app-" + (i % deployments) + "-" + i,
                        Map.of("spec", podSpec(i), "status", Map.of("phase", "Running", "containerStatuses", List.of(Map.of(
                                "name", "server", "image", "registry.example.com/app:1." + (i % 7),
                                "imageID", "registry.example.com/app@sha256:" + "%064x".formatted(i), "restartCount", i % 3,
                                "ready", true)))));
                objects.add(pod);
            }
            for (int i = 0; i < configMaps; i++) {
                objects.add(object("v1", "ConfigMap", namespace(i, namespaces), "config-" + i, Map.of("data", Map.of(
                        "settings.ini", "top_k = " + (i % 10), "LOG_LEVEL", "info"))));
            }
            // one list document per type, served for the exact request both kubectl and rubric send
            // (GET <list path>?limit=500): creating 7,000 objects one by one in the CRUD store takes
            // minutes, and its list answers are what either client would get anyway
            Map<String, List<Map<String, Object>>> byPath = new LinkedHashMap<>();
            for (Map<String, Object> object : objects) {
                byPath.computeIfAbsent(listPath((String) object.get("apiVersion"), (String) object.get("kind")),
                        k -> new ArrayList<>()).add(object);
            }
            for (Map.Entry<String, List<Map<String, Object>>> entry : byPath.entrySet()) {
                mock.serveList(entry.getKey() + "?limit=500", entry.getValue());
            }
            Path kubeconfig = mock.kubeconfig(dir, "bench", null, "token: bench\n");
            dir.toFile().deleteOnExit();
            kubeconfig.toFile().deleteOnExit(); // deleted first: hooks run in reverse order
            System.out.println("KUBECONFIG=" + kubeconfig);
            System.out.flush();
            System.in.read(); // until the script is done with the server
        }
    }

    private static String listPath(String apiVersion, String kind) {
        KubeMock.Type type = KubeMock.TYPES.stream().filter(t -> t.kind().equals(kind)).findFirst().orElseThrow();
        return (apiVersion.contains("/") ? "/apis/" : "/api/") + apiVersion + "/" + type.plural();
    }

    private static String namespace(int i, int namespaces) {
        int n = i % namespaces;
        return "team-" + n + (n % 2 == 0 ? "-prod" : "-dev");
    }

    private static Map<String, Object> podSpec(int i) {
        return Map.of("containers", List.of(Map.of("name", "server", "image", "registry.example.com/app:1." + (i % 7),
                "args", List.of("--port", "8080"), "env", List.of(Map.of("name", "LOG_LEVEL", "value", "info")),
                "resources", Map.of("limits", Map.of("cpu", "1", "memory", "1Gi")))));
    }

    private static Map<String, Object> object(String apiVersion, String kind, String namespace, String name,
                                              Map<String, Object> rest) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("apiVersion", apiVersion);
        object.put("kind", kind);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", name);
        if (namespace != null) {
            metadata.put("namespace", namespace);
        }
        object.put("metadata", metadata);
        object.putAll(rest);
        return object;
    }
}
