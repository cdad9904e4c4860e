package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kustomization's {@code images:} overrides ({@code name} → {@code newName}, {@code newTag},
 * {@code digest}) and the container images its patches set, applied to workloads the way
 * {@code kustomize build} would: an image is matched by its name without tag or digest, a new
 * tag and digest are both kept, and a patch's image replaces the container's of the same name.
 */
final class KustomizeImages {
    /** Overrides by image name. */
    private final Map<String, MapNode> byName = new LinkedHashMap<>();
    /** Images patches set, by "Kind/name" then container name. */
    private final Map<String, Map<String, String>> patched = new LinkedHashMap<>();

    void add(ListNode images) {
        for (Node item : images.items()) {
            if (item instanceof MapNode image) {
                image.text("name").ifPresent(name -> byName.put(name, image));
            }
        }
    }

    /** A strategic-merge patch of a workload: the images of the containers it names. */
    void addPatch(MapNode patch) {
        String kind = patch.text("kind").orElse(null);
        String name = patch.text("metadata", "name").orElse(null);
        if (kind == null || name == null) {
            return;
        }
        ListNode containers = patch.list("spec", "template", "spec", "containers")
                .or(() -> patch.list("spec", "jobTemplate", "spec", "template", "spec", "containers"))
                .or(() -> patch.list("spec", "containers")).orElse(null);
        if (containers == null) {
            return;
        }
        for (Node item : containers.items()) {
            if (item instanceof MapNode container) {
                String containerName = container.text("name").orElse(null);
                String image = container.text("image").orElse(null);
                if (containerName != null && image != null) {
                    patched.computeIfAbsent(kind + "/" + name, k -> new LinkedHashMap<>()).put(containerName, image);
                }
            }
        }
    }

    boolean isEmpty() {
        return byName.isEmpty() && patched.isEmpty();
    }

    Workload apply(Workload workload) {
        Map<String, String> patches = patched.getOrDefault(workload.kind() + "/" + workload.name(), Map.of());
        List<Container> containers = new ArrayList<>();
        for (Container container : workload.containers()) {
            ImageRef image = container.image();
            String patch = container.name() == null ? null : patches.get(container.name());
            if (patch != null) {
                image = ImageReferences.parse(patch);
            }
            image = override(image);
            containers.add(container.withImage(image));
        }
        return workload.withContainers(List.copyOf(containers));
    }

    private ImageRef override(ImageRef image) {
        if (image == null || image.ref() == null) {
            return image;
        }
        String name = nameOf(image.ref());
        MapNode rule = byName.get(name);
        if (rule == null) {
            return image;
        }
        String newName = rule.text("newName").orElse(name);
        String digest = rule.text("digest").orElse(null);
        String tag = rule.text("newTag").orElse(image.tag());
        // kustomize 5 keeps both when both are given: name:tag@digest
        String ref = newName + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
        return ImageReferences.parse(ref);
    }

    /** The image without its tag or digest: what kustomize matches {@code images[].name} against. */
    static String nameOf(String ref) {
        int at = ref.indexOf('@');
        String head = at < 0 ? ref : ref.substring(0, at);
        int colon = head.lastIndexOf(':');
        return colon > head.lastIndexOf('/') ? head.substring(0, colon) : head;
    }
}
