package dev.rubric.config;

import java.util.List;

/**
 * What a {@code .rubric.yaml} says about the audit of the directory it sits in. {@code file} is
 * the path it was read from, as the user would type it. Today only {@code scope}; targets, gates
 * and waivers join it later, each a key the loader knows.
 */
public record ProjectConfig(String file, Scope scope, Images images) {
    public static final String FILE_NAME = ".rubric.yaml";

    public ProjectConfig(String file, Scope scope) {
        this(file, scope, Images.NONE);
    }

    /** {@code images: {resolve: true}}: look up the images workloads and Dockerfiles name (network). */
    public record Images(boolean resolve) {
        public static final Images NONE = new Images(false);
    }

    /** {@code scope: {include: [...], exclude: [...]}}: globs over paths relative to the audited directory. */
    public record Scope(List<String> include, List<String> exclude) {
        public static final Scope NONE = new Scope(List.of(), List.of());

        public Scope {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }
    }
}
