package dev.rubric.collect.read.kube;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the environment (prod, staging, ...) a manifest object belongs to. An explicit label is
 * the team's own statement; failing that, the namespace or a folder such as
 * {@code overlays/prod/} is how kustomize and GitOps repositories usually say it.
 */
public final class Environments {
    private static final List<String> LABELS = List.of("environment", "env", "app.kubernetes.io/environment");
    private static final Set<String> NAMES = Set.of("prod", "production", "staging", "stage", "dev", "development",
            "test", "qa", "uat", "preprod", "sandbox");

    private Environments() {
    }

    public static String of(Map<String, String> labels, Map<String, String> podLabels, String namespace, String relativePath) {
        String labelled = fromLabels(labels, podLabels);
        if (labelled != null) {
            return labelled;
        }
        String fromNamespace = namespaceName(namespace);
        if (fromNamespace != null) {
            return fromNamespace;
        }
        String[] segments = relativePath.split("/");
        // the deepest folder wins: overlays/prod/patches/ is about prod, whatever sits above it
        for (int i = segments.length - 2; i >= 0; i--) {
            String fromFolder = namedIn(segments[i]);
            if (fromFolder != null) {
                return fromFolder;
            }
        }
        return null;
    }

    /** The environment the team declared in labels (the object's first, then its pods'), or null. */
    @SafeVarargs
    public static String fromLabels(Map<String, String>... sources) {
        for (Map<String, String> source : sources) {
            for (String label : LABELS) {
                String value = source.get(label);
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    /**
     * The environment a namespace's name suggests. Namespaces named "…-system" hold a component's
     * own machinery (kube-system, cert-manager-system, and vLLM's production-stack-system, whose
     * "production" names the product, not the environment), so their names say nothing.
     */
    public static String namespaceName(String namespace) {
        if (namespace == null || namespace.toLowerCase(Locale.ROOT).endsWith("-system")) {
            return null;
        }
        return namedIn(namespace);
    }

    /** An environment word standing alone or as a dash/underscore/dot-separated part: "shop-prod". */
    private static String namedIn(String name) {
        if (name == null) {
            return null;
        }
        for (String part : name.toLowerCase(Locale.ROOT).split("[-_.]")) {
            if (NAMES.contains(part)) {
                return part;
            }
        }
        return null;
    }
}
