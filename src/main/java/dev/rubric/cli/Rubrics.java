package dev.rubric.cli;

import dev.rubric.rubric.InvalidRubricException;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLoader;
import java.io.PrintWriter;

/** Loads the rubric a command asked for, printing every problem when it is invalid. */
final class Rubrics {
    private Rubrics() {
    }

    /** The rubric, or null after the problems were printed to {@code err}. */
    static Rubric loadOrReport(String location, PrintWriter err) {
        try {
            return new RubricLoader().load(location);
        } catch (InvalidRubricException e) {
            e.problems().forEach(p -> err.println(p));
            err.println("rubric: the rubric is invalid (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + ")");
            err.flush();
            return null;
        }
    }
}
