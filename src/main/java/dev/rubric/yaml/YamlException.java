package dev.rubric.yaml;

/** A YAML text that could not be read, with the position of the problem. */
public final class YamlException extends Exception {
    private final Mark mark;

    public YamlException(String message, Mark mark) {
        super(message);
        this.mark = mark;
    }

    public Mark mark() {
        return mark;
    }
}
