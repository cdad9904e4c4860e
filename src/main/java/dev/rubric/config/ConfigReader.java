package dev.rubric.config;

import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Mark;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, strict reads of one {@code .rubric.yaml}: each read either returns a value of the
 * expected shape or records a problem at the value's {@code file:line:column} and returns null,
 * so one run of the loader reports every mistake of the file, not only the first.
 */
final class ConfigReader {
    private final String file;
    private final List<String> problems = new ArrayList<>();

    ConfigReader(String file) {
        this.file = file;
    }

    List<String> problems() {
        return problems;
    }

    String at(Mark mark) {
        return mark.line() > 0 ? file + ":" + mark.line() + ":" + mark.column() : file;
    }

    void problem(Mark mark, String message) {
        problems.add(at(mark) + ": " + message);
    }

    /** The mapping at {@code node}, with every key outside {@code known} reported; null when not a mapping. */
    MapNode map(Node node, String name, List<String> known) {
        if (!(node instanceof MapNode map)) {
            problem(node.mark(), name + " must be a mapping with " + and(known) + ", not " + node.describe());
            return null;
        }
        for (String key : map.keys()) {
            if (!known.contains(key)) {
                problem(map.keyMark(key), "unknown key '" + key + "' in " + name + " (known: " + String.join(", ", known) + ")");
            }
        }
        return map;
    }

    /** A mapping of string lists, one per known key in order ({@code what} each holds); null when not a mapping. */
    List<List<String>> stringLists(Node node, String name, List<String> keys, List<String> what) {
        MapNode map = map(node, name, keys);
        if (map == null) {
            return null;
        }
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            lists.add(strings(map, keys.get(i), name + "." + keys.get(i), what.get(i)));
        }
        return lists;
    }

    /** A list of non-blank strings; absent is empty. */
    List<String> strings(MapNode map, String key, String name, String what) {
        Node node = map.get(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof ListNode list)) {
            problem(node.mark(), name + " must be a list of " + what + ", not " + node.describe());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : list.items()) {
            if (item instanceof ScalarNode scalar && scalar.value() instanceof String text && !text.isBlank()) {
                out.add(text);
            } else {
                problem(item.mark(), name + " holds " + what + " (strings), not " + item.describe());
            }
        }
        return out;
    }

    /** A non-blank string; absent is null, and {@code required} makes absence a problem at the mapping. */
    String string(MapNode map, String key, String name, boolean required) {
        Node node = map.get(key);
        if (node == null) {
            if (required) {
                problem(map.mark(), name + " needs '" + key + "'");
            }
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof String text && !text.isBlank()) {
            return text;
        }
        problem(node.mark(), name + "." + key + " must be a non-empty string, not " + node.describe());
        return null;
    }

    /** A number within [min, max]; absent is null. */
    Double number(MapNode map, String key, String name, double min, double max) {
        Node node = map.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Number number
                && number.doubleValue() >= min && number.doubleValue() <= max) {
            return number.doubleValue();
        }
        problem(node.mark(), name + "." + key + " takes a number from " + plain(min) + " to " + plain(max) + ", not "
                + (node instanceof ScalarNode scalar ? "'" + scalar.text() + "'" : node.describe()));
        return null;
    }

    /** A whole number within [min, max]; absent is null. */
    Integer whole(MapNode map, String key, String name, int min, int max) {
        Node node = map.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Long number && number >= min && number <= max) {
            return number.intValue();
        }
        problem(node.mark(), name + "." + key + " takes a whole number from " + min + " to " + max + ", not "
                + (node instanceof ScalarNode scalar ? "'" + scalar.text() + "'" : node.describe()));
        return null;
    }

    /** A calendar date written YYYY-MM-DD. */
    LocalDate date(MapNode map, String key, String name) {
        Node node = map.get(key);
        if (node == null) {
            problem(map.mark(), name + " needs '" + key + "' (a date, YYYY-MM-DD): a waiver without an end is a "
                    + "permanent exception");
            return null;
        }
        if (node instanceof ScalarNode scalar && scalar.value() != null) {
            try {
                return LocalDate.parse(scalar.text().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(node.mark(), name + "." + key + " takes a date written YYYY-MM-DD, not "
                + (node instanceof ScalarNode scalar ? "'" + scalar.text() + "'" : node.describe()));
        return null;
    }

    private static String and(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
