package dev.rubric.collect.read.kube;

import dev.rubric.evidence.Container;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The image-verification policies of a cluster — Kyverno ClusterPolicy / Policy rules with
 * {@code verifyImages}, Sigstore policy-controller ClusterImagePolicies — and which workload
 * images their patterns cover. A Kyverno policy without a {@code verifyImages} rule (one requiring
 * labels, say) verifies nothing and is not one. Patterns are matched as each tool documents them:
 * Kyverno's {@code *} any run of characters; Sigstore's {@code *} a run within one path segment
 * (its examples list {@code index.docker.io/*} and {@code index.docker.io/*}{@code /*} apart) and
 * {@code **} any run; {@code ?} one character; a Docker Hub short
 * name is also tried in its full form ({@code nginx} as {@code docker.io/library/nginx}, and
 * {@code index.docker.io/…}), as both tools normalise it before matching.
 */
public final class ImagePolicies {
    /** {@code segmented}: a single {@code *} stays within one path segment (Sigstore), else it crosses {@code /} (Kyverno). */
    private record Policy(String id, String namespace, List<String> patterns, boolean segmented) {
    }

    private final List<Policy> policies = new ArrayList<>();

    public static boolean isImagePolicy(String apiVersion, String kind) {
        return apiVersion.startsWith("kyverno.io/") && (kind.equals("ClusterPolicy") || kind.equals("Policy"))
                || apiVersion.startsWith("policy.sigstore.dev/") && kind.equals("ClusterImagePolicy");
    }

    /** Keeps the policy if it verifies images; false when it does not (it is then no image policy). */
    public boolean add(ManifestObject object, String id) {
        List<String> patterns = new ArrayList<>();
        MapNode node = object.node();
        if (object.kind().equals("ClusterImagePolicy")) {
            node.list("spec", "images").ifPresent(images -> Nodes.maps(images).forEach(image -> {
                String glob = Nodes.string(image, "glob");
                if (glob != null) {
                    patterns.add(glob);
                }
            }));
        } else {
            node.list("spec", "rules").ifPresent(rules -> Nodes.maps(rules).forEach(rule ->
                    rule.list("verifyImages").ifPresent(verify -> Nodes.maps(verify).forEach(entry -> {
                        entry.list("imageReferences").ifPresent(references -> patterns.addAll(Nodes.names(references)));
                        String image = Nodes.string(entry, "image"); // Kyverno before 1.9
                        if (image != null) {
                            patterns.add(image);
                        }
                    }))));
        }
        if (patterns.isEmpty()) {
            return false;
        }
        // a namespaced Policy covers its own namespace only
        policies.add(new Policy(id, object.kind().equals("Policy") ? object.namespace() : null, List.copyOf(patterns),
                object.kind().equals("ClusterImagePolicy")));
        return true;
    }

    /** The ids of the policies covering one of the workload's images, sorted; null when none. */
    public List<String> covering(Workload workload) {
        TreeSet<String> out = new TreeSet<>();
        for (Policy policy : policies) {
            if (policy.namespace() != null && !policy.namespace().equals(workload.namespace())) {
                continue;
            }
            for (Container container : workload.containers()) {
                if (container.image() != null && container.image().ref() != null
                        && policy.patterns().stream().anyMatch(p -> matches(p, container.image().ref(), policy.segmented()))) {
                    out.add(policy.id());
                }
            }
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    static boolean matches(String pattern, String ref, boolean segmented) {
        for (String form : forms(ref)) {
            if (glob(pattern, 0, form, 0, segmented)) {
                return true;
            }
        }
        return false;
    }

    /** The reference as written and, for a Docker Hub short name, its full forms. */
    private static List<String> forms(String ref) {
        int slash = ref.indexOf('/');
        String first = slash < 0 ? "" : ref.substring(0, slash);
        boolean hub = slash < 0 || !(first.contains(".") || first.contains(":") || first.equals("localhost"));
        if (!hub) {
            return List.of(ref);
        }
        String path = slash < 0 ? "library/" + ref : ref;
        return List.of(ref, "docker.io/" + path, "index.docker.io/" + path);
    }

    private static boolean glob(String pattern, int p, String text, int t, boolean segmented) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*') {
                int stars = 0;
                while (p < pattern.length() && pattern.charAt(p) == '*') {
                    p++;
                    stars++;
                }
                boolean crossesSlash = !segmented || stars > 1;
                for (int i = t; i <= text.length(); i++) {
                    if (glob(pattern, p, text, i, segmented)) {
                        return true;
                    }
                    if (i < text.length() && text.charAt(i) == '/' && !crossesSlash) {
                        return false;
                    }
                }
                return false;
            }
            if (t >= text.length() || c != '?' && c != text.charAt(t)) {
                return false;
            }
            p++;
            t++;
        }
        return t == text.length();
    }
}
