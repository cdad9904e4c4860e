package dev.rubric.collect.read.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.ImageRef;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageReferencesTest {
    private static final String HEX = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    /** reference → registry, repository, tag, digest, pinning (null = absent). */
    static Stream<Arguments> references() {
        return Stream.of(
                row("nginx", null, "nginx", null, null, "floating"),
                row("nginx:1.27", null, "nginx", "1.27", null, "tagged"),
                row("nginx:latest", null, "nginx", "latest", null, "floating"),
                row("library/nginx:1.27-alpine", null, "library/nginx", "1.27-alpine", null, "tagged"),
                row("docker.io/library/nginx:1.27", "docker.io", "library/nginx", "1.27", null, "tagged"),
                row("ghcr.io/org/app:v1.2.3@sha256:" + HEX, "ghcr.io", "org/app", "v1.2.3", "sha256:" + HEX, "pinned"),
                row("localhost:5000/app", "localhost:5000", "app", null, null, "floating"),
                row("localhost/app:1.0", "localhost", "app", "1.0", null, "tagged"),
                row("registry:5000/ns/app:tag", "registry:5000", "ns/app", "tag", null, "tagged"),
                row("quay.io/modh/vllm@sha256:" + HEX, "quay.io", "modh/vllm", null, "sha256:" + HEX, "pinned"),
                row("vllm/vllm-openai:latest", null, "vllm/vllm-openai", "latest", null, "floating"),
                row("vllm/vllm-openai:v0.8.5", null, "vllm/vllm-openai", "v0.8.5", null, "tagged"),
                row("ghcr.io/huggingface/text-generation-inference:main", "ghcr.io", "huggingface/text-generation-inference",
                        "main", null, "floating"),
                row("app:nightly", null, "app", "nightly", null, "floating"),
                row("app:latest-nightly", null, "app", "latest-nightly", null, "floating"),
                row("app:STABLE", null, "app", "STABLE", null, "floating"),
                row("app:edge", null, "app", "edge", null, "floating"),
                row("app:3f2a9c1", null, "app", "3f2a9c1", null, "tagged"),
                row("registry.example.com:443/team/app", "registry.example.com:443", "team/app", null, null, "floating"),
                // a digest that is not one cannot pin; the tag decides
                row("app:1.0@sha256:short", null, "app", "1.0", "sha256:short", "tagged"),
                row("  nginx:1.27  ", null, "nginx", "1.27", null, "tagged"));
    }

    static Stream<String> unresolved() {
        return Stream.of("${IMAGE}", "{{ .Values.image.repository }}:{{ .Values.image.tag }}",
                "registry.example.com/app:${TAG}", "$(IMAGE_REF)", "$IMAGE", "ghcr.io/org/app:{{ .Chart.AppVersion }}");
    }

    private static Arguments row(String ref, String registry, String repository, String tag, String digest, String pinning) {
        return Arguments.of(ref, registry, repository, tag, digest, pinning);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void splitsAndJudges(String ref, String registry, String repository, String tag, String digest, String pinning) {
        ImageRef parsed = ImageReferences.parse(ref);
        assertThat(parsed).isEqualTo(new ImageRef(ref.strip(), registry, repository, tag, digest, pinning));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unresolved")
    void templatesAndVariablesAreUnresolved(String ref) {
        assertThat(ImageReferences.parse(ref)).isEqualTo(new ImageRef(ref, null, null, null, null, "unresolved"));
    }

    @Test
    void noReferenceIsNull() {
        assertThat(ImageReferences.parse(null)).isNull();
        assertThat(ImageReferences.parse("  ")).isNull();
    }
}
