package dev.rubric.collect.read.kube;

import dev.rubric.evidence.GitOpsSource;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Nodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Argo CD Applications and Flux Kustomizations / HelmReleases of a cluster, and the join from
 * a workload to the one that applied it. The join is made only when it is certain: Flux labels
 * what it applies with its object's name and namespace; Argo CD either annotates each object with
 * a tracking id naming the Application and the object itself, or labels it
 * {@code app.kubernetes.io/instance=<application>}, which is certain only together with the
 * Application's destination namespace (a Helm release of the same name elsewhere carries the same
 * label). Objects owned by a controller (a Deployment's ReplicaSets and Pods) were not applied by
 * GitOps, even when they copy the labels, so they are never joined.
 */
public final class GitOpsObjects {
    private static final String ARGO = "argoproj.io/";
    private static final String FLUX_KUSTOMIZE = "kustomize.toolkit.fluxcd.io/";
    private static final String FLUX_HELM = "helm.toolkit.fluxcd.io/";
    private static final String ARGO_TRACKING_ID = "argocd.argoproj.io/tracking-id";
    private static final String INSTANCE = "app.kubernetes.io/instance";

    private record Application(String namespace, String destination, GitOpsSource source) {
    }

    /** Argo CD Applications by name (several namespaces may use one name). */
    private final Map<String, List<Application>> applications = new HashMap<>();
    /** Flux objects by "Kind/namespace/name". */
    private final Map<String, GitOpsSource> flux = new HashMap<>();

    /** True for the kinds read here (Argo CD's Rollout shares the group but is a workload). */
    public static boolean isGitOps(String apiVersion, String kind) {
        return apiVersion.startsWith(ARGO) && kind.equals("Application")
                || apiVersion.startsWith(FLUX_KUSTOMIZE) && kind.equals("Kustomization")
                || apiVersion.startsWith(FLUX_HELM) && kind.equals("HelmRelease");
    }

    /** Keeps one GitOps object; {@code id} is its subject id. */
    public void add(ManifestObject object, String id) {
        MapNode node = object.node();
        switch (object.kind()) {
            case "Application" -> {
                MapNode source = node.map("spec", "source")
                        .or(() -> node.list("spec", "sources").flatMap(l -> Nodes.maps(l).stream().findFirst())).orElse(null);
                String revision = Nodes.text(node, "status", "sync", "revision");
                if (revision == null) {
                    revision = node.list("status", "sync", "revisions").map(l -> Nodes.names(l))
                            .filter(l -> !l.isEmpty()).map(l -> String.join(",", l)).orElse(null);
                }
                GitOpsSource gitOps = new GitOpsSource("argocd", id, Nodes.string(source, "repoURL"),
                        Nodes.string(source, "path"), Nodes.string(source, "chart"), Nodes.text(source, "targetRevision"),
                        revision);
                applications.computeIfAbsent(object.name(), k -> new java.util.ArrayList<>())
                        .add(new Application(object.namespace(), Nodes.string(node, "spec", "destination", "namespace"), gitOps));
            }
            case "Kustomization" -> flux.put(key(object), new GitOpsSource("flux", id,
                    sourceRef(node.map("spec", "sourceRef").orElse(null), object.namespace()),
                    Nodes.string(node, "spec", "path"), null, null, Nodes.text(node, "status", "lastAppliedRevision")));
            case "HelmRelease" -> {
                MapNode chart = node.map("spec", "chart", "spec").orElse(null);
                MapNode ref = chart != null ? chart.map("sourceRef").orElse(null) : node.map("spec", "chartRef").orElse(null);
                String revision = Nodes.text(node, "status", "lastAppliedRevision");
                if (revision == null) {
                    revision = node.list("status", "history").flatMap(l -> Nodes.maps(l).stream().findFirst())
                            .map(h -> Nodes.text(h, "chartVersion")).orElse(null);
                }
                flux.put(key(object), new GitOpsSource("flux", id, sourceRef(ref, object.namespace()),
                        null, Nodes.string(chart, "chart"), Nodes.text(chart, "version"), revision));
            }
            default -> throw new IllegalArgumentException("not a GitOps kind: " + object.kind());
        }
    }

    /** The object that applied this workload, or null when none can be named for certain. */
    public GitOpsSource of(Workload workload) {
        if (workload.owner() != null || applications.isEmpty() && flux.isEmpty()) {
            return null;
        }
        Map<String, String> labels = workload.labels();
        String helm = fluxKey("HelmRelease", labels, FLUX_HELM);
        if (helm != null && flux.containsKey(helm)) {
            return flux.get(helm);
        }
        String kustomization = fluxKey("Kustomization", labels, FLUX_KUSTOMIZE);
        if (kustomization != null && flux.containsKey(kustomization)) {
            return flux.get(kustomization);
        }
        String tracking = workload.annotations().get(ARGO_TRACKING_ID);
        if (tracking != null && tracking.indexOf(':') > 0) {
            // "<app>:<group>/<Kind>:<namespace>/<name>": it must name this object, not one it was copied from
            String target = tracking.substring(tracking.indexOf(':') + 1);
            String self = ":" + (workload.namespace() == null ? "" : workload.namespace()) + "/" + workload.name();
            if (target.endsWith(self) && target.substring(0, target.length() - self.length()).endsWith("/" + workload.kind())) {
                return application(tracking.substring(0, tracking.indexOf(':')), null);
            }
            return null;
        }
        String instance = labels.get(INSTANCE);
        return instance == null || workload.namespace() == null ? null : application(instance, workload.namespace());
    }

    /** "name" or "namespace_name" (Applications outside Argo CD's own namespace); one match or none. */
    private GitOpsSource application(String reference, String destination) {
        int split = reference.indexOf('_');
        String namespace = split > 0 ? reference.substring(0, split) : null;
        String name = split > 0 ? reference.substring(split + 1) : reference;
        List<Application> found = applications.getOrDefault(name, List.of()).stream()
                .filter(a -> namespace == null || namespace.equals(a.namespace()))
                .filter(a -> destination == null || destination.equals(a.destination()))
                .toList();
        return found.size() == 1 ? found.get(0).source() : null;
    }

    private static String fluxKey(String kind, Map<String, String> labels, String group) {
        String name = labels.get(group + "name");
        String namespace = labels.get(group + "namespace");
        return name == null || namespace == null ? null : kind + "/" + namespace + "/" + name;
    }

    private static String key(ManifestObject object) {
        return object.kind() + "/" + object.namespace() + "/" + object.name();
    }

    /** A Flux source reference as "Kind/namespace/name" (its namespace defaults to the referring object's). */
    private static String sourceRef(MapNode ref, String namespace) {
        String kind = Nodes.string(ref, "kind");
        String name = Nodes.string(ref, "name");
        if (kind == null || name == null) {
            return null;
        }
        String in = Nodes.string(ref, "namespace");
        return kind + "/" + (in != null ? in : namespace) + "/" + name;
    }
}
