package dev.rubric.collect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A live cluster, named the way kubectl names one: a kubeconfig file ({@code null}: $KUBECONFIG,
 * then ~/.kube/config, then the in-cluster service account), a context ({@code null}: the
 * current one), namespaces ({@code allNamespaces}, else {@code namespaces}, else the context's
 * namespace), a label selector ({@code null} for none) and how long one request may take.
 * {@code id} is the context's name once it is known; until then, "cluster".
 */
public record ClusterTarget(String id, String display, Path kubeconfig, String context, List<String> namespaces,
                            boolean allNamespaces, String selector, Duration requestTimeout) implements Target {
}
