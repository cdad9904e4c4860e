package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A model reference found somewhere. {@code pinning}: pinned (immutable: dated vendor snapshot,
 * hub id with commit revision, digest), floating (alias, latest, branch, tag), opaque (a name
 * that hides the model: Azure deployment, storage URI, environment variable) or untraceable
 * (a local path). {@code reason} explains the verdict; {@code referencedBy} is the id of the
 * subject that named it; {@code deployment} the deployment label that runs the model, when the
 * same place names both (an Azure deployment with its model and version).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelRef(String id, Location location, String name, String provider, String revision,
                       String pinning, String reason, String referencedBy, String field, String deployment) {
    public ModelRef(String id, Location location, String name, String provider, String revision, String pinning,
                    String reason, String referencedBy, String field) {
        this(id, location, name, provider, revision, pinning, reason, referencedBy, field, null);
    }

    public static final String PINNED = "pinned";
    public static final String FLOATING = "floating";
    public static final String OPAQUE = "opaque";
    public static final String UNTRACEABLE = "untraceable";
}
