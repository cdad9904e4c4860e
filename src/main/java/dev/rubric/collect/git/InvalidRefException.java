package dev.rubric.collect.git;

/** {@code --ref} names nothing in the repository, or is not a revision: a usage error. */
public final class InvalidRefException extends RuntimeException {
    InvalidRefException(String message) {
        super(message);
    }
}
