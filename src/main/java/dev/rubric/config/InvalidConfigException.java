package dev.rubric.config;

import java.util.List;

/** A .rubric.yaml that cannot be used, with every problem as {@code file:line:column: message}. */
public final class InvalidConfigException extends Exception {
    private final List<String> problems;

    public InvalidConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
