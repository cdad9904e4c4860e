package dev.rubric.engine;

/**
 * A problem the user can fix (a missing target, an invalid rubric, a bad evidence file): shown
 * as its message alone, never as a stack trace, with exit code 2.
 */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
