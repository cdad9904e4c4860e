package dev.rubric.yaml;

/**
 * A YAML scalar. {@code value} is typed the way YAML resolves it (String, Long, Double, Boolean
 * or null); {@code text} is the scalar exactly as written, which matters for versions such as
 * {@code 1.10} or dates such as {@code 2024-10-01}.
 */
public record ScalarNode(Object value, String text, Style style, Mark mark) implements Node {
    /** How the scalar was written; it decides how a column inside the value maps to the file. */
    public enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

    @Override
    public String describe() {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Long || value instanceof Double) {
            return "a number";
        }
        return "a string";
    }

    @Override
    public Object toJava() {
        return value;
    }
}
