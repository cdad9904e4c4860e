package dev.rubric.collect.git;

import dev.rubric.collect.TargetException;

/** {@code --ref} names nothing in the repository, or is not a revision: a usage error. */
public final class InvalidRefException extends TargetException {
    InvalidRefException(String message) {
        super(message);
    }
}
