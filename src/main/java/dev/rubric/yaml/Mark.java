package dev.rubric.yaml;

/** A 1-based position in a source text. */
public record Mark(int line, int column) {
    public static final Mark NONE = new Mark(0, 0);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
