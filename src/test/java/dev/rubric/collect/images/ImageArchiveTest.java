package dev.rubric.collect.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.evidence.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageArchiveTest {
    private static final String LABELS = "{\"org.opencontainers.image.revision\":\"4a3e9bd\","
            + "\"org.opencontainers.image.source\":\"https://github.com/acme/agent\","
            + "\"org.opencontainers.image.base.name\":\"python:3.12-slim\",\"ai.agent.framework\":\"langchain\"}";
    private static final String CONFIG = TestImages.config(LABELS, "1000",
            "[\"PATH=/usr/bin\",\"OPENAI_API_KEY=sk-live-0123456789abcdef0123456789abcdef\"]",
            "[\"vllm\",\"serve\"]", "[\"--model\",\"meta-llama/Llama-3.1-8B\",\"--api-key\",\"hunter2hunter2\"]", "amd64");

    @TempDir
    Path dir;

    @Test
    void ociArchiveGivesDigestLabelsAndNamesWithoutValues() throws Exception {
        TestImages store = new TestImages();
        String manifest = store.manifest(CONFIG, "{\"org.opencontainers.image.version\":\"2.0\"}");
        store.ociLayout("{\"schemaVersion\":2,\"manifests\":[" + TestImages.descriptor(MediaTypes.OCI_MANIFEST, manifest,
                TestImages.refName("localhost/rubric/agent:2.0")) + "]}");

        ImageArchive.Contents contents = ImageArchive.read(store.tar(dir.resolve("agent-oci.tar"), false), Platform.DEFAULT);

        assertThat(contents.problems()).isEmpty();
        Image image = ImageFacts.of("agent-oci.tar", null, contents.images().get(0));
        assertThat(image.ref()).isEqualTo("localhost/rubric/agent:2.0");
        assertThat(image.digest()).isEqualTo(manifest);
        assertThat(image.labels()).containsEntry("org.opencontainers.image.revision", "4a3e9bd")
                .containsEntry("org.opencontainers.image.version", "2.0")
                .doesNotContainKey("org.opencontainers.image.ref.name");
        assertThat(image.ociLabels()).containsExactly("base.name", "revision", "source", "version");
        assertThat(image.envNames()).containsExactly("PATH", "OPENAI_API_KEY");
        assertThat(image.toString()).doesNotContain("sk-live").doesNotContain("hunter2");
        assertThat(image.cmd()).contains("--model", "meta-llama/Llama-3.1-8B");
        assertThat(image.user()).isEqualTo("1000");
        assertThat(image.layers()).isEqualTo(2);
        assertThat(image.platform()).isEqualTo("linux/amd64");
        assertThat(image.baseImage()).isEqualTo("python:3.12-slim");
        assertThat(image.basePinning()).isEqualTo("tagged");
        assertThat(image.reader()).isEqualTo("archive");
        assertThat(image.created()).isEqualTo("2026-11-02T10:00:00Z");
    }

    @Test
    void dockerSaveArchiveGzippedIsReadByItsConfigMember() throws Exception {
        TestImages store = new TestImages();
        String config = store.blob(TestImages.config("{\"org.label-schema.vcs-ref\":\"abc123\",\"org.label-schema.vcs-url\":\"https://x\"}",
                "", "[]", "null", "[\"python\",\"app.py\"]", "arm64"));
        store.member("manifest.json", "[{\"Config\":\"blobs/sha256/" + config.substring(7)
                + "\",\"RepoTags\":[\"acme/agent:1.4\"],\"Layers\":[\"blobs/sha256/" + "c".repeat(64) + "\"]}]");

        ImageArchive.Contents contents = ImageArchive.read(store.tar(dir.resolve("agent.tar.gz"), true), Platform.DEFAULT);

        Image image = ImageFacts.of("agent", null, contents.images().get(0));
        assertThat(image.ref()).isEqualTo("acme/agent:1.4");
        assertThat(image.digest()).as("docker save knows no manifest digest").isNull();
        assertThat(image.imageId()).isEqualTo(config);
        assertThat(image.layers()).isEqualTo(1);
        assertThat(image.ociLabels()).as("Label Schema keys mapped").containsExactly("revision", "source");
        assertThat(image.user()).isNull();
        assertThat(image.entrypoint()).isNull();
        assertThat(image.platform()).isEqualTo("linux/arm64");
    }

    @Test
    void nestedIndexPicksTheAskedPlatformAndReadsBuildxAttestations() throws Exception {
        TestImages store = new TestImages();
        String amd = store.manifest(CONFIG, "{}");
        String arm = store.manifest(CONFIG.replace("amd64", "arm64"), "{}");
        String provenance = store.blob("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST
                + "\",\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"" + store.blob("{}")
                + "\",\"size\":2},\"layers\":[{\"mediaType\":\"application/vnd.in-toto+json\",\"digest\":\"" + store.layer("p")
                + "\",\"size\":1,\"annotations\":{\"in-toto.io/predicate-type\":\"https://slsa.dev/provenance/v0.2\"}},"
                + "{\"mediaType\":\"application/vnd.in-toto+json\",\"digest\":\"" + store.layer("s")
                + "\",\"size\":1,\"annotations\":{\"in-toto.io/predicate-type\":\"https://spdx.dev/Document\"}}]}");
        String attestation = TestImages.descriptor(MediaTypes.OCI_MANIFEST, provenance,
                ",\"platform\":{\"os\":\"unknown\",\"architecture\":\"unknown\"},\"annotations\":{"
                        + "\"vnd.docker.reference.type\":\"attestation-manifest\",\"vnd.docker.reference.digest\":\"" + amd + "\"}");
        String inner = store.blob("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"manifests\":["
                + TestImages.descriptor(MediaTypes.OCI_MANIFEST, amd, TestImages.platform("amd64")) + ","
                + TestImages.descriptor(MediaTypes.OCI_MANIFEST, arm, TestImages.platform("arm64")) + "," + attestation + "]}");
        String middle = store.blob("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"manifests\":["
                + TestImages.descriptor(MediaTypes.OCI_INDEX, inner, "") + "]}");
        store.ociLayout("{\"schemaVersion\":2,\"manifests\":[" + TestImages.descriptor(MediaTypes.OCI_INDEX, middle,
                TestImages.refName("agent:2.0")) + "]}");
        Path tar = store.tar(dir.resolve("multi.tar"), false);

        ResolvedImage amd64 = ImageArchive.read(tar, Platform.DEFAULT).images().get(0);
        ResolvedImage arm64 = ImageArchive.read(tar, Platform.parse("linux/arm64")).images().get(0);

        assertThat(amd64.digest()).isEqualTo(amd);
        assertThat(amd64.attestations()).containsExactly("provenance", "sbom");
        assertThat(arm64.digest()).isEqualTo(arm);
        assertThat(arm64.attestations()).as("the attestation names the amd64 image only").isEmpty();
        ImageArchive.Contents none = ImageArchive.read(tar, Platform.parse("linux/s390x"));
        assertThat(none.images()).isEmpty();
        assertThat(none.problems()).singleElement().asString()
                .contains("agent:2.0").contains("has no linux/s390x image").contains("linux/amd64, linux/arm64");
    }

    @Test
    void ociLayoutDirectoryIsReadInPlaceAndLeftUntouched() throws Exception {
        TestImages store = new TestImages();
        String manifest = store.manifest(CONFIG, "{}");
        store.ociLayout("{\"schemaVersion\":2,\"manifests\":[" + TestImages.descriptor(MediaTypes.OCI_MANIFEST, manifest,
                TestImages.refName("2.0")) + "]}");
        Path layout = store.directory(Files.createDirectory(dir.resolve("layout")));
        long before;
        try (var files = Files.walk(layout)) {
            before = files.count();
        }

        ResolvedImage image = ImageArchive.read(layout, Platform.DEFAULT).images().get(0);

        assertThat(image.digest()).isEqualTo(manifest);
        assertThat(image.ref()).isEqualTo("2.0");
        try (var files = Files.walk(layout)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }

    @Test
    void modelPackagedAsOciArtifactIsAnArtifactNotAnImage() throws Exception {
        TestImages store = new TestImages();
        String config = store.blob("{\"descriptor\":{\"name\":\"llama\"}}");
        String manifest = store.blob("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST
                + "\",\"artifactType\":\"application/vnd.cncf.model.manifest.v1+json\",\"config\":{\"mediaType\":"
                + "\"application/vnd.cncf.model.config.v1+json\",\"digest\":\"" + config + "\",\"size\":1},\"layers\":["
                + TestImages.layerDescriptor(store.layer("weights")) + "]}");
        store.ociLayout("{\"schemaVersion\":2,\"manifests\":[" + TestImages.descriptor(MediaTypes.OCI_MANIFEST, manifest,
                TestImages.refName("models/llama:8b")) + "]}");

        ResolvedImage artifact = ImageArchive.read(store.tar(dir.resolve("model.tar"), false), Platform.DEFAULT).images().get(0);

        assertThat(artifact.artifactType()).isEqualTo("application/vnd.cncf.model.manifest.v1+json");
        assertThat(artifact.digest()).isEqualTo(manifest);
    }

    @Test
    void aTarThatHoldsNoImageIsSaidSo() throws IOException {
        TestImages store = new TestImages();
        store.member("package.json", "{\"name\":\"look-alike\"}");
        Path tar = store.tar(dir.resolve("node.tar"), false);

        assertThatThrownBy(() -> ImageArchive.read(tar, Platform.DEFAULT))
                .isInstanceOf(ImageReadException.class).hasMessageContaining("no index.json or manifest.json");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a tar at all, just text\n".repeat(40));
        assertThatThrownBy(() -> ImageArchive.read(text, Platform.DEFAULT)).isInstanceOf(ImageReadException.class);
    }

    @Test
    void brokenManifestIsLocatedAndTheOtherImagesKept() throws Exception {
        TestImages store = new TestImages();
        String good = store.manifest(CONFIG, "{}");
        String broken = store.blob("{\"schemaVersion\":2,\n\"config\": {oops}}");
        store.ociLayout("{\"schemaVersion\":2,\"manifests\":["
                + TestImages.descriptor(MediaTypes.OCI_MANIFEST, broken, TestImages.refName("bad")) + ","
                + TestImages.descriptor(MediaTypes.OCI_MANIFEST, good, TestImages.refName("good")) + "]}");

        ImageArchive.Contents contents = ImageArchive.read(store.tar(dir.resolve("mixed.tar"), false), Platform.DEFAULT);

        assertThat(contents.images()).extracting(ResolvedImage::ref).containsExactly("good");
        assertThat(contents.problems()).singleElement().asString().startsWith("bad: " + broken + ":2:");
    }

    @Test
    void emptyBaseAnnotationsOfAScratchBuildStateNoBase() throws Exception {
        TestImages store = new TestImages();
        String manifest = store.manifest(CONFIG.replace(",\"org.opencontainers.image.base.name\":\"python:3.12-slim\"", ""),
                "{\"org.opencontainers.image.base.name\":\"\",\"org.opencontainers.image.base.digest\":\"\"}");
        store.ociLayout("{\"schemaVersion\":2,\"manifests\":[" + TestImages.descriptor(MediaTypes.OCI_MANIFEST, manifest,
                TestImages.refName("scratch-built:1")) + "]}");

        Image image = ImageFacts.of("s", null,
                ImageArchive.read(store.tar(dir.resolve("s.tar"), false), Platform.DEFAULT).images().get(0));

        assertThat(image.baseImage()).isNull();
        assertThat(image.basePinning()).isNull();
        assertThat(image.ociLabels()).doesNotContain("base.name", "base.digest");
    }
}
