package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Where a subject was found. Files use {source, path, line, column}; Kubernetes objects add
 * {cluster, namespace, kind, name, fieldPath}; images use {image, digest}. Absent fields are
 * omitted from JSON. {@code role} is the scope of the file the subject was found in (see
 * {@link Roles}); absent means production, so evidence written before roles existed reads as it did.
 * {@code variant} names what a rendered file was rendered with: a Helm
 * template's values (see {@link #rendered}), or "kustomize" for what an overlay built; positions
 * inside rendered text are not the file's, so such a location has no line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String source, String path, Integer line, Integer column,
                       String cluster, String namespace, String kind, String name, String fieldPath,
                       String image, String digest, String role, String variant) {

    /** A location of production code, the role left absent: what every location was before roles. */
    public Location(String source, String path, Integer line, Integer column, String cluster, String namespace,
                    String kind, String name, String fieldPath, String image, String digest) {
        this(source, path, line, column, cluster, namespace, kind, name, fieldPath, image, digest, null, null);
    }

    public static Location file(String source, String path) {
        return new Location(source, path, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Location file(String source, String path, int line) {
        return new Location(source, path, line > 0 ? line : null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Location file(String source, String path, int line, int column) {
        return new Location(source, path, line > 0 ? line : null, column > 0 ? column : null,
                null, null, null, null, null, null, null, null, null);
    }

    /** An object inside a manifest file: both the file position and the object's identity. */
    public static Location manifestObject(String source, String path, int line, String namespace, String kind, String name) {
        return new Location(source, path, line > 0 ? line : null, null, null, namespace, kind, name, null, null, null, null, null);
    }

    /**
     * An object read from a cluster or from a dump of one: its identity only, no file position,
     * so live objects and their snapshot have the same location.
     */
    public static Location clusterObject(String source, String cluster, String namespace, String kind, String name) {
        return new Location(source, null, null, null, cluster, namespace, kind, name, null, null, null, null, null);
    }

    /** This location in a file of the given role; production is left absent (the default). */
    public Location withRole(String newRole) {
        String stored = Roles.PRODUCTION.equals(newRole) ? null : newRole;
        if (Objects.equals(stored, role)) {
            return this;
        }
        return new Location(source, path, line, column, cluster, namespace, kind, name, fieldPath, image, digest, stored, variant);
    }

    /** The role of the file this location is in: production when none was recorded. */
    public String roleOrProduction() {
        return role == null ? Roles.PRODUCTION : role;
    }

    /**
     * A template file of a Helm chart as rendered with {@code variant}: "default" (the chart's own
     * values) or the values file layered over them, by its path relative to the source.
     */
    public static Location rendered(String source, String path, String variant) {
        return new Location(source, path, null, null, null, null, null, null, null, null, null, null, variant);
    }

    /** An object a template rendered: the template, the variant and the object's identity. */
    public static Location renderedObject(String source, String path, String variant, String namespace, String kind,
                                          String name) {
        return new Location(source, path, null, null, null, namespace, kind, name, null, null, null, null, variant);
    }

    /** "path:line:column" (or as much of it as is known), for messages. */
    public String display() {
        StringBuilder out = new StringBuilder();
        if (path != null) {
            out.append(path);
            if (line != null) {
                out.append(':').append(line);
                if (column != null) {
                    out.append(':').append(column);
                }
            }
        } else if (kind != null) {
            out.append(kind).append('/');
            if (namespace != null) {
                out.append(namespace).append('/');
            }
            out.append(name);
        } else if (image != null) {
            out.append(image);
        }
        return out.toString();
    }
}
