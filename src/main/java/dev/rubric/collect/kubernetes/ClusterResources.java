package dev.rubric.collect.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every resource type the collector lists, and nothing else: deploy/rbac.yaml grants exactly
 * these (RbacManifestTest holds the two together). Secrets are not here and never will be.
 * Custom resources are listed only when discovery shows their group served, in the newest
 * version of theirs it serves.
 */
final class ClusterResources {
    /**
     * {@code collections}: what a forbidden list leaves incomplete (criteria needing it become unknown).
     * {@code olderVersions}: for a custom resource, the earlier versions of the same shape that
     * clusters still serve alone (Flux before 2.3 serves no HelmRelease v2), newest first.
     */
    record Resource(String group, String version, String plural, String kind, boolean namespaced, boolean custom,
                    Set<String> collections, List<String> olderVersions) {

        Resource(String group, String version, String plural, String kind, boolean namespaced, boolean custom,
                 Set<String> collections) {
            this(group, version, plural, kind, namespaced, custom, collections, List.of());
        }

        /**
         * The version to list, as discovery reports what the server serves ({@code served}: its
         * "group/version" entries): the newest one known; none when the CRD is not installed.
         * Built-in types are always listed.
         */
        Optional<Resource> servedAs(Set<String> served) {
            if (!custom) {
                return Optional.of(this);
            }
            List<String> known = new ArrayList<>();
            known.add(version);
            known.addAll(olderVersions);
            return known.stream().filter(v -> served.contains(group + "/" + v)).findFirst()
                    .map(v -> new Resource(group, v, plural, kind, namespaced, true, collections, List.of()));
        }

        String groupVersion() {
            return group.isEmpty() ? version : group + "/" + version;
        }

        /** What the collector sends for this type: list, and get for the namespaces named with -n. */
        List<String> verbs() {
            return plural.equals("namespaces") && group.isEmpty() ? List.of("get", "list") : List.of("list");
        }

        /** The list path for one namespace, or for all of them when {@code namespace} is null. */
        String path(String namespace) {
            String base = group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
            return namespaced && namespace != null ? base + "/namespaces/" + namespace + "/" + plural : base + "/" + plural;
        }
    }

    private static final Set<String> WORKLOADS = Set.of("workloads", "servingConfigs", "models", "observability");
    /** ConfigMap values are parsed like files, so they may hold any of these. */
    private static final Set<String> CONFIG = Set.of("prompts", "models", "ragConfigs", "servingConfigs", "observability",
            "fineTunes", "agents");

    static final Resource NAMESPACES = new Resource("", "v1", "namespaces", "Namespace", false, false,
            Set.of("environments", "workloads"));

    /** Read first: pods take their node's accelerators from it; without it they only lack those. */
    static final Resource NODES = new Resource("", "v1", "nodes", "Node", false, false, Set.of());

    static final List<Resource> ALL = List.of(
            NAMESPACES,
            NODES,
            // read before the workloads, which are joined to them (what deployed them, what verifies their images)
            new Resource("argoproj.io", "v1alpha1", "applications", "Application", true, true, Set.of("workloads")),
            new Resource("kustomize.toolkit.fluxcd.io", "v1", "kustomizations", "Kustomization", true, true,
                    Set.of("workloads"), List.of("v1beta2")),
            new Resource("helm.toolkit.fluxcd.io", "v2", "helmreleases", "HelmRelease", true, true, Set.of("workloads"),
                    List.of("v2beta2", "v2beta1")),
            new Resource("kyverno.io", "v1", "clusterpolicies", "ClusterPolicy", false, true, Set.of("workloads")),
            new Resource("kyverno.io", "v1", "policies", "Policy", true, true, Set.of("workloads")),
            new Resource("policy.sigstore.dev", "v1beta1", "clusterimagepolicies", "ClusterImagePolicy", false, true,
                    Set.of("workloads"), List.of("v1alpha1")),
            new Resource("", "v1", "pods", "Pod", true, false, WORKLOADS),
            new Resource("", "v1", "configmaps", "ConfigMap", true, false, CONFIG),
            new Resource("", "v1", "services", "Service", true, false, Set.of("services")),
            new Resource("apps", "v1", "deployments", "Deployment", true, false, WORKLOADS),
            new Resource("apps", "v1", "statefulsets", "StatefulSet", true, false, WORKLOADS),
            new Resource("apps", "v1", "daemonsets", "DaemonSet", true, false, WORKLOADS),
            new Resource("apps", "v1", "replicasets", "ReplicaSet", true, false, WORKLOADS),
            new Resource("batch", "v1", "jobs", "Job", true, false, WORKLOADS),
            new Resource("batch", "v1", "cronjobs", "CronJob", true, false, WORKLOADS),
            new Resource("serving.kserve.io", "v1beta1", "inferenceservices", "InferenceService", true, true, WORKLOADS),
            new Resource("serving.kserve.io", "v1alpha1", "servingruntimes", "ServingRuntime", true, true,
                    Set.of("servingConfigs")),
            new Resource("serving.kserve.io", "v1alpha1", "clusterservingruntimes", "ClusterServingRuntime", false, true,
                    Set.of("servingConfigs")),
            new Resource("argoproj.io", "v1alpha1", "rollouts", "Rollout", true, true, WORKLOADS),
            new Resource("kubeflow.org", "v1", "pytorchjobs", "PyTorchJob", true, true, Set.of("fineTunes")),
            new Resource("trainer.kubeflow.org", "v1alpha1", "trainjobs", "TrainJob", true, true, Set.of("fineTunes")));

    private ClusterResources() {
    }
}
