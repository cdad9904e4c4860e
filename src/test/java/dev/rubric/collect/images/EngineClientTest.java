package dev.rubric.collect.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine reader against a Docker-API stand-in on loopback TCP (DOCKER_HOST=tcp://…), so its
 * reading of an inspect answer and its refusals are tested on every machine; the real Podman
 * service is in {@link RealEnginesTest}.
 */
class EngineClientTest {
    /** The shape Podman 4.3 and Docker answer GET /images/{name}/json with (trimmed). */
    private static final String INSPECT = "{\"Id\":\"sha256:" + "1".repeat(64) + "\",\"RepoTags\":[\"localhost/rubric/agent:2.0\"],"
            + "\"RepoDigests\":[\"localhost/rubric/agent@sha256:" + "2".repeat(64) + "\"],\"Created\":\"2026-11-02T10:00:00Z\","
            + "\"Config\":{\"User\":\"0\",\"Env\":[\"OPENAI_API_KEY=\",\"PATH=/bin\"],\"Entrypoint\":[\"/app/agent\"],"
            + "\"Labels\":{\"ai.agent.tools\":\"shell,browser\"}},\"Os\":\"linux\",\"Architecture\":\"amd64\","
            + "\"RootFS\":{\"Type\":\"layers\",\"Layers\":[\"sha256:" + "3".repeat(64) + "\"]}}";

    @Test
    void inspectAnswerBecomesTheImageAndOnlyGetIsSent() throws Exception {
        List<String> requests = new ArrayList<>();
        HttpServer engine = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        engine.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            boolean known = exchange.getRequestURI().getPath().equals("/images/localhost/rubric/agent:2.0/json");
            byte[] body = (known ? INSPECT : "{\"message\":\"no such image\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        engine.start();
        URI host = URI.create("tcp://127.0.0.1:" + engine.getAddress().getPort());
        try (EngineClient client = new EngineClient(host)) {
            ResolvedImage image = client.read("localhost/rubric/agent:2.0");

            assertThat(image.imageId()).isEqualTo("sha256:" + "1".repeat(64));
            assertThat(image.digest()).isEqualTo("sha256:" + "2".repeat(64));
            assertThat(image.config().user()).isEqualTo("0");
            assertThat(image.config().entrypoint()).containsExactly("/app/agent");
            assertThat(image.layers()).isEqualTo(1);
            assertThat(image.config().platform()).hasToString("linux/amd64");
            assertThat(image.reader()).isEqualTo("engine");
            assertThatThrownBy(() -> client.read("python:3.12"))
                    .hasMessage("python:3.12 is not present in the engine at " + host + " (rubric never pulls)");
        } finally {
            engine.stop(0);
        }
        assertThat(requests).allMatch(r -> r.startsWith("GET /images/"));
    }

    @Test
    void anEngineThatIsNotThereIsSaid() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        try (EngineClient client = new EngineClient(URI.create("tcp://127.0.0.1:" + closed))) {
            assertThatThrownBy(() -> client.read("agent:2.0")).hasMessageStartingWith("cannot reach the engine at tcp://127.0.0.1:" + closed);
        }
    }

    @Test
    void dockerHostWinsAndNoSocketMeansNoEngine() {
        assertThat(EngineClient.locate(Map.of("DOCKER_HOST", "unix:///tmp/x.sock"))).contains(URI.create("unix:///tmp/x.sock"));
        assertThat(EngineClient.locate(Map.of("XDG_RUNTIME_DIR", "/nonexistent", "HOME", "/nonexistent"))
                .filter(uri -> !uri.getPath().startsWith("/var/run") && !uri.getPath().startsWith("/run/"))).isEmpty();
    }
}
