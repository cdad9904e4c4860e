package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A model reference found somewhere. {@code pinning}: pinned (immutable: dated vendor snapshot,
 * hub id with commit revision, digest), floating (alias, latest, branch, tag), opaque (a name
 * that hides the model: Azure deployment, storage URI, environment variable) or untraceable
 * (a local path). {@code reason} explains the verdict; {@code referencedBy} is the id of the
 * subject that named it; {@code deployment} the deployment label that runs the model, when the
 * same place names both (an Azure deployment with its model and version).
 * {@code resolvedDeployment} is set by the link stage when the reference is a deployment name (or
 * a variable carrying one) that resolves to a {@code modelDeployments} subject: the verdict is then
 * the deployment's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelRef(String id, Location location, String name, String provider, String revision,
                       String pinning, String reason, String referencedBy, String field, String deployment,
                       String resolvedDeployment) {
    public static final String PINNED = "pinned";
    public static final String FLOATING = "floating";
    public static final String OPAQUE = "opaque";
    public static final String UNTRACEABLE = "untraceable";

    /** A reference as a collector records it, before any deployment is resolved. */
    public ModelRef(String id, Location location, String name, String provider, String revision,
                    String pinning, String reason, String referencedBy, String field) {
        this(id, location, name, provider, revision, pinning, reason, referencedBy, field, null, null);
    }

    /** A reference that names its deployment label beside the model it runs. */
    public ModelRef(String id, Location location, String name, String provider, String revision,
                    String pinning, String reason, String referencedBy, String field, String deployment) {
        this(id, location, name, provider, revision, pinning, reason, referencedBy, field, deployment, null);
    }

    /** The reference judged by the deployment it resolves to. */
    public ModelRef resolvedTo(String deploymentId, String newPinning, String newReason) {
        return new ModelRef(id, location, name, provider, revision, newPinning, newReason, referencedBy, field,
                deployment, deploymentId);
    }
}
