package dev.rubric.collect.images;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an image configuration says, whichever reader found it: an OCI or Docker config blob
 * (archives, registries) and an engine's inspect answer spell the same facts differently.
 * {@code env} keeps the {@code NAME=value} entries as found; values are dropped when the
 * evidence record is made.
 */
record ImageConfig(Map<String, String> labels, List<String> env, String user, List<String> entrypoint,
                   List<String> cmd, String created, Platform platform, Integer layers) {

    /** An OCI / Docker image configuration blob ({@code config}, {@code rootfs.diff_ids}). */
    static ImageConfig fromBlob(JsonNode blob) {
        JsonNode config = blob.path("config");
        JsonNode diffIds = blob.path("rootfs").path("diff_ids");
        return new ImageConfig(strings(config.path("Labels")), list(config.path("Env")), text(config.path("User")),
                listOrNull(config.path("Entrypoint")), listOrNull(config.path("Cmd")), text(blob.path("created")),
                Platform.of(blob), diffIds.isArray() ? diffIds.size() : null);
    }

    /** The answer of an engine's {@code GET /images/{name}/json} (Docker and Podman alike). */
    static ImageConfig fromInspect(JsonNode inspect) {
        JsonNode config = inspect.path("Config");
        JsonNode layers = inspect.path("RootFS").path("Layers");
        Platform platform = inspect.hasNonNull("Os") && inspect.hasNonNull("Architecture")
                ? new Platform(inspect.get("Os").asText(), inspect.get("Architecture").asText(),
                        text(inspect.path("Variant")))
                : null;
        return new ImageConfig(strings(config.path("Labels")), list(config.path("Env")), text(config.path("User")),
                listOrNull(config.path("Entrypoint")), listOrNull(config.path("Cmd")), text(inspect.path("Created")),
                platform, layers.isArray() ? layers.size() : null);
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new TreeMap<>();
        if (object.isObject()) {
            object.properties().forEach(e -> {
                if (e.getValue().isValueNode()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        return out;
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** Null (not set) is not the same as [] (explicitly emptied, e.g. {@code ENTRYPOINT []}). */
    private static List<String> listOrNull(JsonNode array) {
        return array.isArray() ? list(array) : null;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
    }
}
