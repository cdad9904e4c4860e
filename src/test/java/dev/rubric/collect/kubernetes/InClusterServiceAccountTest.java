package dev.rubric.collect.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.ClusterTarget;
import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.TargetException;
import dev.rubric.collect.formats.Formats;
import dev.rubric.engine.Engine;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Source;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rubric as a pod: no kubeconfig anywhere, KUBERNETES_SERVICE_HOST/PORT set, and the service
 * account's token, CA and namespace mounted. The stand-in API server speaks https with its own
 * certificate, so the mounted CA is really what is trusted; the kubelet's token rotation is
 * followed (the token file read again once its reuse time is over).
 */
class InClusterServiceAccountTest {
    private static final String NO_GROUPS = "{\"kind\":\"APIGroupList\",\"apiVersion\":\"v1\",\"groups\":[]}";
    private static final String PODS = "{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{},\"items\":[{\"metadata\":"
            + "{\"name\":\"planner\",\"namespace\":\"agents\"},\"spec\":{\"containers\":[{\"name\":\"app\","
            + "\"image\":\"registry.example.com/agents/planner:2.1\"}]}}]}";

    @TempDir
    Path dir;

    private record Server(SSLContext tls, String caPem) {
    }

    /** A self-signed server certificate for 127.0.0.1, as its key store and as the PEM a pod would mount. */
    private static Server server() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=kubernetes");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.TWO, Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name,
                pair.getPublic())
                .addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", pair.getPrivate(), new char[0], new X509Certificate[] {certificate});
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, new char[0]);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(certificate);
        }
        return new Server(tls, pem.toString());
    }

    private Path serviceAccount(String caPem) throws Exception {
        Path root = Files.createDirectories(dir.resolve("serviceaccount"));
        Files.writeString(root.resolve("token"), "first-token\n");
        Files.writeString(root.resolve("ca.crt"), caPem);
        Files.writeString(root.resolve("namespace"), "agents");
        return root;
    }

    private JsonNode collect(Path root, int port) throws Exception {
        Map<String, String> pod = Map.of("HOME", dir.resolve("home").toString(), "KUBERNETES_SERVICE_HOST", "127.0.0.1",
                "KUBERNETES_SERVICE_PORT", Integer.toString(port));
        KubernetesCollector collector = new KubernetesCollector(Formats.all(), pod,
                new KubeApi.ServiceAccount(root, Duration.ZERO));
        EvidenceBuilder evidence = new EvidenceBuilder();
        EvidenceSink sink = new EvidenceSink(evidence);
        Source source = collector.collect(new ClusterTarget("cluster", "current context", null, null, List.of(), false, null,
                Duration.ofSeconds(10)), sink);
        sink.source(source);
        return Engine.toJson(evidence.build("test"));
    }

    @Test
    void aPodAuditsItsOwnNamespaceWithTheMountedTokenAndCaAndFollowsTheTokenRotation() throws Exception {
        Server server = server();
        Path root = serviceAccount(server.caPem());
        AtomicBoolean rotated = new AtomicBoolean();
        try (StubCluster stub = new StubCluster(r -> {
            // the kubelet rotates the projected token while the audit runs
            if (rotated.compareAndSet(false, true)) {
                try {
                    Files.writeString(root.resolve("token"), "second-token\n");
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return r.startsWith("GET /apis?") || r.equals("GET /apis") ? StubCluster.Answer.ok(NO_GROUPS)
                    : r.startsWith("GET /api/v1/namespaces/agents/pods?") ? StubCluster.Answer.ok(PODS)
                    : r.startsWith("GET /api/v1/namespaces/agents") ? StubCluster.Answer.ok(
                            "{\"kind\":\"Namespace\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"agents\"}}")
                    : StubCluster.Answer.emptyList();
        }, server.tls())) {
            JsonNode evidence = collect(root, stub.port());

            JsonNode source = evidence.path("sources").get(0);
            assertThat(source.path("status").asText()).as(source.toString()).isEqualTo("ok");
            assertThat(source.path("target").asText()).isEqualTo("in-cluster");
            assertThat(evidence.path("workloads").get(0).path("id").asText()).isEqualTo("in-cluster/Pod/agents/planner");
            // the service account's namespace, not the whole cluster
            assertThat(stub.requests).allMatch(r -> r.equals("GET /apis") || r.startsWith("GET /apis?")
                    || r.startsWith("GET /api/v1/namespaces/agents") || r.startsWith("GET /api/v1/nodes")
                    || r.contains("/namespaces/agents/"), "only namespace agents is read");
            assertThat(stub.authorizations.get(0)).isEqualTo("Bearer first-token");
            assertThat(stub.authorizations.subList(1, stub.authorizations.size())).isNotEmpty()
                    .allMatch("Bearer second-token"::equals);
        }
    }

    @Test
    void aServerTheMountedCaDoesNotVouchForIsNotTalkedTo() throws Exception {
        Path root = serviceAccount(server().caPem()); // another server's CA
        try (StubCluster stub = new StubCluster(r -> StubCluster.Answer.ok(NO_GROUPS), server().tls())) {
            JsonNode source = collect(root, stub.port()).path("sources").get(0);

            assertThat(source.path("status").asText()).isEqualTo("failed");
            assertThat(source.path("error").asText()).startsWith("cannot reach the cluster at https://127.0.0.1:" + stub.port());
            assertThat(stub.authorizations).noneMatch(a -> a.contains("first-token"));
        }
    }

    @Test
    void aPodWithoutItsTokenIsToldWhatIsMissing() throws Exception {
        Path root = serviceAccount("");
        Files.delete(root.resolve("token"));

        assertThatThrownBy(() -> collect(root, 6443)).isInstanceOf(TargetException.class)
                .hasMessageContaining("KUBERNETES_SERVICE_HOST is set but the service-account token")
                .hasMessageContaining("mount the pod's service account, or pass --kubeconfig");
    }
}
