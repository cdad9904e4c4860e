package dev.rubric.collect.images;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A registry on loopback that answers the distribution API from a {@link TestImages} store:
 * manifests by tag or digest, blobs by digest, optional referrers, and, when asked, bearer-token
 * auth with its own token endpoint, or a fixed status (401, 429) for every request. It records
 * each request's method, so a test can show rubric only ever reads.
 */
final class StubRegistry implements AutoCloseable {
    static final String TOKEN = "stub-token-not-a-secret";

    final HttpServer server;
    final Map<String, byte[]> manifests = new HashMap<>();
    final Map<String, byte[]> referrers = new HashMap<>();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    String requiredBasic;
    boolean bearer;
    int forcedStatus;
    private final TestImages store;

    StubRegistry(TestImages store) throws IOException {
        this.store = store;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void tag(String name, String digest) {
        manifests.put(name, store.members.get("blobs/sha256/" + digest.substring(7)));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        if (forcedStatus != 0) {
            if (forcedStatus == 429) {
                exchange.getResponseHeaders().add("Retry-After", "30");
            }
            respond(exchange, forcedStatus, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\"}]}", null);
            return;
        }
        if (path.equals("/token")) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            boolean ok = requiredBasic == null || requiredBasic.equals(auth);
            respond(exchange, ok ? 200 : 401, ok ? "{\"token\":\"" + TOKEN + "\"}" : "{}", null);
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (bearer && !("Bearer " + TOKEN).equals(auth)) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"http://" + host()
                    + "/token\",service=\"stub\",scope=\"repository:rubric/agent:pull\"");
            respond(exchange, 401, "{}", null);
            return;
        }
        if (!bearer && requiredBasic != null && !requiredBasic.equals(auth)) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"stub\"");
            respond(exchange, 401, "{}", null);
            return;
        }
        String[] parts = path.split("/");
        String last = parts[parts.length - 1];
        if (path.contains("/manifests/")) {
            byte[] body = last.startsWith("sha256:") ? store.members.get("blobs/sha256/" + last.substring(7)) : manifests.get(last);
            respond(exchange, body == null ? 404 : 200, body, body == null ? null : ManifestWalker.sha256(body));
        } else if (path.contains("/blobs/")) {
            byte[] body = store.members.get("blobs/sha256/" + last.substring(7));
            respond(exchange, body == null ? 404 : 200, body, null);
        } else if (path.contains("/referrers/")) {
            byte[] body = referrers.get(last);
            respond(exchange, body == null ? 404 : 200, body, null);
        } else {
            respond(exchange, 404, "{}", null);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body, String digest) throws IOException {
        respond(exchange, status, body.getBytes(StandardCharsets.UTF_8), digest);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, String digest) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body;
        if (digest != null) {
            exchange.getResponseHeaders().add("Docker-Content-Digest", digest);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
