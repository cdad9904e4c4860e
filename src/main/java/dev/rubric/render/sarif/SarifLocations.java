package dev.rubric.render.sarif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.ReportSource;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Locations relative to the audited roots. A report with one source uses the base id SRCROOT, the
 * name code-scanning services resolve against the checkout; with several sources each gets its own
 * base id, named after the source. The bases carry no absolute URI: the audited folder's absolute
 * path is the auditing machine's, would change the bytes from one machine to the next, and would
 * mean nothing to the service the log is uploaded to.
 */
final class SarifLocations {
    static final String SINGLE_ROOT = "SRCROOT";

    private final Map<String, String> baseIdBySource = new LinkedHashMap<>();
    private final Map<String, String> targetBySource = new LinkedHashMap<>();

    SarifLocations(List<ReportSource> sources) {
        for (ReportSource s : sources) {
            baseIdBySource.put(s.id(), sources.size() == 1 ? SINGLE_ROOT : "SRCROOT_" + s.id().replaceAll("[^A-Za-z0-9_]", "_"));
            targetBySource.put(s.id(), s.target());
        }
    }

    ObjectNode baseIds() {
        ObjectNode bases = SarifRenderer.NODES.objectNode();
        baseIdBySource.forEach((source, base) -> bases.putObject(base).putObject("description")
                .put("text", "The root of the audited target " + targetBySource.get(source)));
        return bases;
    }

    /** A finding's place: the file and position when it has a path, else the repository root and a logical location. */
    ObjectNode of(ReportLocation l) {
        ObjectNode location = SarifRenderer.NODES.objectNode();
        if (l != null && l.path() != null) {
            ObjectNode physical = location.putObject("physicalLocation");
            artifact(physical, l.source(), l.path());
            if (l.line() != null) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", l.line());
                if (l.column() != null) {
                    region.put("startColumn", l.column());
                }
            }
        } else {
            artifact(location.putObject("physicalLocation"), l == null ? null : l.source(), ".");
        }
        String logical = logicalName(l);
        if (logical != null) {
            ObjectNode entry = location.putArray("logicalLocations").addObject();
            entry.put("fullyQualifiedName", logical);
            entry.put("kind", "resource");
        }
        return location;
    }

    /** The repository root, for what concerns the system as a whole; the criterion is its logical location. */
    ObjectNode root(String criterion) {
        ObjectNode location = SarifRenderer.NODES.objectNode();
        artifact(location.putObject("physicalLocation"), null, ".");
        ObjectNode entry = location.putArray("logicalLocations").addObject();
        entry.put("fullyQualifiedName", criterion);
        entry.put("kind", "module");
        return location;
    }

    private void artifact(ObjectNode physical, String source, String path) {
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uriReference(path));
        String base = source == null ? null : baseIdBySource.get(source);
        if (base == null && baseIdBySource.size() == 1) {
            base = SINGLE_ROOT;
        }
        if (base != null) {
            artifact.put("uriBaseId", base);
        }
    }

    /**
     * A relative path as the relative URI reference SARIF requires: every byte outside RFC 3986's
     * path characters percent-encoded (a space, '#', '?', '%', non-ASCII letters), and "./" before a
     * first segment with a colon, which would otherwise read as a URI scheme.
     */
    static String uriReference(String path) {
        StringBuilder out = new StringBuilder();
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        if (first.indexOf(':') >= 0) {
            out.append("./");
        }
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (b >= 0 && (Character.isLetterOrDigit(c) || PATH_CHARACTERS.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
            }
        }
        return out.toString();
    }

    private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/";
    private static final String HEX = "0123456789ABCDEF";

    /** A Kubernetes object, a cluster object or an image: what the finding is about when a file does not say it all. */
    private static String logicalName(ReportLocation l) {
        if (l == null) {
            return null;
        }
        if (l.kind() != null && l.name() != null) {
            return (l.cluster() == null ? "" : l.cluster() + "/") + l.kind() + "/"
                    + (l.namespace() == null ? "" : l.namespace() + "/") + l.name();
        }
        return l.image();
    }
}
