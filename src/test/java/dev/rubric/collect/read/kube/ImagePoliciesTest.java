package dev.rubric.collect.read.kube;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Image patterns as Kyverno and Sigstore's policy-controller match them, with look-alikes. */
class ImagePoliciesTest {
    @Test
    void kyvernosStarCrossesPathSegments() {
        assertThat(ImagePolicies.matches("ghcr.io/example/*", "ghcr.io/example/team/api:1.0", false)).isTrue();
        assertThat(ImagePolicies.matches("ghcr.io/example/*", "ghcr.io/example-evil/api:1.0", false)).isFalse();
        assertThat(ImagePolicies.matches("ghcr.io/example/api:1.?", "ghcr.io/example/api:1.4", false)).isTrue();
        assertThat(ImagePolicies.matches("ghcr.io/example/api:1.?", "ghcr.io/example/api:1.40", false)).isFalse();
    }

    @Test
    void sigstoresStarStaysInOneSegmentAndDoubleStarDoesNot() {
        assertThat(ImagePolicies.matches("index.docker.io/*", "index.docker.io/library/busybox:1.36", true)).isFalse();
        assertThat(ImagePolicies.matches("index.docker.io/*/*", "busybox:1.36", true)).isTrue();
        assertThat(ImagePolicies.matches("cgr.dev/chainguard/**", "cgr.dev/chainguard/team/python:latest", true)).isTrue();
        assertThat(ImagePolicies.matches("**", "registry.example.com/any/thing:1", true)).isTrue();
    }

    @Test
    void aDockerHubShortNameIsTriedInItsFullFormOnly() {
        assertThat(ImagePolicies.matches("docker.io/library/nginx*", "nginx:1.27", false)).isTrue();
        assertThat(ImagePolicies.matches("docker.io/library/nginx*", "quay.io/library/nginx:1.27", false)).isFalse();
        assertThat(ImagePolicies.matches("docker.io/*", "localhost/nginx:1", false)).isFalse();
    }
}
