package dev.rubric.collect.read.syntax;

/** A grammar's native library could not be loaded: the caller records an error and reads on without it. */
public final class SyntaxUnavailableException extends RuntimeException {
    public SyntaxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
