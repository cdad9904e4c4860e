package dev.rubric.collect.kubernetes;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A stubbed API server for what the CRUD mock cannot do: answer 401, 403 or 500, answer late, or
 * page a list with {@code continue} tokens. Each request ("GET /path?query") is recorded and
 * answered by {@code answers}.
 */
final class StubCluster implements AutoCloseable {
    record Answer(int status, String body, long delayMillis) {
        static Answer ok(String body) {
            return new Answer(200, body, 0);
        }

        static Answer status(int code, String reason, String message) {
            return new Answer(code, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\"" + message
                    + "\",\"reason\":\"" + reason + "\",\"code\":" + code + "}", 0);
        }

        static Answer emptyList() {
            return ok("{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[]}");
        }
    }

    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** The Authorization header of each request, in order ("" when there was none). */
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    StubCluster(Function<String, Answer> answers) throws IOException {
        this(answers, null);
    }

    /** {@code tls}: answered over https with this context's key and certificate; plain http when null. */
    StubCluster(Function<String, Answer> answers, SSLContext tls) throws IOException {
        InetSocketAddress local = new InetSocketAddress("127.0.0.1", 0);
        if (tls == null) {
            server = HttpServer.create(local, 0);
        } else {
            HttpsServer https = HttpsServer.create(local, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.createContext("/", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(authorization == null ? "" : authorization);
            requests.add(request);
            Answer answer = answers.apply(request);
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(answer.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException e) {
                // the client gave up waiting: that is what a timeout test wants
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    Path kubeconfig(Path dir) throws IOException {
        Path file = dir.resolve("stub.kubeconfig");
        Files.writeString(file, "apiVersion: v1\nkind: Config\nclusters:\n- name: stub\n  cluster:\n    server: http://127.0.0.1:"
                + server.getAddress().getPort() + "\ncontexts:\n- name: stub\n  context:\n    cluster: stub\n    user: stub\n"
                + "current-context: stub\nusers:\n- name: stub\n  user:\n    token: stub-token\n");
        return file;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
