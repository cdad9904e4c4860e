package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place where the system runs (dev, staging, prod …). {@code identifiedBy} says how the name
 * was decided — a namespace name, a label, a kustomize overlay folder, a kube context — because a
 * guessed environment must be told apart from a declared one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Environment(String id, Location location, String name, String cluster, String namespace,
                          String identifiedBy) {
}
