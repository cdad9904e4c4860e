package dev.rubric.collect.images;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.ImageTarget;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Image;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCollectorTest {
    @TempDir
    Path dir;

    private static ImageOptions options(Map<String, String> environment, Set<String> insecure) {
        return new ImageOptions(java.util.List.of(), false, insecure, null, environment);
    }

    @Test
    void archiveTargetGivesImagesServingAndAModelArtifact() throws Exception {
        TestImages store = new TestImages();
        String server = store.manifest(TestImages.config("{}", "1000", "[\"HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz0123456789\"]",
                "[\"python3\",\"-m\",\"vllm.entrypoints.openai.api_server\"]",
                "[\"--model\",\"meta-llama/Llama-3.1-8B-Instruct\",\"--revision\",\"0e9e39f249a16976918f6564b8830bc894c89659\"]",
                "amd64"), "{}");
        String weights = store.blob("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST
                + "\",\"artifactType\":\"application/vnd.cncf.model.manifest.v1+json\",\"config\":{\"mediaType\":"
                + "\"application/vnd.cncf.model.config.v1+json\",\"digest\":\"" + store.blob("{}") + "\",\"size\":2},\"layers\":[]}");
        store.ociLayout("{\"schemaVersion\":2,\"manifests\":["
                + TestImages.descriptor(MediaTypes.OCI_MANIFEST, server, TestImages.refName("registry.example/serve:1.0")) + ","
                + TestImages.descriptor(MediaTypes.OCI_MANIFEST, weights, TestImages.refName("registry.example/models/llama:8b"))
                + "]}");
        Path tar = store.tar(dir.resolve("bundle.tar"), false);
        EvidenceBuilder builder = new EvidenceBuilder();

        Source source = new ImageCollector(options(Map.of(), Set.of()))
                .collect(new ImageTarget("bundle.tar", tar.toString(), tar.toString()), new EvidenceSink(builder));

        Evidence evidence = builder.build("test");
        assertThat(source.status()).isEqualTo(Source.OK);
        assertThat(source.kind()).isEqualTo("image");
        assertThat(evidence.images()).extracting(Image::id)
                .containsExactly("bundle.tar/registry.example/models/llama:8b", "bundle.tar/registry.example/serve:1.0");
        assertThat(evidence.servingConfigs()).singleElement().satisfies(s -> {
            assertThat(s.engine()).isEqualTo("vllm");
            assertThat(s.model()).isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
        });
        assertThat(evidence.models()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("registry.example/models/llama");
            assertThat(m.revision()).isEqualTo(weights);
            assertThat(m.pinning()).isEqualTo("pinned");
        });
        assertThat(dev.rubric.evidence.Json.mapper().writeValueAsString(evidence)).doesNotContain("hf_abcdefghij");
    }

    @Test
    void anUnreadableTargetIsAFailedSourceWithItsReason() {
        EvidenceBuilder builder = new EvidenceBuilder();
        Source source = new ImageCollector(options(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1"), Set.of("127.0.0.1:1")))
                .collect(new ImageTarget("agent", "127.0.0.1:1/rubric/agent:2.0", "127.0.0.1:1/rubric/agent:2.0"),
                        new EvidenceSink(builder));

        assertThat(source.status()).isEqualTo(Source.FAILED);
        assertThat(source.error()).contains("cannot reach the engine at tcp://127.0.0.1:1")
                .contains("cannot reach registry 127.0.0.1:1");
    }

    @Test
    void referencedImagesThatCannotBeReadAreErrorsWhereTheyWereNamedAndTheOthersAreKept() throws Exception {
        TestImages store = new TestImages();
        String manifest = store.manifest(TestImages.config("{\"org.opencontainers.image.revision\":\"abc\"}", "1000", "[]",
                "[\"/app\"]", "null", "amd64"), "{}");
        try (StubRegistry registry = new StubRegistry(store)) {
            registry.tag("1.0", manifest);
            Map<String, Location> named = new LinkedHashMap<>();
            named.put(registry.host() + "/shop/api:1.0", Location.file("app", "k8s/api.yaml", 12));
            named.put(registry.host() + "/shop/gone:2.0", Location.file("app", "Dockerfile", 1));
            EvidenceBuilder builder = new EvidenceBuilder();

            Source source = new ImageCollector(options(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1"), Set.of(registry.host())))
                    .collectReferenced(named, new EvidenceSink(builder));

            Evidence evidence = builder.build("test");
            assertThat(source.status()).isEqualTo(Source.PARTIAL);
            assertThat(evidence.images()).singleElement().satisfies(i -> {
                assertThat(i.ref()).isEqualTo(registry.host() + "/shop/api:1.0");
                assertThat(i.digest()).isEqualTo(manifest);
            });
            assertThat(evidence.errors()).singleElement().satisfies(e -> {
                assertThat(e.location().path()).isEqualTo("Dockerfile");
                assertThat(e.message()).startsWith("image " + registry.host() + "/shop/gone:2.0 is unknown: ")
                        .contains("(404)");
            });
        }
    }
}
