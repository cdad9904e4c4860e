package dev.rubric.collect.formats.compose;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.kube.Environments;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Compose service as a {@link Workload}: {@code entrypoint} is the container's command and
 * {@code command} its args (as Kubernetes names them), env literals are kept only when they do
 * not look secret, and {@code deploy.resources} gives limits and requests, where a device
 * reservation with the gpu capability (or {@code runtime: nvidia}, {@code gpus:}) is a GPU. A
 * service built from source has no image; its build context and Dockerfile are kept as
 * {@code compose.build.*} annotations.
 */
final class ComposeServices {
    static final String KIND = "ComposeService";

    private ComposeServices() {
    }

    /** A {@code services:} mapping whose entries look like services: at least one has an image or a build. */
    static boolean looksLikeServices(MapNode services) {
        for (Node service : services.entries().values()) {
            if (service instanceof MapNode map && (map.get("image") != null || map.get("build") != null)) {
                return true;
            }
        }
        return false;
    }

    static Workload read(ParsedFile file, String name, int line, MapNode service) {
        Map<String, String> labels = Secrets.isSecretName(name) ? new TreeMap<>() : stringMap(service.get("labels"));
        labels.replaceAll((key, value) -> Secrets.isSecretName(key) ? Secrets.MARKER : Secrets.scrubText(value));
        Map<String, String> annotations = new TreeMap<>();
        build(service.get("build"), annotations);
        MapNode resources = service.map("deploy", "resources").orElse(null);
        Map<String, String> limits = resources(resources, "limits");
        Map<String, String> requests = resources(resources, "reservations");
        String runtime = service.text("runtime").orElse(null);
        long gpu = Math.max(devices(resources), gpus(service.get("gpus")));
        List<String> command = words(service.get("entrypoint"));
        List<String> args = words(service.get("command"));
        String image = service.text("image").orElse(null);
        Container container = new Container(
                service.text("container_name").orElse(name),
                false,
                image == null ? null : ImageReferences.parse(image),
                command == null ? null : Secrets.scrubArgs(command),
                args == null ? null : Secrets.scrubArgs(args),
                env(service.get("environment")),
                envFiles(service.get("env_file")),
                limits,
                requests,
                gpu,
                service.text("pull_policy").orElse(null));
        Long replicas = service.map("deploy").flatMap(d -> d.text("replicas")).map(ComposeServices::number).orElse(null);
        boolean onGpu = gpu > 0 || runtime != null && runtime.toLowerCase(Locale.ROOT).contains("nvidia");
        String id = file.subjectId() + "#" + KIND + "/" + name;
        Location location = Location.manifestObject(file.sourceId(), file.relativePath(), line, null, KIND, name);
        return new Workload(id, location, KIND, null, name, null,
                // the file name counts as a folder would: docker-compose.prod.yml is about prod
                Environments.of(labels, Map.of(), null, file.relativePath() + "/" + name),
                labels, annotations, Map.of(), Map.of(), replicas, List.of(container), onGpu, runtime, Map.of(), null);
    }

    private static void build(Node build, Map<String, String> annotations) {
        if (build instanceof ScalarNode scalar && scalar.value() != null) {
            annotations.put("compose.build.context", scalar.text());
        } else if (build instanceof MapNode map) {
            map.text("context").ifPresent(c -> annotations.put("compose.build.context", c));
            map.text("dockerfile").ifPresent(d -> annotations.put("compose.build.dockerfile", d));
            map.text("target").ifPresent(t -> annotations.put("compose.build.target", t));
        }
    }

    /** cpus and memory as written; device reservations are counted as GPUs instead. */
    private static Map<String, String> resources(MapNode resources, String key) {
        Map<String, String> out = new TreeMap<>();
        MapNode section = resources == null ? null : resources.map(key).orElse(null);
        if (section != null) {
            section.entries().forEach((name, value) -> {
                if (value instanceof ScalarNode scalar && scalar.value() != null) {
                    out.put(name, scalar.text());
                }
            });
        }
        return out;
    }

    /** GPUs reserved: {@code count} (all = at least one), else the device ids listed, for devices with the gpu capability or an nvidia driver. */
    private static long devices(MapNode resources) {
        ListNode devices = resources == null ? null : resources.list("reservations", "devices").orElse(null);
        long total = 0;
        if (devices == null) {
            return 0;
        }
        for (Node item : devices.items()) {
            if (!(item instanceof MapNode device)) {
                continue;
            }
            boolean gpu = device.text("driver").map(d -> d.toLowerCase(Locale.ROOT).contains("nvidia")).orElse(false)
                    || device.list("capabilities").map(c -> c.items().stream()
                    .anyMatch(n -> n instanceof ScalarNode s && "gpu".equals(s.text()))).orElse(false);
            if (!gpu) {
                continue;
            }
            Long count = device.text("count").map(ComposeServices::number).orElse(null);
            long ids = device.list("device_ids").map(l -> (long) l.items().size()).orElse(0L);
            total += count != null ? count : Math.max(1, ids);
        }
        return total;
    }

    /** The newer {@code gpus: all} / {@code gpus: [{count: 2}]} short form. */
    private static long gpus(Node gpus) {
        if (gpus instanceof ScalarNode scalar && scalar.value() != null) {
            Long count = number(scalar.text());
            return count != null ? count : 1;
        }
        return gpus instanceof ListNode list ? Math.max(1, list.items().size()) : 0;
    }

    /** A whole number, or null; "all" and other words are not one. */
    private static Long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code environment:} as a mapping or a list of KEY=value; literals kept only when they do not look secret. */
    private static List<EnvVar> env(Node environment) {
        List<EnvVar> out = new ArrayList<>();
        if (environment instanceof MapNode map) {
            map.entries().forEach((name, value) -> out.add(variable(name,
                    value instanceof ScalarNode s && s.value() != null ? s.text() : null)));
        } else if (environment instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode s && s.value() != null) {
                    String entry = s.text();
                    int equals = entry.indexOf('=');
                    out.add(variable(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? null : entry.substring(equals + 1)));
                }
            }
        }
        return out;
    }

    private static EnvVar variable(String name, String value) {
        if (value == null) {
            // passed through from the shell that runs compose: no value in the file
            return new EnvVar(name, null, null, null, null);
        }
        String kept = Secrets.keepOrNull(name, value);
        return kept != null ? new EnvVar(name, kept, null, null, null) : new EnvVar(name, null, true, null, null);
    }

    private static List<String> envFiles(Node envFile) {
        List<String> out = new ArrayList<>();
        if (envFile instanceof ScalarNode scalar && scalar.value() != null) {
            out.add("envFile:" + scalar.text());
        } else if (envFile instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode s && s.value() != null) {
                    out.add("envFile:" + s.text());
                } else if (item instanceof MapNode map) {
                    map.text("path").ifPresent(p -> out.add("envFile:" + p));
                }
            }
        }
        return out;
    }

    /** command / entrypoint: a list as written, or a string split as Compose splits it (quotes, no shell). */
    static List<String> words(Node node) {
        if (node instanceof ListNode list) {
            List<String> out = new ArrayList<>();
            for (Node item : list.items()) {
                if (item instanceof ScalarNode s && s.value() != null) {
                    out.add(s.text());
                }
            }
            return out;
        }
        if (node instanceof ScalarNode scalar && scalar.value() != null) {
            return split(scalar.text());
        }
        return null;
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(word.toString());
        }
        return out;
    }

    private static Map<String, String> stringMap(Node node) {
        Map<String, String> out = new TreeMap<>();
        if (node instanceof MapNode map) {
            map.entries().forEach((key, value) -> out.put(key,
                    value instanceof ScalarNode s && s.value() != null ? s.text() : ""));
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode s && s.value() != null) {
                    String entry = s.text();
                    int equals = entry.indexOf('=');
                    out.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? "" : entry.substring(equals + 1));
                }
            }
        }
        return out;
    }
}
