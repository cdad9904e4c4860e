package dev.rubric.collect.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryClientTest {
    private static final String CONFIG = TestImages.config("{\"org.opencontainers.image.revision\":\"4a3e9bd\"}", "1000",
            "[\"PATH=/usr/bin\"]", "[\"/app/agent\"]", "null", "amd64");

    @TempDir
    Path home;
    private TestImages store;
    private StubRegistry registry;
    private String manifest;

    @BeforeEach
    void start() throws IOException {
        store = new TestImages();
        manifest = store.manifest(CONFIG, "{}");
        registry = new StubRegistry(store);
        registry.tag("2.0", manifest);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private RegistryClient client(Map<String, String> environment) {
        return new RegistryClient(new RegistryCredentials(environment), Set.of(registry.host()));
    }

    private String ref(String tag) {
        return registry.host() + "/rubric/agent:" + tag;
    }

    @Test
    void anonymousReadGivesTheDigestTheRegistryStatesAndOnlyEverGets() throws Exception {
        ResolvedImage image = client(Map.of("HOME", home.toString())).read(ref("2.0"), Platform.DEFAULT);

        assertThat(image.digest()).isEqualTo(manifest);
        assertThat(image.config().labels()).containsEntry("org.opencontainers.image.revision", "4a3e9bd");
        assertThat(image.reader()).isEqualTo("registry");
        assertThat(registry.requests).isNotEmpty().allMatch(r -> r.startsWith("GET "));
    }

    @Test
    void bearerChallengeIsAnsweredWithATokenAskedWithTheUsersCredential() throws Exception {
        registry.bearer = true;
        registry.requiredBasic = "Basic " + Base64.getEncoder().encodeToString("ci:s3cret-pass".getBytes(StandardCharsets.UTF_8));

        ResolvedImage image = client(Map.of("HOME", home.toString(), "RUBRIC_REGISTRY_USERNAME", "ci",
                "RUBRIC_REGISTRY_PASSWORD", "s3cret-pass")).read(ref("2.0"), Platform.DEFAULT);

        assertThat(image.digest()).isEqualTo(manifest);
        assertThat(registry.requests).anyMatch(r -> r.startsWith("GET /token?scope=repository%3Arubric%2Fagent%3Apull&service=stub"));
    }

    @Test
    void bearerWithoutCredentialsIsAClear401() {
        registry.bearer = true;
        registry.requiredBasic = "Basic x";

        assertThatThrownBy(() -> client(Map.of("HOME", home.toString())).read(ref("2.0"), Platform.DEFAULT))
                .isInstanceOf(ImageReadException.class).hasMessageContaining("needs credentials for rubric/agent (401)");
    }

    @Test
    void basicAuthComesFromTheDockerConfigAndAWrongOneIsSaidWithoutTheSecret() throws Exception {
        registry.requiredBasic = "Basic " + Base64.getEncoder().encodeToString("me:right".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(home.resolve(".docker"));
        Path config = home.resolve(".docker/config.json");
        Files.writeString(config, "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\""
                + Base64.getEncoder().encodeToString("me:right".getBytes(StandardCharsets.UTF_8)) + "\"}}}");

        assertThat(client(Map.of("HOME", home.toString())).read(ref("2.0"), Platform.DEFAULT).digest()).isEqualTo(manifest);

        Files.writeString(config, "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\""
                + Base64.getEncoder().encodeToString("me:wrong-pass".getBytes(StandardCharsets.UTF_8)) + "\"}}}");
        assertThatThrownBy(() -> client(Map.of("HOME", home.toString())).read(ref("2.0"), Platform.DEFAULT))
                .hasMessageContaining("refused the credentials for me (401)").hasMessageNotContaining("wrong-pass");
    }

    @Test
    void unknownTagIs404() {
        assertThatThrownBy(() -> client(Map.of()).read(ref("9.9"), Platform.DEFAULT))
                .hasMessage("rubric/agent:9.9 not found on " + registry.host() + " (404)");
    }

    @Test
    void rateLimitIs429WithRetryAfter() {
        registry.forcedStatus = 429;

        assertThatThrownBy(() -> client(Map.of()).read(ref("2.0"), Platform.DEFAULT))
                .hasMessage(registry.host() + " is rate limiting requests (429), retry after 30 s");
    }

    @Test
    void unreachableRegistryAndTlsAgainstPlainHttpAreSaid() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String nowhere = "127.0.0.1:" + closed;
        assertThatThrownBy(() -> new RegistryClient(new RegistryCredentials(Map.of()), Set.of(nowhere))
                .read(nowhere + "/rubric/agent:2.0", Platform.DEFAULT))
                .hasMessageStartingWith("cannot reach registry " + nowhere);
        try (ServerSocket plainHttp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> answerLikeGoHttpServer(plainHttp));
            answer.start();
            String host = "127.0.0.1:" + plainHttp.getLocalPort();
            // the JDK's client either fails the handshake at once or, now and then, waits out its
            // connect timeout (seen in CI): both must say how to name a plain-http registry
            assertThatThrownBy(() -> new RegistryClient(new RegistryCredentials(Map.of()), Set.of())
                    .read(host + "/rubric/agent:2.0", Platform.DEFAULT))
                    .message().satisfiesAnyOf(
                            message -> assertThat(message).startsWith("TLS with registry " + host + " failed (")
                                    .endsWith("; a plain-http registry must be named with --insecure-registry " + host),
                            message -> assertThat(message).isEqualTo("cannot reach registry " + host
                                    + ": HTTP connect timed out (if it serves plain http, name it with --insecure-registry " + host + ")"));
        }
    }

    /**
     * What docker-registry (Go's net/http) answers to a TLS hello on a plain-http port. The whole
     * hello record is read first and the socket half-closed and drained before it closes, so that
     * no reset (a socket closed with unread input sends one) can overtake the answer.
     */
    private static void answerLikeGoHttpServer(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.setSoTimeout(5_000);
            InputStream in = socket.getInputStream();
            byte[] header = in.readNBytes(5);
            if (header.length == 5) {
                in.readNBytes(((header[3] & 0xff) << 8) | (header[4] & 0xff));
            }
            socket.getOutputStream().write("HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the client gave up first: the assertion on its message says what went wrong
        }
    }

    @Test
    void indexPlatformAndReferrersOrCosignTagsGiveAttestations() throws Exception {
        String arm = store.manifest(CONFIG.replace("amd64", "arm64"), "{}");
        String index = store.blob("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"manifests\":["
                + TestImages.descriptor(MediaTypes.OCI_MANIFEST, manifest, TestImages.platform("amd64")) + ","
                + TestImages.descriptor(MediaTypes.OCI_MANIFEST, arm, TestImages.platform("arm64")) + "]}");
        registry.tag("multi", index);
        registry.referrers.put(manifest, ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"manifests\":["
                + "{\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"digest\":\"sha256:" + "d".repeat(64)
                + "\",\"size\":1,\"artifactType\":\"application/vnd.dev.sigstore.bundle.v0.3+json\",\"annotations\":"
                + "{\"dev.sigstore.bundle.predicateType\":\"https://slsa.dev/provenance/v1\"}},"
                + "{\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"digest\":\"sha256:" + "e".repeat(64)
                + "\",\"size\":1,\"artifactType\":\"application/vnd.dev.cosign.artifact.sig.v1+json\"}]}")
                .getBytes(StandardCharsets.UTF_8));
        String sig = store.manifest("{}", "{}");
        registry.tag(arm.replace(':', '-') + ".sig", sig);

        ResolvedImage amd64 = client(Map.of()).read(ref("multi"), Platform.DEFAULT);
        ResolvedImage arm64 = client(Map.of()).read(ref("multi"), Platform.parse("linux/arm64"));

        assertThat(amd64.digest()).isEqualTo(manifest);
        assertThat(amd64.attestations()).containsExactly("provenance", "signature");
        assertThat(arm64.digest()).isEqualTo(arm);
        assertThat(arm64.attestations()).as("no referrers API answer: cosign's tag schema").containsExactly("signature");
        ResolvedImage plain = client(Map.of()).read(ref("2.0"), Platform.parse("linux/arm64"));
        assertThat(plain.digest()).as("a single-platform tag is what it is").isEqualTo(manifest);
    }
}
