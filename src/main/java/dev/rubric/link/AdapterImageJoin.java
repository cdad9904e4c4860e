package dev.rubric.link;

import dev.rubric.evidence.Container;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.ServingConfig;
import dev.rubric.evidence.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A LoRA adapter loaded by path ({@code --lora-modules support=/adapters/support}) is as immutable as
 * what puts the files at that path. In a Kubernetes pod that is one of three things: the server's
 * own image (no volume is mounted over the path), an image volume ({@code volumes[].image.reference}),
 * or a volume an init container fills by copying its image's files ({@code cp -r /adapters/. /mnt/});
 * a claim, host path or a download at start-up is mutable. For each module whose path resolves to an
 * image, the server takes that image's reference ({@code loraImages}); whether it is pinned by digest
 * is for criteria to judge. Only workloads whose mounts the manifest states completely are read: not
 * Compose services (whose volumes are not collected) nor KServe services (KServe mounts the model
 * storage itself), nor evidence written before 1.1, which did not record mounts at all.
 */
public final class AdapterImageJoin implements LinkStep {
    private static final Set<String> POD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job",
            "CronJob", "Pod");
    private static final Set<String> SHELLS = Set.of("sh", "bash", "/bin/sh", "/bin/bash");
    private static final Set<String> COPIES = Set.of("cp", "rsync");
    /** The evidence version whose workloads had no mounts recorded: a path under no mount proves nothing there. */
    private static final String MOUNTS_UNKNOWN = "1.0";

    @Override
    public String name() {
        return "adapter-images";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        if (MOUNTS_UNKNOWN.equals(evidence.schemaVersion())) {
            return evidence;
        }
        List<ServingConfig> servers = new ArrayList<>();
        boolean changed = false;
        for (ServingConfig server : evidence.servingConfigs()) {
            Map<String, String> images = server.loraModules() == null ? Map.of() : images(server, evidence.workloads());
            ServingConfig joined = images.isEmpty() ? server : server.withLoraImages(images);
            changed |= !Objects.equals(joined.loraImages(), server.loraImages());
            servers.add(joined);
        }
        return changed ? evidence.withServingConfigs(List.copyOf(servers)) : evidence;
    }

    private static Map<String, String> images(ServingConfig server, List<Workload> workloads) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Workload workload : workloads) {
            if (workload.apiVersion() == null || !POD_KINDS.contains(workload.kind())
                    || !server.id().startsWith(workload.id() + "/")) {
                continue;
            }
            String name = server.id().substring(workload.id().length() + 1);
            for (Container container : workload.containers()) {
                if (!container.init() && name.equals(container.name() == null ? "container" : container.name())) {
                    for (String module : server.loraModules()) {
                        String path = module.contains("=") ? module.substring(module.indexOf('=') + 1) : module;
                        String image = path.startsWith("/") ? shipping(path, container, workload) : null;
                        if (image != null) {
                            out.put(module, image);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The image whose files are at {@code path} in the serving container, or null when a mutable source puts them there. */
    private static String shipping(String path, Container server, Workload workload) {
        String mount = mountOf(path, server.mounts());
        if (mount == null) {
            return server.image() == null ? null : server.image().ref();
        }
        String volume = server.mounts().get(mount);
        String source = workload.volumes() == null ? null : workload.volumes().get(volume);
        if (source == null) {
            return null;
        }
        if (source.startsWith("image:")) {
            return source.substring("image:".length());
        }
        if (!source.equals("emptyDir")) {
            return null;
        }
        List<String> filled = new ArrayList<>();
        for (Container init : workload.containers()) {
            if (init.init() && init.mounts() != null && init.mounts().containsValue(volume)) {
                String image = copiesItsImage(init, volume) && init.image() != null ? init.image().ref() : null;
                filled.add(image);
            }
        }
        // one init container writes the volume, by copying files of its own image into it
        return filled.size() == 1 ? filled.get(0) : null;
    }

    /** The longest mount path that is {@code path} or one of its folders. */
    private static String mountOf(String path, Map<String, String> mounts) {
        String best = null;
        for (String mount : mounts == null ? Set.<String>of() : mounts.keySet()) {
            String folder = mount.endsWith("/") ? mount : mount + "/";
            if ((path.equals(mount) || path.startsWith(folder)) && (best == null || mount.length() > best.length())) {
                best = mount;
            }
        }
        return best;
    }

    /** A single {@code cp}/{@code rsync} whose destination lies on the volume: the files come from the image. */
    private static boolean copiesItsImage(Container init, String volume) {
        List<String> words = new ArrayList<>();
        if (init.command() != null) {
            words.addAll(init.command());
        }
        if (init.args() != null) {
            words.addAll(init.args());
        }
        if (words.size() == 3 && SHELLS.contains(words.get(0)) && words.get(1).equals("-c")) {
            words = Arrays.asList(words.get(2).strip().split("\\s+"));
        }
        if (words.size() < 3 || !COPIES.contains(words.get(0))
                || words.stream().anyMatch(w -> w.contains("&&") || w.contains(";") || w.contains("|") || w.contains("://"))) {
            return false;
        }
        String destination = words.get(words.size() - 1);
        return init.mounts().entrySet().stream().anyMatch(m -> m.getValue().equals(volume)
                && (destination.equals(m.getKey()) || destination.startsWith(m.getKey().endsWith("/") ? m.getKey() : m.getKey() + "/")));
    }
}
