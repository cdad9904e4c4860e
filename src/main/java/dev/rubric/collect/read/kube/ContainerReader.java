package dev.rubric.collect.read.kube;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.yaml.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads one container of a pod spec. Environment values are where credentials end up in
 * practice (formats.md §0.7), so a literal survives only when neither its name nor its value
 * looks secret; references to Secrets and ConfigMaps carry no value and are kept whole.
 */
final class ContainerReader {
    private static final List<String> VALUE_SOURCES =
            List.of("secretKeyRef", "configMapKeyRef", "fieldRef", "resourceFieldRef");

    private final Shapes shapes;

    ContainerReader(Shapes shapes) {
        this.shapes = shapes;
    }

    Container read(MapNode container, String path, boolean init) {
        String image = shapes.text(container, "image", path + ".image");
        List<String> command = shapes.texts(container, "command", path + ".command");
        List<String> args = shapes.texts(container, "args", path + ".args");
        Optional<MapNode> resources = shapes.map(container, "resources", path + ".resources");
        Map<String, String> limits = resources.map(r -> shapes.textMap(r, "limits", path + ".resources.limits"))
                .orElseGet(TreeMap::new);
        Map<String, String> requests = resources.map(r -> shapes.textMap(r, "requests", path + ".resources.requests"))
                .orElseGet(TreeMap::new);
        return new Container(
                shapes.text(container, "name", path + ".name"),
                init,
                ImageReferences.parse(image),
                command == null ? null : Secrets.scrubArgs(command),
                args == null ? null : Secrets.scrubArgs(args),
                env(container, path + ".env"),
                envFrom(container, path + ".envFrom"),
                limits,
                requests,
                Accelerators.count(limits, requests),
                shapes.text(container, "imagePullPolicy", path + ".imagePullPolicy"),
                mounts(container, path + ".volumeMounts"));
    }

    /** Mount path → volume name; null when the container mounts nothing. */
    private Map<String, String> mounts(MapNode container, String path) {
        Map<String, String> out = new TreeMap<>();
        shapes.list(container, "volumeMounts", path).ifPresent(list -> {
            for (Shapes.Indexed mount : shapes.mappings(list, path)) {
                String mountPath = shapes.text(mount.map(), "mountPath", mount.path() + ".mountPath");
                String volume = shapes.text(mount.map(), "name", mount.path() + ".name");
                if (mountPath != null && volume != null) {
                    out.put(mountPath, volume);
                }
            }
        });
        return out.isEmpty() ? null : out;
    }

    private List<EnvVar> env(MapNode container, String path) {
        List<EnvVar> out = new ArrayList<>();
        shapes.list(container, "env", path).ifPresent(list -> {
            for (Shapes.Indexed entry : shapes.mappings(list, path)) {
                EnvVar variable = envVar(entry.map(), entry.path());
                if (variable != null) {
                    out.add(variable);
                }
            }
        });
        return out;
    }

    private EnvVar envVar(MapNode entry, String path) {
        String name = shapes.text(entry, "name", path + ".name");
        if (name == null) {
            shapes.problem(entry, path + ".name is missing");
            return null;
        }
        Optional<MapNode> valueFrom = shapes.map(entry, "valueFrom", path + ".valueFrom");
        if (valueFrom.isPresent()) {
            return reference(name, valueFrom.get(), path + ".valueFrom");
        }
        String literal = shapes.text(entry, "value", path + ".value");
        if (literal == null) {
            return new EnvVar(name, null, null, null, null);
        }
        String kept = Secrets.keepOrNull(name, literal);
        return kept != null ? new EnvVar(name, kept, null, null, null) : new EnvVar(name, null, true, null, null);
    }

    private EnvVar reference(String name, MapNode valueFrom, String path) {
        for (String source : VALUE_SOURCES) {
            Optional<MapNode> ref = shapes.map(valueFrom, source, path + "." + source);
            if (ref.isPresent()) {
                return new EnvVar(name, null, null, source, describe(source, ref.get(), path + "." + source));
            }
        }
        // a value source from a newer Kubernetes: say which, even if its shape is unknown here
        List<String> keys = valueFrom.keys();
        return new EnvVar(name, null, null, keys.isEmpty() ? null : keys.get(0), null);
    }

    private String describe(String source, MapNode ref, String path) {
        return switch (source) {
            case "fieldRef" -> shapes.text(ref, "fieldPath", path + ".fieldPath");
            case "resourceFieldRef" -> shapes.text(ref, "resource", path + ".resource");
            default -> {
                String object = shapes.text(ref, "name", path + ".name");
                String key = shapes.text(ref, "key", path + ".key");
                yield (object == null ? "" : object) + "/" + (key == null ? "" : key);
            }
        };
    }

    private List<String> envFrom(MapNode container, String path) {
        List<String> out = new ArrayList<>();
        shapes.list(container, "envFrom", path).ifPresent(list -> {
            for (Shapes.Indexed entry : shapes.mappings(list, path)) {
                for (String source : List.of("configMapRef", "secretRef")) {
                    shapes.map(entry.map(), source, entry.path() + "." + source).ifPresent(ref -> {
                        String name = shapes.text(ref, "name", entry.path() + "." + source + ".name");
                        out.add(source + ":" + (name == null ? "" : name));
                    });
                }
            }
        });
        return out;
    }
}
