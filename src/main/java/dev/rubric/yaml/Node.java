package dev.rubric.yaml;

/**
 * A YAML value that remembers where it came from, so that every complaint about a rubric,
 * a manifest or a prompt front matter can point at a line and column.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {
    Mark mark();

    /** A short word for messages: "a mapping", "a list", "a string", ... */
    String describe();

    /** The value as plain Java: LinkedHashMap, ArrayList, String, Long, Double, Boolean or null. */
    Object toJava();
}
