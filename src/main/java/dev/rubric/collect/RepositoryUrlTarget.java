package dev.rubric.collect;

/**
 * A repository to clone. {@code url} is as given, credentials included, and is used for cloning
 * only: everything shown or recorded uses {@code display}. {@code ref} (null for the default
 * branch) and {@code depth} (null for the full history) say what to fetch.
 */
public record RepositoryUrlTarget(String id, String display, String url, String ref, Integer depth) implements Target {
    @Override
    public String toString() {
        // the url may carry a token: never let it reach a log line or an exception message
        return "RepositoryUrlTarget[" + id + ", " + display + "]";
    }
}
