package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a GitOps controller deployed a workload from: {@code tool} ({@code argocd} or {@code flux}),
 * {@code object} the subject id of the Argo CD Application, Flux Kustomization or HelmRelease,
 * {@code repository} the repository URL (Argo CD) or the Flux source object ("GitRepository/ns/name"),
 * {@code path} or {@code chart} within it, {@code targetRevision} what is asked for (a branch, tag or
 * chart version) and {@code revision} what the controller reports it last synced or applied.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GitOpsSource(String tool, String object, String repository, String path, String chart,
                           String targetRevision, String revision) {
}
