package dev.rubric.rubric;

import dev.cel.runtime.CelRuntime;
import dev.rubric.yaml.Mark;

/** A compiled CEL expression of a criterion, with where it was written for error messages. */
public record Expression(String field, String source, String file, Mark mark, CelRuntime.Program program) {
    /** "rubric.yaml:12:14", the position of the expression in its rubric file. */
    public String where() {
        return file + ":" + mark;
    }
}
