package dev.rubric.collect.kubernetes;

/**
 * A request the cluster did not answer with data: unreachable, unauthenticated (401), forbidden
 * (403) or failing. {@code status} is the HTTP status, 0 when no answer came at all.
 */
final class ClusterAccessException extends Exception {
    private final int status;

    ClusterAccessException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    boolean forbidden() {
        return status == 403;
    }
}
