package dev.rubric.engine;

import dev.rubric.collect.ClusterTarget;
import dev.rubric.collect.images.ImageOptions;
import dev.rubric.evidence.Evidence;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What to collect: the targets as typed, the file size limit, paths never to walk (our own
 * output), the git commit to audit instead of working trees ({@code ref}, null for none), the
 * clone depth for URLs (null for full history), where clones go (null for the system temporary
 * folder), the environment (for tokens), where timing lines go (null for nowhere) and how files are
 * given their roles; which container images to read ({@code images}); {@code cluster}, a live
 * cluster to audit too (null for none).
 */
public record CollectRequest(List<String> targets, long maxFileBytes, Set<Path> excluded, String ref, Integer depth,
                             Path tempRoot, Map<String, String> environment, Consumer<String> log,
                             Evidence.Scope scope, ImageOptions images, ClusterTarget cluster) {

    public CollectRequest(List<String> targets, long maxFileBytes, Set<Path> excluded, String ref, Integer depth,
                          Path tempRoot, Map<String, String> environment, Consumer<String> log, Evidence.Scope scope) {
        this(targets, maxFileBytes, excluded, ref, depth, tempRoot, environment, log, scope, ImageOptions.NONE, null);
    }

    public CollectRequest(List<String> targets, long maxFileBytes, Set<Path> excluded, String ref, Integer depth,
                          Path tempRoot, Map<String, String> environment, Consumer<String> log, Evidence.Scope scope,
                          ImageOptions images) {
        this(targets, maxFileBytes, excluded, ref, depth, tempRoot, environment, log, scope, images, null);
    }

    /** The same request, with a live cluster to collect after the targets. */
    public CollectRequest withCluster(ClusterTarget newCluster) {
        return new CollectRequest(targets, maxFileBytes, excluded, ref, depth, tempRoot, environment, log, scope, images,
                newCluster);
    }

    public CollectRequest(List<String> targets, long maxFileBytes, Set<Path> excluded) {
        this(targets, maxFileBytes, excluded, null, null, null, System.getenv(), null, Evidence.Scope.CONVENTIONS);
    }

    public CollectRequest(List<String> targets, long maxFileBytes, Set<Path> excluded, String ref, Integer depth,
                          Path tempRoot, Map<String, String> environment, Consumer<String> log) {
        this(targets, maxFileBytes, excluded, ref, depth, tempRoot, environment, log, Evidence.Scope.CONVENTIONS);
    }
}
