package dev.rubric.rubric;

import dev.rubric.yaml.Mark;

/** One reason a rubric is invalid, at a position in its file. */
public record RubricProblem(String file, Mark mark, String message) {
    @Override
    public String toString() {
        return mark.line() > 0 ? file + ":" + mark.line() + ":" + mark.column() + ": " + message : file + ": " + message;
    }
}
