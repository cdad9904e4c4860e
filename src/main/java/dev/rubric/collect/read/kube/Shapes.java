package dev.rubric.collect.read.kube;

import dev.rubric.collect.LocatedSink;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the fields of one Kubernetes object by the shape the API defines. A field of the wrong
 * shape is reported at its position, naming the object and the field path, and then treated as
 * absent, so one bad field costs that field only. Absent and null fields are simply absent:
 * manifests leave out almost everything.
 */
public final class Shapes {
    private final LocatedSink sink;
    private final String object;

    public Shapes(LocatedSink sink, String object) {
        this.sink = sink;
        this.object = object;
    }

    public Optional<MapNode> map(MapNode parent, String key, String path) {
        Node node = present(parent, key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof MapNode map) {
            return Optional.of(map);
        }
        wrong(node, path, "a mapping");
        return Optional.empty();
    }

    public Optional<ListNode> list(MapNode parent, String key, String path) {
        Node node = present(parent, key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ListNode list) {
            return Optional.of(list);
        }
        wrong(node, path, "a list");
        return Optional.empty();
    }

    /** A scalar as written (so {@code 1.10} stays "1.10"), or null. */
    public String text(MapNode parent, String key, String path) {
        Node node = present(parent, key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.text();
        }
        wrong(node, path, "a string");
        return null;
    }

    public Long integer(MapNode parent, String key, String path) {
        Node node = present(parent, key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Long number) {
            return number;
        }
        wrong(node, path, "an integer");
        return null;
    }

    /** A string-to-string mapping (labels, annotations, nodeSelector, resources); empty when absent. */
    public Map<String, String> textMap(MapNode parent, String key, String path) {
        Map<String, String> out = new TreeMap<>();
          map(parent, key, path).ifPresent(map -> map.entries().forEach((name, value) -> {
            if (value instanceof ScalarNode scalar) {
                out.put(name, scalar.value() == null ? "" : scalar.text());
            } else {
                wrong(value, path + "." + name, "a string");
            }
        }));
        return out;
    }

    /** A list of scalars (command, args), or null when absent, which means "the image's default". */
    List<String> texts(MapNode parent, String key, String path) {
        Optional<ListNode> list = list(parent, key, path);
        if (list.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<Node> items = list.get().items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ScalarNode scalar && scalar.value() != null) {
                out.add(scalar.text());
            } else {
                wrong(items.get(i), path + "[" + i + "]", "a string");
            }
        }
        return out;
    }

    /** The items of a list that are mappings; any other item is reported. */
    public List<Indexed> mappings(ListNode list, String path) {
        List<Indexed> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (item instanceof MapNode map) {
                out.add(new Indexed(map, path + "[" + i + "]"));
            } else {
                wrong(item, path + "[" + i + "]", "a mapping");
            }
        }
        return out;
    }

    void wrong(Node node, String path, String expected) {
        sink.error(node.mark().line(), node.mark().column(),
                object + ": " + path + " must be " + expected + ", not " + node.describe());
    }

    public void problem(Node node, String message) {
        sink.error(node.mark().line(), node.mark().column(), object + ": " + message);
    }

    private static Node present(MapNode parent, String key) {
        Node node = parent.get(key);
        if (node instanceof ScalarNode scalar && scalar.value() == null) {
            return null;
        }
        return node;
    }

    /** A mapping found in a list, with its field path for messages. */
    public record Indexed(MapNode map, String path) {
    }
}
