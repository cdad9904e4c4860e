package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A container image reference split into its parts. {@code pinning}: pinned (by digest),
 * tagged (a specific tag: versioned but mutable), floating (latest, a moving tag such as main or
 * nightly, or no tag at all, which means latest), or unresolved (the reference is a template or
 * variable).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageRef(String ref, String registry, String repository, String tag, String digest, String pinning) {
    public static final String PINNED = "pinned";
    public static final String TAGGED = "tagged";
    public static final String FLOATING = "floating";
    public static final String UNRESOLVED = "unresolved";
}
