package dev.rubric.collect.read.kube;

import dev.rubric.yaml.MapNode;

/** A Kubernetes object found in a manifest file, with the identity read from its metadata. */
public record ManifestObject(MapNode node, String apiVersion, String kind, String name, String namespace) {

    /** "Kind/namespace/name" or "Kind/name": how messages and ids name the object. */
    public String display() {
        return kind + "/" + (namespace != null ? namespace + "/" : "") + (name != null ? name : "(unnamed)");
    }
}
