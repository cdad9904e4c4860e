package dev.rubric.collect.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.read.container.WorkloadModels;
import dev.rubric.collect.read.container.WorkloadServing;
import dev.rubric.collect.read.kube.Environments;
import dev.rubric.collect.read.kube.GitOpsObjects;
import dev.rubric.collect.read.kube.ImagePolicies;
import dev.rubric.collect.read.kube.ManifestObject;
import dev.rubric.collect.read.kube.PodStatusReader;
import dev.rubric.collect.read.kube.ServiceReader;
import dev.rubric.collect.read.kube.Shapes;
import dev.rubric.collect.read.kube.WorkloadReader;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.Hint;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.evidence.Environment;
import dev.rubric.evidence.Json;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Workload;
import dev.rubric.evidence.WorkloadStatus;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.ScalarNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the objects of one cluster into evidence, whether they were listed live or read from a
 * dump: both hand over the same trees, so both give the same subjects with the same ids
 * ({@code <source>/<Kind>/<namespace>/<name>}). Workloads go through the manifest readers
 * ({@link WorkloadReader}, serving flags, model references) with what only a cluster has added:
 * the pod status, the owning controller, and the environment of their namespace. Namespaces must
 * be read before the objects in them.
 */
final class ClusterReader {
    /** Read whole by the format parsers, as the same object in a file is. */
    private static final String GPU = "nvidia.com/gpu";
    private static final String MANIFEST_FAMILY = "kubernetes";
    /** Kinds read whole by the format parsers, with the stat they are counted under. */
    private static final Map<String, String> PARSED_WHOLE = Map.of("ServingRuntime", "servingRuntimes",
            "ClusterServingRuntime", "servingRuntimes", "PyTorchJob", "trainingJobs", "TrainJob", "trainingJobs");

    private final String sourceId;
    private final SubjectSink sink;
    private final List<FormatParser> parsers;
    /** For an object read whole: not the manifest parsers, which would record it a second time. */
    private final List<FormatParser> objectParsers;
    private final SafeYaml yaml;
    private final Map<String, String> namespaceEnvironments = new HashMap<>();
    private final Map<String, WorkloadStatus.NodeAccelerators> nodes = new HashMap<>();
    /** Objects other than namespaces, nodes and what workloads join to are read on several threads. */
    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final GitOpsObjects gitOps = new GitOpsObjects();
    private final ImagePolicies imagePolicies = new ImagePolicies();

    ClusterReader(String sourceId, SubjectSink sink, List<FormatParser> parsers, SafeYaml yaml) {
        this.sourceId = sourceId;
        this.sink = sink;
        this.parsers = parsers;
        this.objectParsers = parsers.stream().filter(p -> !p.family().equals(MANIFEST_FAMILY)).toList();
        this.yaml = yaml;
    }

    /** How many objects of each kind were read: the source's stats. */
    Map<String, Long> counts() {
        return counts;
    }

    /** A Namespace: its environment, from its labels first and its name second. */
    void namespace(MapNode node) {
        ManifestObject object = identify(node, "v1", "Namespace");
        if (object == null) {
            return;
        }
        counts.merge("namespaces", 1L, Long::sum);
        Location location = Location.clusterObject(sourceId, sourceId, null, "Namespace", object.name());
        Map<String, String> labels = node.map("metadata").map(ClusterReader::labels).orElse(Map.of());
        String labelled = Environments.fromLabels(labels);
        String name = labelled != null ? labelled : Environments.namespaceName(object.name());
        if (name == null) {
            return;
        }
        namespaceEnvironments.put(object.name(), name);
        sink.environment(new Environment(sourceId + "/Namespace/" + object.name(), location, name, sourceId, object.name(),
                labelled != null ? "namespace-label" : "namespace-name"));
    }

    /** A Node: the accelerators its pods run on, kept for them. */
    void node(MapNode node) {
        String name = Nodes.string(node, "metadata", "name");
        if (name == null) {
            return;
        }
        counts.merge("nodes", 1L, Long::sum);
        String product = Nodes.text(node, "metadata", "labels", GPU + ".product");
        String memory = Nodes.text(node, "metadata", "labels", GPU + ".memory");
        String capacity = Nodes.text(node, "status", "capacity", GPU);
        String allocatable = Nodes.text(node, "status", "allocatable", GPU);
        if (product != null || capacity != null || allocatable != null) {
            nodes.put(name, new WorkloadStatus.NodeAccelerators(product, memory, capacity, allocatable));
        }
    }

    /**
     * Kinds the workloads are joined to (what deployed them, what verifies their images): they must
     * be read before the workloads, as namespaces are.
     */
    static boolean readBeforeWorkloads(String apiVersion, String kind) {
        return GitOpsObjects.isGitOps(apiVersion, kind) || ImagePolicies.isImagePolicy(apiVersion, kind);
    }

    /** Any other object; kinds that hold nothing rubric reads are counted and left. */
    void object(MapNode node, String apiVersion, String kind) {
        if (kind.equals("Secret")) {
            return; // never read, even when a dump carries them
        }
        if (kind.equals("Namespace") || kind.equals("Node")) {
            return; // read first, by namespace() and node()
        }
        ManifestObject object = identify(node, apiVersion, kind);
        if (object == null) {
            return;
        }
        Location location = Location.clusterObject(sourceId, sourceId, object.namespace(), kind, object.name());
        ObjectSink objectSink = new ObjectSink(sink, location);
        String id = sourceId + "/" + object.display();
        try {
            if (GitOpsObjects.isGitOps(apiVersion, kind)) {
                counts.merge("gitOpsObjects", 1L, Long::sum);
                gitOps.add(object, id);
            } else if (ImagePolicies.isImagePolicy(apiVersion, kind)) {
                if (imagePolicies.add(object, id)) {
                    counts.merge("imagePolicies", 1L, Long::sum);
                }
            } else if (WorkloadReader.isWorkload(kind)) {
                counts.merge("workloads", 1L, Long::sum);
                workload(object, id, location, objectSink);
            } else if (kind.equals("ConfigMap")) {
                counts.merge("configMaps", 1L, Long::sum);
                configMap(object);
            } else if (kind.equals("Service") && apiVersion.equals("v1")) {
                counts.merge("services", 1L, Long::sum);
                sink.service(ServiceReader.read(object, id, location, new Shapes(objectSink, object.display())));
            } else if (PARSED_WHOLE.containsKey(kind)) {
                counts.merge(PARSED_WHOLE.get(kind), 1L, Long::sum);
                parseWhole(object);
            }
        } catch (RuntimeException e) {
            // a bug here must cost one object, not the cluster
            objectSink.error(0, 0, object.display() + ": internal error while reading this object: " + e);
        }
    }

    private void workload(ManifestObject object, String id, Location location, ObjectSink objectSink) {
        Shapes shapes = new Shapes(objectSink, object.display());
        Workload written = WorkloadReader.read(object, id, location, shapes, "");
        String environment = Environments.fromLabels(written.labels(), written.podLabels());
        if (environment == null && object.namespace() != null) {
            environment = namespaceEnvironments.containsKey(object.namespace())
                    ? namespaceEnvironments.get(object.namespace()) : Environments.namespaceName(object.namespace());
        }
        WorkloadStatus status = object.kind().equals("Pod") ? PodStatusReader.read(object.node(), shapes) : null;
        if (status != null && status.node() != null && nodes.containsKey(status.node())) {
            status = status.onNode(nodes.get(status.node()));
        }
        Workload owned = written.live(environment, owner(object.node(), shapes), status);
        Workload workload = owned.deployed(gitOps.of(owned), imagePolicies.covering(owned));
        sink.workload(workload);
        if (object.kind().equals("InferenceService")) {
            // its model server is KServeParser's to read, as it is for the same object in a file
            parseWhole(object);
            return;
        }
        WorkloadServing.read(workload, objectSink);
        WorkloadModels.read(workload, objectSink);
    }

    /** The controller that owns the object ("ReplicaSet/planner-7d9c"), or its first owner. */
    private static String owner(MapNode node, Shapes shapes) {
        List<MapNode> owners = node.map("metadata").flatMap(m -> m.list("ownerReferences"))
                .map(Nodes::maps).orElse(List.of());
        MapNode chosen = owners.stream().filter(o -> o.get("controller") instanceof ScalarNode s && Boolean.TRUE.equals(s.value()))
                .findFirst().orElse(owners.isEmpty() ? null : owners.get(0));
        if (chosen == null) {
            return null;
        }
        String kind = shapes.text(chosen, "kind", "metadata.ownerReferences.kind");
        String name = shapes.text(chosen, "name", "metadata.ownerReferences.name");
        return kind == null || name == null ? null : kind + "/" + name;
    }

    /**
     * A ConfigMap's values go through the same format parsers as files (a prompt, an OTel
     * collector or LiteLLM config), each named after its key.
     */
    private void configMap(ManifestObject object) {
        Node data = object.node().get("data");
        if (!(data instanceof MapNode values)) {
            return;
        }
        FileSink carrier = new FileSink(sink, new ParsedFile(sourceId, object.display(), "", yaml), parsers);
        for (String key : values.keys()) {
            if (values.get(key) instanceof ScalarNode scalar && scalar.value() instanceof String text && !text.isBlank()) {
                carrier.parseEmbedded(key, key, text, 0, "configmap");
            }
        }
    }

    /** The object as a file of its own, for the format parsers that read this kind in manifests. */
    private void parseWhole(ManifestObject object) {
        String text;
        try {
            // list items of built-in types carry no apiVersion and kind; the parsers need them
            Map<String, Object> whole = new java.util.LinkedHashMap<>();
            whole.put("apiVersion", object.apiVersion());
            whole.put("kind", object.kind());
            whole.putAll(object.node().toJava());
            text = Json.mapper().writeValueAsString(whole);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // the object is its own file: subjects found in it are "<source>/<Kind>/<ns>/<name>#<what>"
        ParsedFile file = new ParsedFile(sourceId, object.display(), text, yaml);
        FileSink fileSink = new FileSink(sink, file, objectParsers);
        String name = object.kind().toLowerCase(java.util.Locale.ROOT) + ".json";
        for (FormatParser parser : objectParsers) {
            if (parser.hint(name, name) != Hint.NONE) {
                parser.parse(file, fileSink);
            }
        }
    }

    private static Map<String, String> labels(MapNode metadata) {
        Map<String, String> out = new TreeMap<>();
        if (metadata.get("labels") instanceof MapNode labels) {
            labels.entries().forEach((key, value) -> {
                if (value instanceof ScalarNode scalar && scalar.value() != null) {
                    out.put(key, scalar.text());
                }
            });
        }
        return out;
    }

    /** The object's identity, or null (reported) when its metadata names none. */
    private ManifestObject identify(MapNode node, String apiVersion, String kind) {
        String name = Nodes.string(node, "metadata", "name");
        String namespace = Nodes.string(node, "metadata", "namespace");
        if (name == null) {
            Location at = Location.clusterObject(sourceId, sourceId, namespace, kind, null);
            new ObjectSink(sink, at).error(0, 0, kind + ": metadata.name is missing");
            return null;
        }
        return new ManifestObject(node, apiVersion, kind, name, namespace);
    }

}
