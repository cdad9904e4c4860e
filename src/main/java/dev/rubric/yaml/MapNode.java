package dev.rubric.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping with string keys, in document order, with the position of every key. */
public final class MapNode implements Node {
    private final Mark mark;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Mark> keyMarks = new LinkedHashMap<>();

    MapNode(Mark mark) {
        this.mark = mark;
    }

    void put(String key, Mark keyMark, Node value) {
        values.put(key, value);
        keyMarks.put(key, keyMark);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    @Override
    public Mark mark() {
        return mark;
    }

    @Override
    public String describe() {
        return "a mapping";
    }

    public Map<String, Node> entries() {
        return Collections.unmodifiableMap(values);
    }

    public Node get(String key) {
        return values.get(key);
    }

    public Mark keyMark(String key) {
        return keyMarks.getOrDefault(key, mark);
    }

    /** Follows a chain of mapping keys; empty when any step is missing or not a mapping. */
    public Optional<Node> at(String... path) {
        Node current = this;
        for (String key : path) {
            if (!(current instanceof MapNode map) || map.get(key) == null) {
                return Optional.empty();
            }
            current = map.get(key);
        }
        return Optional.of(current);
    }

    public Optional<MapNode> map(String... path) {
        return at(path).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    public Optional<ListNode> list(String... path) {
        return at(path).filter(ListNode.class::isInstance).map(ListNode.class::cast);
    }

    /** The scalar at the path as text (numbers and booleans as written); empty for null or non-scalars. */
    public Optional<String> text(String... path) {
        return at(path).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(s -> s.value() != null).map(ScalarNode::text);
    }

    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    @Override
    public Map<String, Object> toJava() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.toJava()));
        return out;
    }
}
