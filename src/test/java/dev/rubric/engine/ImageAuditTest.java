package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.images.ImageOptions;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --image and --resolve-images through the engine: the image targets join the others, the
 * evidence they give passes the evidence schema and is the same bytes twice, and without
 * --resolve-images the images a Dockerfile names are not looked up at all.
 */
class ImageAuditTest {
    @TempDir
    Path dir;

    private Evidence collect(Path tree, List<String> images, boolean resolve) {
        return new Engine().collect(new CollectRequest(List.of(tree.toString()), 5L << 20, Set.of(), null, null, null,
                Map.of(), null, Evidence.Scope.CONVENTIONS,
                new ImageOptions(images, resolve, Set.of("127.0.0.1:1"), null, Map.of("DOCKER_HOST", "tcp://127.0.0.1:1"))));
    }

    @Test
    void imageTargetsAndReferencedImagesGiveSchemaValidDeterministicEvidence() throws Exception {
        Path tree = Files.createDirectory(dir.resolve("app"));
        Files.writeString(tree.resolve("Dockerfile"), "FROM 127.0.0.1:1/base/python:3.12\nCOPY . /app\n");
        Path layout = Files.createDirectory(dir.resolve("layout"));
        Files.writeString(layout.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[]}");

        Evidence offline = collect(tree, List.of(layout.toString(), "oci-archive:" + dir.resolve("missing.tar")), false);
        Evidence online = collect(tree, List.of(), true);

        assertThat(offline.sources()).extracting(s -> s.id() + " " + s.kind() + " " + s.status())
                .containsExactly("app directory ok", "layout image ok", "missing.tar image failed");
        assertThat(offline.errors()).noneMatch(e -> e.message().contains("python:3.12"));
        assertThat(online.sources()).extracting(s -> s.id() + " " + s.status())
                .contains("referenced-images failed");
        assertThat(online.errors()).anySatisfy(e -> {
            assertThat(e.location().path()).isEqualTo("Dockerfile");
            assertThat(e.location().line()).isEqualTo(1);
            assertThat(e.message()).startsWith("image 127.0.0.1:1/base/python:3.12 is unknown: ");
        });
        for (Evidence evidence : List.of(offline, online)) {
            String json = Json.pretty(evidence);
            assertThat(Schemas.validate("evidence", Json.mapper().readTree(json))).isEmpty();
        }
        assertThat(Json.pretty(collect(tree, List.of(), true)).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(Json.pretty(online).getBytes(StandardCharsets.UTF_8));
    }
}
