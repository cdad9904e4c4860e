package dev.rubric.collect.read.kube;

import dev.rubric.collect.Secrets;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Turns one workload object of a manifest into a {@link Workload}. */
public final class WorkloadReader {
    /** Kinds whose pods come from {@code spec.template} (an Argo Rollouts Rollout is a Deployment with steps). */
    private static final Set<String> TEMPLATED_KINDS =
            Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "Rollout");
    private static final Set<String> SCALABLE_KINDS =
            Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController", "Rollout");
    /**
     * KServe's InferenceService runs its predictor as pods: {@code spec.predictor} is a pod spec
     * (containers, node selector, tolerations, runtime class) whose {@code model} is one more
     * container, the model server's, and {@code minReplicas} its replica floor.
     */
    private static final String INFERENCE_SERVICE = "InferenceService";
    /** kubectl's copy of the whole object as last applied, env values included. */
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    private WorkloadReader() {
    }

    public static boolean isWorkload(String kind) {
        return TEMPLATED_KINDS.contains(kind) || kind.equals("CronJob") || kind.equals("Pod") || kind.equals(INFERENCE_SERVICE);
    }

    /** Reads an object whose identity the Kubernetes manifest parser has already established. */
    public static Workload read(ManifestObject object, String id, Location location, Shapes shapes, String relativePath) {
        MapNode node = object.node();
        String kind = object.kind();
        Optional<MapNode> metadata = shapes.map(node, "metadata", "metadata");
        Map<String, String> labels = sanitised(metadata.map(m -> shapes.textMap(m, "labels", "metadata.labels")));
        Map<String, String> annotations =
                sanitised(metadata.map(m -> shapes.textMap(m, "annotations", "metadata.annotations")));
        Optional<MapNode> spec = shapes.map(node, "spec", "spec");

        String templatePath;
        Optional<MapNode> template;
        if (kind.equals("Pod") || kind.equals(INFERENCE_SERVICE)) {
            templatePath = null;
            template = Optional.empty();
        } else if (kind.equals("CronJob")) {
            templatePath = "spec.jobTemplate.spec.template";
            template = spec.flatMap(s -> shapes.map(s, "jobTemplate", "spec.jobTemplate"))
                    .flatMap(j -> shapes.map(j, "spec", "spec.jobTemplate.spec"))
                    .flatMap(j -> shapes.map(j, "template", templatePath));
        } else {
            templatePath = "spec.template";
            template = spec.flatMap(s -> shapes.map(s, "template", templatePath));
        }
        Map<String, String> podLabels;
        Map<String, String> podAnnotations;
        Optional<MapNode> podSpec;
        String podSpecPath;
        if (templatePath == null) {
            // a bare Pod is its own template (and KServe gives its pods the service's metadata):
            // rubrics read pod labels the same way for every kind
            podLabels = labels;
            podAnnotations = annotations;
            boolean predictor = kind.equals(INFERENCE_SERVICE);
            podSpec = predictor ? spec.flatMap(s -> shapes.map(s, "predictor", "spec.predictor")) : spec;
            podSpecPath = predictor ? "spec.predictor" : "spec";
        } else {
            Optional<MapNode> podMetadata = template.flatMap(t -> shapes.map(t, "metadata", templatePath + ".metadata"));
            podLabels = sanitised(podMetadata.map(m -> shapes.textMap(m, "labels", templatePath + ".metadata.labels")));
            podAnnotations = sanitised(
                    podMetadata.map(m -> shapes.textMap(m, "annotations", templatePath + ".metadata.annotations")));
            podSpecPath = templatePath + ".spec";
            podSpec = template.flatMap(t -> shapes.map(t, "spec", podSpecPath));
        }

        List<Container> containers = new ArrayList<>();
        String runtimeClassName = null;
        String serviceAccountName = null;
        Map<String, String> nodeSelector = new TreeMap<>();
        List<String> tolerationKeys = new ArrayList<>();
        Map<String, String> volumes = null;
        if (podSpec.isPresent()) {
            MapNode pod = podSpec.get();
            ContainerReader reader = new ContainerReader(shapes);
            readContainers(pod, "containers", podSpecPath, false, reader, shapes, containers);
            readContainers(pod, "initContainers", podSpecPath, true, reader, shapes, containers);
            if (kind.equals(INFERENCE_SERVICE)) {
                shapes.map(pod, "model", podSpecPath + ".model")
                        .ifPresent(model -> containers.add(0, reader.read(model, podSpecPath + ".model", false)));
            }
            volumes = volumes(pod, podSpecPath + ".volumes", shapes);
            runtimeClassName = shapes.text(pod, "runtimeClassName", podSpecPath + ".runtimeClassName");
            serviceAccountName = shapes.text(pod, "serviceAccountName", podSpecPath + ".serviceAccountName");
            nodeSelector = sanitised(Optional.of(shapes.textMap(pod, "nodeSelector", podSpecPath + ".nodeSelector")));
            shapes.list(pod, "tolerations", podSpecPath + ".tolerations").ifPresent(list -> {
                for (Shapes.Indexed toleration : shapes.mappings(list, podSpecPath + ".tolerations")) {
                    String key = shapes.text(toleration.map(), "key", toleration.path() + ".key");
                    if (key != null) {
                        tolerationKeys.add(key);
                    }
                }
            });
        }
        Long replicas = SCALABLE_KINDS.contains(kind)
                ? spec.map(s -> shapes.integer(s, "replicas", "spec.replicas")).orElse(null)
                : kind.equals(INFERENCE_SERVICE)
                ? podSpec.map(p -> shapes.integer(p, "minReplicas", podSpecPath + ".minReplicas")).orElse(null) : null;
        boolean gpu = containers.stream().anyMatch(c -> c.gpu() > 0)
                || Accelerators.steersToGpu(runtimeClassName, nodeSelector, tolerationKeys);
        return new Workload(id, location, kind, object.apiVersion(), object.name(), object.namespace(),
                Environments.of(labels, podLabels, object.namespace(), relativePath),
                labels, annotations, podLabels, podAnnotations, replicas, List.copyOf(containers), gpu,
                runtimeClassName, nodeSelector, serviceAccountName, volumes);
    }

    /** Volume name → what backs it; null when the pod declares none. */
    private static Map<String, String> volumes(MapNode pod, String path, Shapes shapes) {
        Map<String, String> out = new TreeMap<>();
        shapes.list(pod, "volumes", path).ifPresent(list -> {
            for (Shapes.Indexed volume : shapes.mappings(list, path)) {
                String name = shapes.text(volume.map(), "name", volume.path() + ".name");
                if (name != null) {
                    volume.map().keys().stream().filter(k -> !k.equals("name")).findFirst()
                            .ifPresent(source -> out.put(name, source(volume.map(), source, volume.path(), shapes)));
                }
            }
        });
        return out.isEmpty() ? null : out;
    }

    /** The volume source with the one name that identifies its content, where it has one. */
    private static String source(MapNode volume, String source, String path, Shapes shapes) {
        String field = switch (source) {
            case "image" -> "reference";
            case "persistentVolumeClaim" -> "claimName";
            case "hostPath" -> "path";
            case "configMap" -> "name";
            default -> null;
        };
        String value = field == null ? null : shapes.map(volume, source, path + "." + source)
                .map(m -> shapes.text(m, field, path + "." + source + "." + field)).orElse(null);
        return value == null ? source : source + ":" + Secrets.scrubText(value);
    }

    private static void readContainers(MapNode pod, String field, String podSpecPath, boolean init,
                                       ContainerReader reader, Shapes shapes, List<Container> out) {
        String path = podSpecPath + "." + field;
        Optional<ListNode> list = shapes.list(pod, field, path);
        if (list.isPresent()) {
            for (Shapes.Indexed container : shapes.mappings(list.get(), path)) {
                out.add(reader.read(container.map(), container.path(), init));
            }
        }
    }

    /**
     * Metadata values with secrets replaced by the marker. The last-applied annotation is a copy
     * of the whole object, env literals included, so only its presence is kept.
     */
    private static Map<String, String> sanitised(Optional<Map<String, String>> values) {
        Map<String, String> out = new TreeMap<>();
        values.ifPresent(map -> map.forEach((key, value) -> {
            if (key.equals(LAST_APPLIED) || Secrets.isSecretName(key)) {
                out.put(key, Secrets.MARKER);
            } else {
                out.put(key, Secrets.scrubText(value));
            }
        }));
        return out;
    }
}
