package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;

/**
 * Small readers over the shared YAML/JSON tree of a config file. A file that does not parse is
 * simply not this family: the walker reports malformed YAML when no parser recognises the file.
 */
final class Documents {
    private Documents() {
    }

    /** The first document, whatever its shape, or null. */
    static Node first(ParsedFile file) {
        try {
            List<Node> documents = file.yamlDocuments();
            return documents.isEmpty() ? null : documents.get(0);
        } catch (YamlException e) {
            return null;
        }
    }

    /** A string scalar under the key (numbers do not count), blank as null. */
    static String string(MapNode map, String... path) {
        if (map == null) {
            return null;
        }
        return map.at(path).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(s -> s.value() instanceof String).map(s -> (String) s.value())
                .filter(s -> !s.isBlank()).orElse(null);
    }

    /** Any scalar under the key as written (so 1.10 stays 1.10), blank as null. */
    static String text(MapNode map, String... path) {
        if (map == null) {
            return null;
        }
        return map.text(path).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** The mappings of a list, skipping other items. */
    static List<MapNode> maps(Node node) {
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
    static List<String> names(Node node) {
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

    static int line(Node node) {
        return node == null ? 1 : Math.max(1, node.mark().line());
    }


    /** The folder of a path, "" at the root. */
    static String folder(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }
}
