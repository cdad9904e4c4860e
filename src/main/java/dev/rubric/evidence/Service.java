package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A Kubernetes Service: the in-cluster name callers use ({@code http://<name>.<namespace>.svc:<port>})
 * and the pods it sends them to, chosen by {@code selector} (a Service without one routes to
 * endpoints managed by hand, which rubric cannot follow). Ids follow the workloads'
 * ({@code <source>/Service/<namespace>/<name>} for a cluster, the file's id and the object for a
 * manifest), so a link can name both ends.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Service(String id, Location location, String name, String namespace, String type,
                      Map<String, String> selector, List<Port> ports) {

    /** {@code targetPort}: a number or the name of a container port, as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Port(String name, Long port, String targetPort, String protocol) {
    }
}
