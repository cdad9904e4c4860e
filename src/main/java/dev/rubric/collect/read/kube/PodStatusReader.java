package dev.rubric.collect.read.kube;

import dev.rubric.evidence.WorkloadStatus;
import dev.rubric.yaml.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the kubelet reports about a pod (its {@code status}), the facts only a cluster or a
 * dump of one has: which image digest is really running, where, how often it restarted and why
 * its last run ended.
 */
public final class PodStatusReader {
    private PodStatusReader() {
    }

    /** The status of a pod, or null when the object carries none (a pod written in a manifest). */
    public static WorkloadStatus read(MapNode pod, Shapes shapes) {
        Optional<MapNode> status = shapes.map(pod, "status", "status");
        if (status.isEmpty()) {
            return null;
        }
        String node = shapes.map(pod, "spec", "spec").map(s -> shapes.text(s, "nodeName", "spec.nodeName")).orElse(null);
        List<WorkloadStatus.ContainerState> containers = new ArrayList<>();
        containers(status.get(), "containerStatuses", false, shapes, containers);
        containers(status.get(), "initContainerStatuses", true, shapes, containers);
        return new WorkloadStatus(node, shapes.text(status.get(), "phase", "status.phase"), List.copyOf(containers));
    }

    private static void containers(MapNode status, String field, boolean init, Shapes shapes,
                                   List<WorkloadStatus.ContainerState> out) {
        String path = "status." + field;
        shapes.list(status, field, path).ifPresent(list -> {
            for (Shapes.Indexed entry : shapes.mappings(list, path)) {
                out.add(container(entry.map(), entry.path(), init, shapes));
            }
        });
    }

    private static WorkloadStatus.ContainerState container(MapNode state, String path, boolean init, Shapes shapes) {
        String imageId = shapes.text(state, "imageID", path + ".imageID");
        Long restarts = shapes.integer(state, "restartCount", path + ".restartCount");
        String ready = shapes.text(state, "ready", path + ".ready");
        // the previous run's end explains a restart; a container stopped now has no previous one yet
        Optional<MapNode> terminated = terminated(state, "lastState", path, shapes)
                .or(() -> terminated(state, "state", path, shapes));
        String field = terminated.isPresent() && state.map("lastState", "terminated").isPresent() ? "lastState" : "state";
        return new WorkloadStatus.ContainerState(
                shapes.text(state, "name", path + ".name"), init,
                shapes.text(state, "image", path + ".image"), imageId, digest(imageId),
                restarts == null ? 0 : restarts, "true".equals(ready),
                terminated.map(t -> shapes.text(t, "reason", path + "." + field + ".terminated.reason")).orElse(null),
                terminated.map(t -> shapes.integer(t, "exitCode", path + "." + field + ".terminated.exitCode"))
                        .map(Long::intValue).orElse(null));
    }

    private static Optional<MapNode> terminated(MapNode state, String field, String path, Shapes shapes) {
        return shapes.map(state, field, path + "." + field)
                .flatMap(s -> shapes.map(s, "terminated", path + "." + field + ".terminated"));
    }

    /**
     * The registry digest in a runtime's image id ("docker-pullable://repo@sha256:…",
     * "repo@sha256:…"). A bare "sha256:…" is the local image (config) id, which no registry
     * knows, so it is no digest.
     */
    static String digest(String imageId) {
        if (imageId == null) {
            return null;
        }
        int at = imageId.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        String digest = imageId.substring(at + 1);
        return digest.startsWith("sha256:") && digest.length() == "sha256:".length() + 64 ? digest : null;
    }
}
