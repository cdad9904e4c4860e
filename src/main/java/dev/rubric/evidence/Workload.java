package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod, KServe
 * InferenceService: its predictor's pods, the model server one of their containers).
 * {@code labels}/{@code annotations} are the object's own; {@code podLabels} and
 * {@code podAnnotations} those of its pod template. {@code gpu} is true when any container asks
 * for an accelerator or the pod is steered to GPU nodes (runtime class, node selector,
 * tolerations). Label and annotation values that look secret, and kubectl's last-applied copy of
 * the whole object, are replaced by the redaction marker. {@code namespace} is null when the
 * manifest does not set one; {@code replicas} is null when not written (or not a scalable kind).
 * Objects read from a cluster (or a dump of one) add {@code owner}, their controller
 * ("ReplicaSet/name"), and for pods {@code status}.
 * {@code volumes}: the pod's volumes by name and what backs them ({@code emptyDir},
 * {@code image:<reference>}, {@code persistentVolumeClaim:<claim>}, {@code hostPath:<path>},
 * {@code configMap:<name>}, {@code secret}, or the source's key for others), null when none.
 * From a cluster or its dump, {@code gitOps} is the Argo CD or Flux object that applied the workload
 * (only when its tracking labels or annotation name that object for certain), and
 * {@code imagePolicies} the Kyverno or Sigstore image-verification policies whose image patterns
 * cover one of its containers' images.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Workload(String id, Location location, String kind, String apiVersion, String name, String namespace,
                       String environment, Map<String, String> labels, Map<String, String> annotations,
                       Map<String, String> podLabels, Map<String, String> podAnnotations, Long replicas,
                       List<Container> containers, boolean gpu, String runtimeClassName,
                       Map<String, String> nodeSelector, String serviceAccountName, Map<String, String> volumes,
                       String owner, WorkloadStatus status, GitOpsSource gitOps, List<String> imagePolicies) {

    /** A workload as written (a manifest) without volumes: no owner, no status (Compose services, and every reader that does not know them). */
    public Workload(String id, Location location, String kind, String apiVersion, String name, String namespace,
                    String environment, Map<String, String> labels, Map<String, String> annotations,
                    Map<String, String> podLabels, Map<String, String> podAnnotations, Long replicas,
                    List<Container> containers, boolean gpu, String runtimeClassName,
                    Map<String, String> nodeSelector, String serviceAccountName) {
        this(id, location, kind, apiVersion, name, namespace, environment, labels, annotations, podLabels, podAnnotations,
                replicas, containers, gpu, runtimeClassName, nodeSelector, serviceAccountName, null, null, null, null, null);
    }

    /** A workload as written (a manifest), with its pod's volumes: no owner, no status. */
    public Workload(String id, Location location, String kind, String apiVersion, String name, String namespace,
                    String environment, Map<String, String> labels, Map<String, String> annotations,
                    Map<String, String> podLabels, Map<String, String> podAnnotations, Long replicas,
                    List<Container> containers, boolean gpu, String runtimeClassName,
                    Map<String, String> nodeSelector, String serviceAccountName, Map<String, String> volumes) {
        this(id, location, kind, apiVersion, name, namespace, environment, labels, annotations, podLabels, podAnnotations,
                replicas, containers, gpu, runtimeClassName, nodeSelector, serviceAccountName, volumes, null, null, null, null);
    }

    /** The same workload with what a cluster adds: its controller, its environment and its status. */
    public Workload live(String newEnvironment, String newOwner, WorkloadStatus newStatus) {
        return new Workload(id, location, kind, apiVersion, name, namespace, newEnvironment, labels, annotations,
                podLabels, podAnnotations, replicas, containers, gpu, runtimeClassName, nodeSelector, serviceAccountName,
                volumes, newOwner, newStatus, gitOps, imagePolicies);
    }

    /** The same workload with the GitOps object that deployed it and the image-verification policies covering its images. */
    public Workload deployed(GitOpsSource newGitOps, List<String> newImagePolicies) {
        return new Workload(id, location, kind, apiVersion, name, namespace, environment, labels, annotations,
                podLabels, podAnnotations, replicas, containers, gpu, runtimeClassName, nodeSelector, serviceAccountName,
                volumes, owner, status, newGitOps, newImagePolicies);
    }

    /** This workload with other containers (images rewritten by an overlay). */
    public Workload withContainers(List<Container> replaced) {
        return new Workload(id, location, kind, apiVersion, name, namespace, environment, labels, annotations, podLabels,
                podAnnotations, replicas, replaced, gpu, runtimeClassName, nodeSelector, serviceAccountName, volumes, owner,
                status, gitOps, imagePolicies);
    }
}
