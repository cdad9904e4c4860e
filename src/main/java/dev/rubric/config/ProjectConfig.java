package dev.rubric.config;

import dev.rubric.score.GateThresholds;
import dev.rubric.score.WaiverRule;
import java.util.List;
import java.util.Map;

/**
 * What a {@code .rubric.yaml} says about the audit of the directory it sits in: what to audit
 * ({@code targets}), which files are judged ({@code scope}), what CI requires ({@code gates}) and
 * which shortfalls are accepted for a time ({@code waivers}). {@code file} is the path it was read
 * from, as the user would type it. Every key is described in docs/config.md.
 */
public record ProjectConfig(String file, Targets targets, Scope scope, Images images, Gates gates,
                            List<WaiverRule> waivers) {
    public static final String FILE_NAME = ".rubric.yaml";

    public ProjectConfig {
        waivers = List.copyOf(waivers);
    }

    public ProjectConfig(String file, Scope scope) {
        this(file, Targets.NONE, scope, Images.NONE, Gates.NONE, List.of());
    }

    /** {@code images: {resolve: true}}: look up the images workloads and Dockerfiles name (network). */
    public record Images(boolean resolve) {
        public static final Images NONE = new Images(false);
    }

    /**
     * {@code targets: {paths: [...], repositories: [...]}}: local folders (relative to the file's
     * folder) and git URLs, audited when the command line names no target.
     */
    public record Targets(List<String> paths, List<String> repositories) {
        public static final Targets NONE = new Targets(List.of(), List.of());

        public Targets {
            paths = List.copyOf(paths);
            repositories = List.copyOf(repositories);
        }

        public boolean isEmpty() {
            return paths.isEmpty() && repositories.isEmpty();
        }
    }

    /** {@code scope: {include: [...], exclude: [...]}}: globs over paths relative to the audited directory. */
    public record Scope(List<String> include, List<String> exclude) {
        public static final Scope NONE = new Scope(List.of(), List.of());

        public Scope {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }
    }

    /**
     * {@code gates}: overall minimums ({@code failUnder}, {@code minLevel}, {@code minCoverage}),
     * per-dimension ones, and {@code noRegression}: the baseline report that must not be regressed
     * from, as written in the file ({@code true}: the baseline comes from {@code --baseline}).
     */
    public record Gates(Double failUnder, Integer minLevel, Double minCoverage,
                        Map<String, GateThresholds.DimensionGate> dimensions, String noRegression) {
        public static final Gates NONE = new Gates(null, null, null, Map.of(), null);
        /** The value of {@code noRegression: true}. */
        public static final String FROM_COMMAND_LINE = "";

        public Gates {
            dimensions = Map.copyOf(dimensions);
        }
    }
}
