package dev.rubric.collect.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.ImageTarget;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Image;
import dev.rubric.evidence.Json;
import dev.rubric.evidence.Source;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Against a real Podman API service and a real docker-registry that {@code .ci/setup-images}
 * starts, holding the image it built with buildah and pushed with skopeo (labels, a vLLM
 * entrypoint, an HF_TOKEN value). Skipped where those are absent; under .ci/run (RUBRIC_CI=1) a
 * missing engine is a failure, and each test prints that it ran so the CI log shows it.
 */
class RealEnginesTest {
    private static final String IMAGE = "localhost/rubric/agent:2.0";

    private static String required(String variable) {
        String value = System.getenv(variable);
        if ("1".equals(System.getenv("RUBRIC_CI"))) {
            assertThat(value).as("RUBRIC_CI=1 but " + variable + " is not set (.ci/setup-images sets it)").isNotBlank();
        }
        assumeTrue(value != null && !value.isBlank(), variable + " is not set; real engine not tested");
        return value;
    }

    @Test
    void podmanApiServiceGivesTheBuiltImage() throws Exception {
        String host = required("RUBRIC_TEST_DOCKER_HOST");
        try (EngineClient engine = new EngineClient(URI.create(host))) {
            ResolvedImage found = engine.read(IMAGE);
            Image image = ImageFacts.of("podman", null, found);

            assertThat(image.labels()).containsEntry("org.opencontainers.image.revision", "4a3e9bd0c0ffee");
            assertThat(image.user()).isEqualTo("1000");
            assertThat(image.envNames()).contains("HF_TOKEN");
            assertThat(image.entrypoint()).containsExactly("python3", "-m", "vllm.entrypoints.openai.api_server");
            assertThat(image.imageId()).startsWith("sha256:");
            assertThat(image.basePinning()).isEqualTo("tagged");
            assertThat(Json.mapper().writeValueAsString(image)).doesNotContain("hf_cisecret");
            assertThatThrownBy(() -> engine.read("localhost/rubric/never-built:1"))
                    .hasMessageContaining("is not present in the engine");
        }
        System.out.println("RealEnginesTest: read " + IMAGE + " from the Podman API service at " + host);
    }

    @Test
    void dockerRegistryGivesTheSameImageAsOciAndDockerManifests() throws Exception {
        String registry = required("RUBRIC_TEST_REGISTRY");
        ImageOptions options = new ImageOptions(List.of(), false, Set.of(registry), null, Map.of());
        EvidenceBuilder builder = new EvidenceBuilder();
        ImageCollector collector = new ImageCollector(options);

        Source oci = collector.collect(new ImageTarget("oci", registry + "/rubric/agent:2.0", "docker://" + registry
                + "/rubric/agent:2.0"), new EvidenceSink(builder));
        Source docker = collector.collect(new ImageTarget("docker", registry + "/rubric/agent:2.0-docker",
                registry + "/rubric/agent:2.0-docker"), new EvidenceSink(builder));
        Source missing = collector.collect(new ImageTarget("missing", registry + "/rubric/agent:9",
                "docker://" + registry + "/rubric/agent:9"), new EvidenceSink(builder));

        Evidence evidence = builder.build("test");
        assertThat(List.of(oci.status(), docker.status(), missing.status())).containsExactly("ok", "ok", "failed");
        assertThat(missing.error()).contains("(404)");
        assertThat(evidence.images()).hasSize(2).allSatisfy(image -> {
            assertThat(image.digest()).startsWith("sha256:");
            assertThat(image.ociLabels()).contains("revision", "source", "base.name");
            assertThat(image.reader()).isEqualTo("registry");
        });
        assertThat(evidence.images()).extracting(Image::imageId).as("one config").containsOnly(evidence.images().get(0).imageId());
        assertThat(evidence.images()).extracting(Image::digest).as("two manifest formats").doesNotHaveDuplicates();
        assertThat(evidence.servingConfigs()).extracting(s -> s.engine() + " " + s.model())
                .contains("vllm meta-llama/Llama-3.1-8B-Instruct");
        System.out.println("RealEnginesTest: read rubric/agent (OCI and Docker v2s2 manifests) from docker-registry at " + registry);
    }
}
