package dev.rubric.collect.images;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How images are read: the {@code --image} references, whether the images that audited
 * workloads and Dockerfile FROMs name are looked up too ({@code --resolve-images}, or
 * {@code images.resolve} in .rubric.yaml: off by default, so an offline audit stays offline), the
 * registries spoken to over plain http, the platform picked from multi-platform indexes, and the
 * environment (DOCKER_HOST, registry credentials).
 */
public record ImageOptions(List<String> references, boolean resolveReferenced, Set<String> insecureRegistries,
                           String platform, Map<String, String> environment) {
    public static final ImageOptions NONE = new ImageOptions(List.of(), false, Set.of(), null, Map.of());

    public ImageOptions {
        references = List.copyOf(references);
        insecureRegistries = Set.copyOf(insecureRegistries);
        environment = Map.copyOf(environment);
        if (platform != null) {
            Platform.parse(platform);
        }
    }

    Platform chosenPlatform() {
        return platform == null ? Platform.DEFAULT : Platform.parse(platform);
    }
}
