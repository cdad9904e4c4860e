package dev.rubric.rubric;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a rubric; loading reports them all at once rather than the first. */
public final class InvalidRubricException extends Exception {
    private final List<RubricProblem> problems;

    public InvalidRubricException(List<RubricProblem> problems) {
        super(problems.stream().map(RubricProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RubricProblem> problems() {
        return problems;
    }
}
