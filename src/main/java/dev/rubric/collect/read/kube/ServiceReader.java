package dev.rubric.collect.read.kube;

import dev.rubric.evidence.Location;
import dev.rubric.evidence.Service;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Service object, from a manifest, a dump or a live list alike: its type, its selector and its
 * ports. A Service whose selector is absent or empty selects no pods (its endpoints are managed by
 * hand, or it is an ExternalName); it is recorded with an empty selector, which no link follows.
 */
public final class ServiceReader {
    private ServiceReader() {
    }

    public static Service read(ManifestObject object, String id, Location location, Shapes shapes) {
        MapNode spec = shapes.map(object.node(), "spec", "spec").orElse(null);
        if (spec == null) {
            return new Service(id, location, object.name(), object.namespace(), "ClusterIP", Map.of(), List.of());
        }
        String type = shapes.text(spec, "type", "spec.type");
        Map<String, String> selector = shapes.textMap(spec, "selector", "spec.selector");
        List<Service.Port> ports = new ArrayList<>();
        shapes.list(spec, "ports", "spec.ports").ifPresent(list -> {
            for (Shapes.Indexed port : shapes.mappings(list, "spec.ports")) {
                Long number = shapes.integer(port.map(), "port", port.path() + ".port");
                // a number or a container port's name; absent means "the same as port"
                String target = port.map().get("targetPort") instanceof ScalarNode scalar && scalar.value() != null
                        ? scalar.text() : number == null ? null : number.toString();
                ports.add(new Service.Port(shapes.text(port.map(), "name", port.path() + ".name"), number, target,
                        shapes.text(port.map(), "protocol", port.path() + ".protocol")));
            }
        });
        return new Service(id, location, object.name(), object.namespace(), type == null ? "ClusterIP" : type, selector,
                List.copyOf(ports));
    }
}
