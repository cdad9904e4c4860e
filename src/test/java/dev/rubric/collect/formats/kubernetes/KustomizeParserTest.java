package dev.rubric.collect.formats.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.formats.Formats;
import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlay of src/test/resources/collect/kubernetes/kustomize-overlay built each way: read
 * directly, by a stand-in kubectl (to see what it is asked and given), and by the real kubectl
 * when this machine has one.
 */
class KustomizeParserTest {
    private static final Path OVERLAY = Path.of("src/test/resources/collect/kubernetes/kustomize-overlay/input");
    private static final String PROD = "t/deploy/overlays/prod/kustomization.yaml#Deployment/llm-prod/ollama";
    private static final String PINNED_OLLAMA =
            "ollama/ollama:0.3.14@sha256:2f5e3a1c0d9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a39";

    @TempDir
    Path temp;

    @Test
    void withoutKubectlTheOverlayImagesNamespaceAndPatchedImagesApplyToTheBase() {
        Evidence evidence = collect(OVERLAY, new Kubectl(""));

        Workload prod = workload(evidence, PROD);
        assertThat(prod.namespace()).isEqualTo("llm-prod");
        assertThat(prod.environment()).isEqualTo("prod");
        assertThat(prod.location().variant()).isEqualTo("kustomize");
        assertThat(prod.containers()).extracting(c -> c.image().ref())
                .containsExactly(PINNED_OLLAMA, "ghcr.io/open-webui/open-webui:v0.3.35");
        assertThat(prod.containers().get(0).image().pinning()).isEqualTo("pinned");
        // the base is still what it is where it is; the dev overlay changes nothing and builds nothing
        assertThat(workload(evidence, "t/deploy/base/deployment.yaml#Deployment/ollama").containers())
                .extracting(c -> c.image().ref()).containsExactly("ollama/ollama", "ghcr.io/open-webui/open-webui:main");
        assertThat(evidence.workloads()).extracting(Workload::id).noneMatch(id -> id.contains("overlays/dev"));
        assertThat(file(evidence, "deploy/overlays/prod/kustomization.yaml").facts()).containsEntry("builtWith", "direct");
        assertThat(evidence.errors()).isEmpty();
    }

    @Test
    void kubectlOnPathBuildsAPrivateCopyOfTheFoldersTheOverlayReads() throws IOException {
        Path args = temp.resolve("args.txt");
        Path bin = fakeKubectl("""
                echo "$@" > %s
                test -f "$2/kustomization.yaml" || exit 3
                test -f "$2/../../base/deployment.yaml" || exit 4
                cat <<'YAML'
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: ollama
                  namespace: llm-prod
                spec:
                  template:
                    spec:
                      containers:
                        - name: ollama
                          image: ollama/ollama:from-kubectl
                YAML
                """.formatted(args));

        Evidence evidence = collect(OVERLAY, new Kubectl(bin.toString()));

        assertThat(workload(evidence, PROD).containers()).extracting(c -> c.image().ref())
                .containsExactly("ollama/ollama:from-kubectl");
        assertThat(file(evidence, "deploy/overlays/prod/kustomization.yaml").facts()).containsEntry("builtWith", "kubectl");
        String called = Files.readString(args).strip();
        assertThat(called).startsWith("kustomize ").endsWith("/deploy/overlays/prod");
        assertThat(Path.of(called.substring("kustomize ".length())).toAbsolutePath().startsWith(OVERLAY.toAbsolutePath()))
                .as("kubectl is pointed at a private copy, never at the audited tree").isFalse();
        assertThat(evidence.errors()).isEmpty();
    }

    @Test
    void aKubectlThatFailsIsReportedAndTheOverlayIsReadDirectly() throws IOException {
        Path bin = fakeKubectl("echo 'Error: accumulating resources: no such file' >&2\nexit 1\n");

        Evidence evidence = collect(OVERLAY, new Kubectl(bin.toString()));

        assertThat(evidence.errors()).extracting(CollectionError::message)
                .containsExactly("kubectl kustomize failed (read directly instead): Error: accumulating resources: no such file");
        assertThat(workload(evidence, PROD).containers()).extracting(c -> c.image().ref())
                .containsExactly(PINNED_OLLAMA, "ghcr.io/open-webui/open-webui:v0.3.35");
    }

    @Test
    void theRealKubectlAgreesOnWhatTheOverlayDeploys() {
        Kubectl real = new Kubectl(System.getenv("PATH"));
        // .ci/run installs kubectl and sets RUBRIC_CI: there a missing kubectl is a failure, never a skip
        if ("1".equals(System.getenv("RUBRIC_CI"))) {
            assertThat(real.available()).as("RUBRIC_CI=1 but no kubectl on PATH (.ci/run installs kubernetes-client)").isTrue();
        }
        assumeTrue(real.available(), "no kubectl on PATH: the kubectl path is covered by the stand-in only");

        Evidence evidence = collect(OVERLAY, real);

        assertThat(workload(evidence, PROD).containers()).extracting(c -> c.image().ref())
                .containsExactlyInAnyOrder(PINNED_OLLAMA, "ghcr.io/open-webui/open-webui:v0.3.35");
        assertThat(file(evidence, "deploy/overlays/prod/kustomization.yaml").facts()).containsEntry("builtWith", "kubectl");
    }

    @Test
    void aRemoteResourceIsNeverFetched() throws IOException {
        Path overlay = temp.resolve("tree/overlay");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("kustomization.yaml"), """
                resources:
                  - https://github.com/example/deploy//base?ref=v1
                images:
                  - name: vllm/vllm-openai
                    newTag: v0.6.3
                """);
        Path args = temp.resolve("args.txt");
        Path bin = fakeKubectl("echo called > " + args + "\n");

        Evidence evidence = collect(temp.resolve("tree"), new Kubectl(bin.toString()));

        assertThat(args).doesNotExist();
        assertThat(evidence.errors()).extracting(CollectionError::message)
                .containsExactly("remote resource https://github.com/example/deploy//base?ref=v1 not read: an audit does not fetch");
    }

    private Path fakeKubectl(String body) throws IOException {
        Path bin = temp.resolve("bin");
        Files.createDirectories(bin);
        Path kubectl = bin.resolve("kubectl");
        Files.writeString(kubectl, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private static Evidence collect(Path root, Kubectl kubectl) {
        List<FormatParser> parsers = Formats.all().stream()
                .map(p -> p instanceof KustomizeParser ? new KustomizeParser(kubectl) : p).toList();
        EvidenceBuilder builder = new EvidenceBuilder();
        TreeCollector collector = new TreeCollector(parsers, FileLimits.defaults(), Set.of());
        builder.source(collector.collect(new PathTarget("t", "t", root), new EvidenceSink(builder)));
        return builder.build("test");
    }

    private static Workload workload(Evidence evidence, String id) {
        return evidence.workloads().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + evidence.workloads().stream().map(Workload::id).toList()));
    }

    private static ArtifactFile file(Evidence evidence, String path) {
        return evidence.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

}
