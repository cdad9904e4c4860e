package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An environment variable of a container. {@code value} is present only for literal values
 * that are not secret; a secret literal is dropped and {@code redacted} is true.
 * {@code valueFrom} names the kind of reference (secretKeyRef, configMapKeyRef, fieldRef,
 * resourceFieldRef) and {@code ref} the object and key it points to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnvVar(String name, String value, Boolean redacted, String valueFrom, String ref) {
}
