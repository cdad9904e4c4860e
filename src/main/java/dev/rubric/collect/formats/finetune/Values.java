package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reading settings out of located YAML/JSON trees the way training configs write them: empty
 * values (Axolotl leaves {@code wandb_project:} blank) count as absent, lists are sometimes
 * comma-separated strings, and nothing that looks secret is ever returned.
 */
final class Values {
    private static final Pattern COMMIT = Pattern.compile("(?i)[0-9a-f]{7,64}");

    private Values() {
    }

    /** The scalar under {@code key} as written, or null when absent, null, blank or not a scalar. */
    static String text(MapNode map, String key) {
        if (map != null && map.get(key) instanceof ScalarNode scalar && scalar.value() != null) {
            String text = scalar.text().strip();
            return text.isEmpty() ? null : text;
        }
        return null;
    }

    /** A scalar that is safe to keep: the value as YAML typed it, null when it is secret or empty. */
    static Object scalar(MapNode map, String key) {
        if (map == null || !(map.get(key) instanceof ScalarNode scalar) || scalar.value() == null) {
            return null;
        }
        Object value = scalar.value();
        if (value instanceof String s) {
            return s.isBlank() ? null : Secrets.keepOrNull(key, s.strip());
        }
        return Secrets.isSecretName(key) ? null : value;
    }

    /** A whole number, also when written as text ("16"); null otherwise. */
    static Long integer(MapNode map, String key) {
        Object value = map == null || !(map.get(key) instanceof ScalarNode scalar) ? null : scalar.value();
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static boolean isTrue(MapNode map, String key) {
        return map != null && map.get(key) instanceof ScalarNode scalar && Boolean.TRUE.equals(scalar.value());
    }

    /** 1-based line of {@code key}, or of the mapping when the key is absent. */
    static int line(MapNode map, String key) {
        return map.keyMark(key).line();
    }

    /** Copies the named scalar settings that are present into {@code out}, secrets left out. */
    static void copy(MapNode map, Map<String, Object> out, String... keys) {
        for (String key : keys) {
            Object value = scalar(map, key);
            if (value != null) {
                out.put(key, value);
            }
        }
    }

    /** Copies the named settings as text, for fields that are names rather than numbers. */
    static void copyText(MapNode map, Map<String, String> out, String... keys) {
        for (String key : keys) {
            String value = text(map, key);
            if (value != null && Secrets.keepOrNull(key, value) != null) {
                out.put(key, value);
            }
        }
    }

    /** Strings from a list of scalars, or from one comma-separated string ("q_proj,v_proj"). */
    static List<String> strings(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode scalar && scalar.value() != null && !scalar.text().isBlank()) {
                    out.add(scalar.text().strip());
                }
            }
        } else if (node instanceof ScalarNode scalar && scalar.value() != null) {
            for (String part : scalar.text().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** True when a revision names one commit: 7 to 64 hex digits, not a branch or tag. */
    static boolean isCommit(String revision) {
        return revision != null && COMMIT.matcher(revision).matches();
    }


    /** The file's only document when it is a mapping (a JSON object), else null. */
    static MapNode single(ParsedFile file) {
        try {
            List<Node> documents = file.yamlDocuments();
            return documents.size() == 1 && documents.get(0) instanceof MapNode map ? map : null;
        } catch (YamlException e) {
            return null;
        }
    }
}
