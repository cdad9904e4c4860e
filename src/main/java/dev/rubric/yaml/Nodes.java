package dev.rubric.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Lenient reads of a config file's tree, for parsers that take what is there and skip what has
 * another shape: a value of the wrong type reads as absent rather than failing the file.
 */
public final class Nodes {
    private Nodes() {
    }

    /** A string scalar under the key (numbers do not count), blank as null. */
    public static String string(MapNode map, String... path) {
        if (map == null) {
            return null;
        }
        return map.at(path).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(s -> s.value() instanceof String).map(s -> (String) s.value())
                .filter(s -> !s.isBlank()).orElse(null);
    }

    /** Any scalar under the key as written (so 1.10 stays 1.10), blank as null. */
    public static String text(MapNode map, String... path) {
        if (map == null) {
            return null;
        }
        return map.text(path).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** The mappings of a list, skipping other items. */
    public static List<MapNode> maps(Node node) {
        List<MapNode> out = new ArrayList<>();
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof MapNode map) {
                    out.add(map);
                }
            }
        }
        return out;
    }

    /** The string items of a list, or the names ({@code name} key) of its mapping items. */
    public static List<String> names(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode scalar && scalar.value() instanceof String value && !value.isBlank()) {
                    out.add(value.strip());
                } else if (item instanceof MapNode map && string(map, "name") != null) {
                    out.add(string(map, "name").strip());
                }
            }
        }
        return out;
    }

    /** The 1-based line of a node; line 1 for a missing one, so a report still points into the file. */
    public static int line(Node node) {
        return node == null ? 1 : Math.max(1, node.mark().line());
    }
}
