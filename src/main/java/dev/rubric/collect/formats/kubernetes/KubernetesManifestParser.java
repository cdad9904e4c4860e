package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.read.kube.ManifestObject;
import dev.rubric.collect.read.kube.ServiceReader;
import dev.rubric.collect.read.kube.Shapes;
import dev.rubric.collect.read.kube.WorkloadReader;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.container.WorkloadModels;
import dev.rubric.collect.read.container.WorkloadServing;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Kubernetes manifests: plain files, multi-document streams, {@code kubectl get -o yaml|json}
 * dumps ({@code kind: List}) and typed lists. A file is one when some document is a mapping with
 * a string {@code apiVersion} and {@code kind}; those two keys are the signature, because
 * countless YAML files (CI workflows, compose files, lock files) are not manifests.
 */
public final class KubernetesManifestParser extends FormatParser {
    /** A {@code *.yaml.template} is a manifest with placeholders that a deploy script fills in. */
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json}"),
            Signature.weak("*.{yaml,yml}.{template,tmpl}"));
    static final String KIND = "k8s-manifest";
    private static final String FORMAT = "kubernetes";
    /** Helm templates do not parse as YAML, but their top-level kind line still says what they are. */
    private static final Pattern KIND_LINE = Pattern.compile("(?m)^kind:\\s*\\S+");

    private static final Pattern API_VERSION = Pattern.compile("([a-z0-9.-]+/)?v\\d+((alpha|beta)\\d+)?");

    public KubernetesManifestParser() {
        super("kubernetes", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (HelmCharts.isTemplate(file)) {
            // its objects come from rendering the chart (HelmChartParser), pointing back at this file
            sink.classify(KIND, HelmCharts.FORMAT, "rendered");
            return true;
        }
        String text = file.text();
        // most YAML and JSON files are not manifests; do not pay for parsing them
        if (!text.contains("apiVersion") || !text.contains("kind")) {
            return false;
        }
        List<Node> documents;
        try {
            documents = file.yamlDocuments();
        } catch (YamlException e) {
            if (text.contains("{{") && KIND_LINE.matcher(text).find()) {
                return GoTemplateManifest.read(file, sink, KIND, FORMAT);
            }
            return false;
        }
        if (!readObjects(file, sink, documents)) {
            return false;
        }
        sink.classify(KIND, FORMAT, isTemplateName(file.fileName()) ? "templated" : "parsed");
        return true;
    }

    private static boolean isTemplateName(String name) {
        return name.endsWith(".template") || name.endsWith(".tmpl");
    }

    /**
     * Reads the Kubernetes objects of parsed documents into {@code sink}: workloads and what
     * their containers say, and the artifacts ConfigMaps carry. Shared by plain manifests and by
     * the text a Helm chart rendered. False when no document is a Kubernetes object.
     */
    static boolean readObjects(ParsedFile file, FileSink sink, List<Node> documents) {
        return readObjects(file, sink, documents, Rewrite.NONE);
    }

    /**
     * What an overlay changes in the objects it takes from elsewhere (kustomize's namespace and
     * images), applied to each workload before it is recorded.
     */
    interface Rewrite {
        Rewrite NONE = new Rewrite() {
        };

        default String namespace(String written) {
            return written;
        }

        default Workload workload(Workload read) {
            return read;
        }
    }

    static boolean readObjects(ParsedFile file, FileSink sink, List<Node> documents, Rewrite rewrite) {
        List<Found> objects = new ArrayList<>();
        for (Node document : documents) {
            collect(document, sink, objects);
        }
        if (objects.isEmpty()) {
            return false;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Found object : objects) {
            if (object.kind().equals("ConfigMap")) {
                ConfigMapContents.parse(object.node(), sink);
            }
            if (object.kind().equals("Service") && "v1".equals(object.apiVersion())) {
                service(file, sink, object, seen, rewrite);
            }
            if (WorkloadReader.isWorkload(object.kind())) {
                try {
                    workload(file, sink, object, seen, rewrite);
                } catch (RuntimeException e) {
                    // a bug here must cost one object, not the file and not the run
                    sink.error(object.node().mark().line(), object.node().mark().column(),
                            object.kind() + ": internal error while reading this object: " + e);
                }
            }
        }
        return true;
    }

    /** A Service, named and placed as the workloads of the same file are. */
    private static void service(ParsedFile file, FileSink sink, Found found, Map<String, Integer> seen, Rewrite rewrite) {
        Placed placed = place(file, sink, found, seen, rewrite);
        if (placed != null) {
            sink.service(ServiceReader.read(placed.object(), placed.id(), placed.location(),
                    new Shapes(sink, placed.object().display())));
        }
    }

    private record Placed(ManifestObject object, String id, Location location) {
    }

    /** The object's identity as the overlay leaves it, its subject id (unique in the file) and its location. */
    private static Placed place(ParsedFile file, FileSink sink, Found found, Map<String, Integer> seen, Rewrite rewrite) {
        ManifestObject written = identify(found, sink);
        if (written == null) {
            return null;
        }
        ManifestObject object = new ManifestObject(written.node(), written.apiVersion(), written.kind(), written.name(),
                rewrite.namespace(written.namespace()));
        String base = file.subjectId() + "#" + object.display();
        int count = seen.merge(base, 1, Integer::sum);
        String id = count == 1 ? base : base + "~" + count;
        Location location = file.variant() != null
                ? Location.renderedObject(file.sourceId(), file.relativePath(), file.variant(), object.namespace(),
                        object.kind(), object.name())
                : Location.manifestObject(file.sourceId(), file.relativePath(), found.node().mark().line(),
                        object.namespace(), object.kind(), object.name());
        return new Placed(object, id, location);
    }

    private static void workload(ParsedFile file, FileSink sink, Found found, Map<String, Integer> seen, Rewrite rewrite) {
        Placed placed = place(file, sink, found, seen, rewrite);
        if (placed == null) {
            return;
        }
        ManifestObject object = placed.object();
        String id = placed.id();
        Location location = placed.location();
        Workload workload = rewrite.workload(
                WorkloadReader.read(object, id, location, new Shapes(sink, object.display()), file.relativePath()));
        sink.workload(workload);
        if (workload.kind().equals("InferenceService")) {
            // its model server is KServeParser's to read, resolved through the runtime it names
            return;
        }
        WorkloadServing.read(workload, sink);
        WorkloadModels.read(workload, sink);
    }

    /** The object's identity, or null (reported) when its metadata cannot name it. */
    private static ManifestObject identify(Found found, FileSink sink) {
        MapNode node = found.node();
        String kind = found.kind();
        Shapes shapes = new Shapes(sink, kind);
        Optional<MapNode> metadata = shapes.map(node, "metadata", "metadata");
        if (metadata.isEmpty()) {
            shapes.problem(node, "metadata.name is missing");
            return null;
        }
        String name = shapes.text(metadata.get(), "name", "metadata.name");
        if (name == null || name.isBlank()) {
            // generated names are still the object's stable identity within the manifest
            name = shapes.text(metadata.get(), "generateName", "metadata.generateName");
        }
        if (name == null || name.isBlank()) {
            shapes.problem(metadata.get(), "metadata.name is missing");
            return null;
        }
        String namespace = shapes.text(metadata.get(), "namespace", "metadata.namespace");
        return new ManifestObject(node, found.apiVersion(), kind, name,
                namespace == null || namespace.isBlank() ? null : namespace);
    }

    /**
     * Adds the objects of one document: the document itself, or the items of a list. A typed list
     * from the API ({@code DeploymentList}) leaves apiVersion and kind out of its items.
     */
    private static void collect(Node document, FileSink sink, List<Found> out) {
        if (!(document instanceof MapNode map)) {
            return;
        }
        String apiVersion = text(map, "apiVersion");
        String kind = text(map, "kind");
        if (apiVersion == null || kind == null || !isKubernetesObject(map, apiVersion, kind)) {
            return;
        }
        out.add(new Found(map, apiVersion, kind));
        if (!kind.endsWith("List") || map.get("items") == null) {
            return;
        }
        Shapes shapes = new Shapes(sink, kind);
        String itemKind = kind.equals("List") ? null : kind.substring(0, kind.length() - "List".length());
        shapes.list(map, "items", "items").ifPresent(list -> {
            for (Shapes.Indexed item : shapes.mappings(list, "items")) {
                String ownApiVersion = text(item.map(), "apiVersion");
                String ownKind = text(item.map(), "kind");
                if (ownApiVersion != null && ownKind != null) {
                    collect(item.map(), sink, out);
                } else if (itemKind != null) {
                    out.add(new Found(item.map(), apiVersion, itemKind));
                }
            }
        });
    }

    /**
     * Other tools borrowed the apiVersion/kind shape: kubeconfig files ({@code kind: Config} with
     * clusters and contexts), kustomizations and rubric's own files ({@code rubric/v1}) are not cluster objects.
     */
    private static boolean isKubernetesObject(MapNode map, String apiVersion, String kind) {
        // kustomize's own files are build instructions (KustomizeParser), not cluster objects
        if (!API_VERSION.matcher(apiVersion).matches() || apiVersion.startsWith("rubric/")
                || apiVersion.startsWith("kustomize.config.k8s.io/")) {
            return false;
        }
        return !(kind.equals("Config") && (map.get("clusters") != null || map.get("contexts") != null));
    }

    /** A string scalar; numbers and other types do not name an apiVersion or kind. */
    private static String text(MapNode map, String key) {
        return map.get(key) instanceof ScalarNode scalar && scalar.value() instanceof String value ? value : null;
    }

    /** An object with the apiVersion and kind it has, or inherits from its typed list. */
    private record Found(MapNode node, String apiVersion, String kind) {
    }
}
