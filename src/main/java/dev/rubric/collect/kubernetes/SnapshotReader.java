package dev.rubric.collect.kubernetes;

import dev.rubric.collect.ClusterSnapshotTarget;
import dev.rubric.collect.ErrorCount;
import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import dev.rubric.yaml.JsonTrees;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.YamlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dump of a cluster: {@code kubectl get … -o json} (read with the streaming JSON reader) or
 * {@code -o yaml} (no 3 MiB limit: real dumps are larger), a {@code kind: List} or typed list,
 * or several documents. Its objects go through the reader live objects go through, namespaces
 * and nodes first, then GitOps objects and image policies, as live collection reads them first.
 */
final class SnapshotReader {
    private final List<FormatParser> parsers;

    SnapshotReader(List<FormatParser> parsers) {
        this.parsers = parsers;
    }

    Source collect(ClusterSnapshotTarget target, SubjectSink sink) {
        String id = target.id();
        Location location = KubernetesCollector.location(id);
        List<Node> documents;
        try {
            String text = Files.readString(target.path(), StandardCharsets.UTF_8);
            documents = text.stripLeading().startsWith("{") ? List.of(JsonTrees.read(text))
                    : new SafeYaml(Integer.MAX_VALUE).readAll(text);
        } catch (IOException e) {
            return failed(target, location, "cannot read " + target.display() + ": " + e.getMessage());
        } catch (YamlException e) {
            return failed(target, location, target.display() + ":" + e.mark().line() + ":" + e.mark().column() + ": "
                    + e.getMessage());
        }
        List<Typed> objects = new ArrayList<>();
        for (Node document : documents) {
            objects(document, null, null, objects);
        }
        ErrorCount counted = new ErrorCount(sink);
        ClusterReader reader = new ClusterReader(id, counted, parsers, new SafeYaml(Integer.MAX_VALUE));
        for (Typed object : objects) {
            if (object.kind().equals("Namespace")) {
                reader.namespace(object.node());
            } else if (object.kind().equals("Node")) {
                reader.node(object.node());
            }
        }
        for (Typed object : objects) {
            if (ClusterReader.readBeforeWorkloads(object.apiVersion(), object.kind())) {
                reader.object(object.node(), object.apiVersion(), object.kind());
            }
        }
        for (Typed object : objects) {
            if (!ClusterReader.readBeforeWorkloads(object.apiVersion(), object.kind())) {
                reader.object(object.node(), object.apiVersion(), object.kind());
            }
        }
        return new Source(id, location, KubernetesCollector.SNAPSHOT_KIND, target.display(),
                counted.get() > 0 ? Source.PARTIAL : Source.OK, null, new TreeMap<>(reader.counts()));
    }

    /** The objects of a document: itself, or the items of a list (a typed list's items may leave out their kind). */
    private static void objects(Node document, String listApiVersion, String listKind, List<Typed> out) {
        if (!(document instanceof MapNode map)) {
            return;
        }
        String apiVersion = Nodes.string(map, "apiVersion");
        String kind = Nodes.string(map, "kind");
        if (apiVersion == null) {
            apiVersion = listApiVersion;
        }
        if (kind == null) {
            kind = listKind;
        }
        if (kind == null) {
            return;
        }
        if (kind.endsWith("List") && map.get("items") != null) {
            String itemKind = kind.equals("List") ? null : kind.substring(0, kind.length() - "List".length());
            for (MapNode item : Nodes.maps(map.get("items"))) {
                objects(item, kind.equals("List") ? null : apiVersion, itemKind, out);
            }
            return;
        }
        if (apiVersion != null) {
            out.add(new Typed(map, apiVersion, kind));
        }
    }

    private static Source failed(ClusterSnapshotTarget target, Location location, String message) {
        return new Source(target.id(), location, KubernetesCollector.SNAPSHOT_KIND, target.display(), Source.FAILED,
                message, Map.of());
    }

    private record Typed(MapNode node, String apiVersion, String kind) {
    }
}
