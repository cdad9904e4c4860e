package dev.rubric.rubric;

import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads typed fields out of located YAML and records, rather than throws, every problem with
 * its position, so one validation pass can report all of them.
 */
final class Fields {
    private final String file;
    private final List<RubricProblem> problems = new ArrayList<>();

    Fields(String file) {
        this.file = file;
    }

    List<RubricProblem> problems() {
        return problems;
    }

    void problem(Mark mark, String message) {
        problems.add(new RubricProblem(file, mark, message));
    }

    int level(MapNode map, String what) {
        Node node = map.get("level");
        if (node == null) {
            problem(map.mark(), what + " has no level (1 to 4)");
            return 1;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Long value && value >= 1 && value <= 4) {
            return value.intValue();
        }
        problem(node.mark(), "level of " + what + " must be a whole number from 1 to 4, not " + show(node));
        return 1;
    }

    double weight(MapNode map, String what) {
        Node node = map.get("weight");
        if (node == null) {
            return 1.0;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Number number) {
            double value = number.doubleValue();
            if (value > 0 && value <= 100) {
                return value;
            }
        }
        problem(node.mark(), "weight of " + what + " must be a number above 0 and at most 100, not " + show(node));
        return 1.0;
    }

    List<String> strings(MapNode map, String key, String what) {
        Node node = map.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof String text) {
            return List.of(text);
        }
        if (!(node instanceof ListNode list)) {
            problem(node.mark(), key + " of " + what + " must be a list of strings");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof ScalarNode scalar && scalar.value() != null) {
                out.add(scalar.text());
            } else {
                problem(item.mark(), key + " of " + what + " must hold strings, not " + item.describe());
            }
        }
        return List.copyOf(out);
    }

    Mark elementMark(Node node, int index) {
        return node instanceof ListNode list && index < list.items().size() ? list.items().get(index).mark() : node.mark();
    }

    Optional<String> requireText(MapNode map, String key, String what) {
        Node node = map.get(key);
        if (node == null) {
            problem(map.mark(), what + " has no " + key);
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && scalar.value() != null && !(scalar.value() instanceof Boolean)
                && !scalar.text().isBlank()) {
            return Optional.of(scalar.text());
        }
        problem(node.mark(), key + " of " + what + " must be a non-empty string, not " + show(node));
        return Optional.empty();
    }

    boolean flag(MapNode map, String key, String what) {
        Node node = map.get(key);
        if (node == null) {
            return false;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Boolean value) {
            return value;
        }
        problem(node.mark(), key + " of " + what + " must be true or false, not " + show(node));
        return false;
    }

    String optionalText(MapNode map, String key) {
        Node node = map.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.value() != null) {
            return scalar.text();
        }
        problem(node.mark(), key + " must be a string, not " + show(node));
        return null;
    }

    MapNode mapping(MapNode parent, String key, String what, boolean required) {
        Node node = parent.get(key);
        if (node == null) {
            if (required) {
                problem(parent.mark(), what + " has no " + key);
            }
            return null;
        }
        if (node instanceof MapNode map) {
            return map;
        }
        problem(node.mark(), key + " must be a mapping, not " + show(node));
        return null;
    }

    ListNode list(MapNode parent, String key, String what, boolean required) {
        Node node = parent.get(key);
        if (node == null) {
            if (required) {
                problem(parent.mark(), what + " has no " + key);
            }
            return null;
        }
        if (node instanceof ListNode list) {
            return list;
        }
        problem(node.mark(), key + " of " + what + " must be a list, not " + show(node));
        return null;
    }

    void unknownKeys(MapNode map, Set<String> allowed, String where) {
        for (String key : map.keys()) {
            if (!allowed.contains(key)) {
                String suggestion = Suggestions.closest(key, allowed);
                problem(map.keyMark(key), "unknown key '" + key + "' " + where
                        + (suggestion == null ? " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")"
                        : " (did you mean '" + suggestion + "'?)"));
            }
        }
    }

    String show(Node node) {
        if (node instanceof ScalarNode scalar && scalar.value() != null) {
            return "'" + scalar.text() + "'";
        }
        return node.describe();
    }
}
