package dev.rubric.collect.kubernetes;

import dev.rubric.collect.ClusterTarget;
import dev.rubric.collect.TargetException;
import dev.rubric.yaml.JsonTrees;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.Config;
import io.kubernetes.client.util.KubeConfig;
import io.kubernetes.client.util.credentials.TokenFileAuthentication;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Read-only access to one cluster through the official client, configured as kubectl is
 * (kubeconfig, context, exec plugins, client certificates, tokens, or the pod's service
 * account). Responses are read as raw JSON into the project's own trees rather than into the
 * client's generated models: those reject any field newer than the client (feasibility.md §2.2),
 * and an auditor meets clusters of every version. Only GET is ever sent.
 */
final class KubeApi {
    /** Objects per page: big enough to keep round trips few, small enough to bound one response. */
    static final int PAGE = 500;
    private static final String[] AUTH = {"BearerToken"};

    private final ApiClient client;
    private final String context;
    private final String namespace;
    private final Duration timeout;

    private KubeApi(ApiClient client, String context, String namespace, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
        this.context = context;
        this.namespace = namespace;
    }

    /** The context's name ("in-cluster" for a pod's service account). */
    String context() {
        return context;
    }

    /** The namespace the context names, or null. */
    String namespace() {
        return namespace;
    }

    /**
     * Where a pod finds its service account, and how long a token read from it is used before the
     * file is read again: the kubelet rotates projected tokens in place, and a long audit must
     * pick up the new one. The product uses {@link #POD}; tests stand in for a pod with their own.
     */
    record ServiceAccount(Path root, Duration tokenReuse) {
        static final ServiceAccount POD = new ServiceAccount(Path.of(Config.SERVICEACCOUNT_ROOT), Duration.ofMinutes(1));
    }

    static KubeApi connect(ClusterTarget target, Map<String, String> environment) throws TargetException, IOException {
        return connect(target, environment, ServiceAccount.POD);
    }

    static KubeApi connect(ClusterTarget target, Map<String, String> environment, ServiceAccount serviceAccount)
            throws TargetException, IOException {
        Path file = kubeconfig(target, environment);
        ApiClient client;
        String context;
        String namespace;
        if (file == null) {
            if (environment.get("KUBERNETES_SERVICE_HOST") == null) {
                throw new TargetException("no kubeconfig: set KUBECONFIG, pass --kubeconfig, or create ~/.kube/config");
            }
            if (target.context() != null) {
                throw new TargetException("--context " + target.context() + ": there is no kubeconfig to find it in");
            }
            client = inCluster(environment, serviceAccount);
            context = "in-cluster";
            Path namespaceFile = serviceAccount.root().resolve("namespace");
            namespace = Files.isReadable(namespaceFile) ? Files.readString(namespaceFile).strip() : null;
        } else {
            KubeConfig config;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                config = KubeConfig.loadKubeConfig(reader);
            } catch (RuntimeException e) {
                throw new TargetException("kubeconfig " + file + " cannot be read: " + e.getMessage());
            }
            config.setFile(file.toFile()); // relative certificate and plugin paths are relative to it
            if (target.context() != null && !config.setContext(target.context())) {
                throw new TargetException("context '" + target.context() + "' is not in " + file);
            }
            context = config.getCurrentContext();
            if (context == null) {
                throw new TargetException(file + " names no current context: pass --context");
            }
            namespace = config.getNamespace();
            try {
                client = ClientBuilder.kubeconfig(config).build();
            } catch (RuntimeException e) {
                throw new TargetException("context '" + context + "' in " + file + " cannot be used: " + e.getMessage());
            }
        }
        Duration timeout = target.requestTimeout();
        client.setHttpClient(client.getHttpClient().newBuilder()
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build());
        return new KubeApi(client, context, namespace, timeout);
    }

    /**
     * The pod's own connection, as {@code ClientBuilder.cluster()} makes it but from the environment
     * rubric was given and from {@code serviceAccount}: https to KUBERNETES_SERVICE_HOST and _PORT,
     * trusting the mounted CA, with the mounted token (read again once {@code tokenReuse} is over).
     */
    private static ApiClient inCluster(Map<String, String> environment, ServiceAccount serviceAccount)
            throws TargetException, IOException {
        String host = environment.get("KUBERNETES_SERVICE_HOST");
        String port = environment.get("KUBERNETES_SERVICE_PORT");
        Path token = serviceAccount.root().resolve("token");
        Path ca = serviceAccount.root().resolve("ca.crt");
        if (!Files.isReadable(token)) {
            throw new TargetException("KUBERNETES_SERVICE_HOST is set but the service-account token " + token
                    + " cannot be read: mount the pod's service account, or pass --kubeconfig");
        }
        String base;
        try {
            base = new URI("https", null, host, port == null ? 443 : Integer.parseInt(port.strip()), null, null, null).toString();
        } catch (NumberFormatException | URISyntaxException e) {
            throw new TargetException("KUBERNETES_SERVICE_HOST/PORT do not make an address: " + host + ":" + port);
        }
        ClientBuilder builder = new ClientBuilder().setBasePath(base)
                .setAuthentication(new TokenFileAuthentication(token.toString(), serviceAccount.tokenReuse()));
        if (Files.isReadable(ca)) {
            builder.setCertificateAuthority(Files.readAllBytes(ca));
        }
        return builder.build();
    }

    /** --kubeconfig, else the first file of $KUBECONFIG, else ~/.kube/config; null when none exists. */
    private static Path kubeconfig(ClusterTarget target, Map<String, String> environment) throws TargetException {
        if (target.kubeconfig() != null) {
            if (!Files.isRegularFile(target.kubeconfig())) {
                throw new TargetException("--kubeconfig " + target.kubeconfig() + " does not exist");
            }
            return target.kubeconfig();
        }
        String variable = environment.get("KUBECONFIG");
        if (variable != null && !variable.isBlank()) {
            for (String entry : variable.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank() && Files.isRegularFile(Path.of(entry))) {
                    return Path.of(entry);
                }
            }
            throw new TargetException("KUBECONFIG names no existing file: " + variable);
        }
        String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
        Path standard = Path.of(home, ".kube", "config");
        return Files.isRegularFile(standard) ? standard : null;
    }

    /**
     * Every object of a list path ({@code /apis/apps/v1/deployments}), page by page, each handed to
     * {@code each} as soon as it is read from the answer: reading the first objects of a large
     * page overlaps the server still sending the rest.
     */
    void list(String path, String selector, Consumer<MapNode> each) throws ClusterAccessException {
        String next = null;
        do {
            List<Pair> query = new ArrayList<>();
            query.add(new Pair("limit", Integer.toString(PAGE)));
            if (next != null) {
                query.add(new Pair("continue", next));
            }
            if (selector != null) {
                query.add(new Pair("labelSelector", selector));
            }
            MapNode page = send(path, query, in -> JsonTrees.readObject(in, "items", item -> {
                if (item instanceof MapNode object) {
                    each.accept(object);
                }
            }));
            next = page.text("metadata", "continue").filter(c -> !c.isEmpty()).orElse(null);
        } while (next != null);
    }

    /** One GET, its JSON answer as a tree. */
    Node get(String path, List<Pair> query) throws ClusterAccessException {
        return send(path, query, JsonTrees::read);
    }

    /** How an answer's body becomes a value. */
    private interface BodyReader<T> {
        T read(InputStream body) throws YamlException;
    }

    private <T> T send(String path, List<Pair> query, BodyReader<T> reader) throws ClusterAccessException {
        Call call;
        try {
            Map<String, String> headers = new HashMap<>();
            headers.put("Accept", "application/json");
            call = client.buildCall(client.getBasePath(), path, "GET", query, List.of(), null, headers, Map.of(), Map.of(),
                    AUTH, null);
        } catch (ApiException e) {
            throw new ClusterAccessException(0, "GET " + path + ": " + e.getMessage());
        }
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw new ClusterAccessException(response.code(), failure(path, response.code(), body == null ? "" : body.string()));
            }
            try (InputStream in = body.byteStream()) {
                return reader.read(in);
            } catch (YamlException e) {
                throw new ClusterAccessException(response.code(), "GET " + path + ": the answer is not JSON: " + e.getMessage());
            }
        } catch (java.io.InterruptedIOException e) {
            throw new ClusterAccessException(0, "GET " + path + ": no answer within " + describe(timeout) + " (--request-timeout)");
        } catch (IOException e) {
            throw new ClusterAccessException(0, "cannot reach the cluster at " + client.getBasePath() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private String failure(String path, int code, String body) {
        String reason = statusMessage(body);
        return switch (code) {
            case 401 -> "the cluster at " + client.getBasePath() + " did not accept the credentials of context '" + context
                    + "' (401 Unauthorized" + (reason == null ? "" : ": " + reason) + ")";
            case 403 -> "forbidden: GET " + path + (reason == null ? "" : " (" + reason + ")");
            default -> "GET " + path + " failed with HTTP " + code + (reason == null ? "" : ": " + reason);
        };
    }

    /** The message of a Kubernetes Status answer, if that is what came back. */
    private static String statusMessage(String body) {
        try {
            return JsonTrees.read(body) instanceof MapNode status ? status.text("message").orElse(null) : null;
        } catch (YamlException e) {
            return null;
        }
    }
}
