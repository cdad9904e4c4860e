package dev.rubric.collect.formats.observability;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * OpenTelemetry Collector configs (formats.md §5.1), as files or as ConfigMap strings
 * ({@code collector.yaml}, {@code relay}). Signature: {@code receivers}, {@code exporters} and
 * {@code service.pipelines} together; Alertmanager and others also have {@code receivers}.
 * The signal says which signal types flow, where they go, and which processors drop or
 * redact attributes; exporter credentials ({@code Authorization} headers) are only noted.
 */
public final class OtelCollectorParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            // bare names: the collector's own images read a config file without an extension
            Signature.weak("*.{yaml,yml}", "relay", "collector", "otel-collector", "config"));

    public OtelCollectorParser() {
        super("otel-collector", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "receivers") || !Needles.contains(file, "exporters")
                || !Needles.contains(file, "pipelines")) {
            return false;
        }
        MapNode root = file.yamlRoot().orElse(null);
        if (root == null || !(root.get("receivers") instanceof MapNode) || !(root.get("exporters") instanceof MapNode exporters)
                || root.map("service", "pipelines").isEmpty()) {
            return false;
        }
        sink.classify("observability-config", "otel-collector", "parsed");
        try {
            read(file, sink, root, exporters, root.map("service", "pipelines").get());
        } catch (RuntimeException e) {
            sink.error(root.mark().line(), 0, "OpenTelemetry collector config: cannot read it: " + e);
        }
        return true;
    }

    private static void read(ParsedFile file, FileSink sink, MapNode root, MapNode exporters, MapNode pipelines) {
        Set<String> records = new TreeSet<>();
        Set<String> usedExporters = new LinkedHashSet<>();
        Set<String> usedProcessors = new LinkedHashSet<>();
        for (Map.Entry<String, Node> pipeline : pipelines.entries().entrySet()) {
            records.add(type(pipeline.getKey()));
            if (pipeline.getValue() instanceof MapNode spec) {
                usedExporters.addAll(names(spec.get("exporters")));
                usedProcessors.addAll(names(spec.get("processors")));
            }
        }
        Map<String, String> settings = new TreeMap<>();
        List<String> sinks = new ArrayList<>();
        for (String name : usedExporters) {
            MapNode exporter = exporters.get(name) instanceof MapNode map ? map : null;
            String endpoint = exporter == null ? null
                    : exporter.text("endpoint").or(() -> exporter.text("traces_endpoint")).orElse(null);
            sinks.add(endpoint == null ? name : name + "=" + Secrets.scrubText(endpoint));
            if (exporter != null) {
                exporter.map("headers").ifPresent(headers -> headers.entries().forEach((header, value) -> {
                    String text = value instanceof ScalarNode scalar ? scalar.text() : "";
                    if (Secrets.isSecretName(header) || Secrets.looksLikeCredential(text)) {
                        settings.put("exporters." + name + ".headers." + header, Secrets.MARKER);
                    }
                }));
            }
        }
        if (!usedProcessors.isEmpty()) {
            settings.put("processors", String.join(",", usedProcessors));
        }
        MapNode processors = root.get("processors") instanceof MapNode map ? map : null;
        Set<String> redacted = new TreeSet<>();
        for (String name : usedProcessors) {
            Node processor = processors == null ? null : processors.get(name);
            switch (type(name)) {
                case "redaction", "filter" -> records.add("redaction");
                case "attributes" -> {
                    if (dropsAttributes(processor, redacted)) {
                        records.add("redaction");
                    }
                }
                case "transform" -> {
                    if (processor != null && processor.toJava().toString().matches("(?s).*(delete_key|delete_matching_keys|replace_pattern|replace_all_patterns|truncate_all).*")) {
                        records.add("redaction");
                    }
                }
                case "k8sattributes" -> records.add("k8s-attributes");
                case "resource" -> resourceRecords(processor, records);
                default -> {
                }
            }
        }
        if (!redacted.isEmpty()) {
            settings.put("redacted-attributes", String.join(",", redacted));
        }
        sink.observability(new ObservabilitySignal(file.subjectId(), sink.location(root.mark().line()), "otel",
                "collector-config", List.copyOf(records), sinks, null, settings));
    }

    /** {@code traces/langfuse} is a traces pipeline. */
    private static String type(String name) {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    private static List<String> names(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode scalar && scalar.value() != null) {
                    out.add(scalar.text());
                }
            }
        }
        return out;
    }

    /** An attributes processor with {@code delete} or {@code hash} actions. */
    private static boolean dropsAttributes(Node processor, Set<String> redacted) {
        boolean drops = false;
        if (processor instanceof MapNode map && map.get("actions") instanceof ListNode actions) {
            for (Node item : actions.items()) {
                if (item instanceof MapNode action) {
                    String verb = action.text("action").orElse("");
                    if (verb.equals("delete") || verb.equals("hash")) {
                        drops = true;
                        action.text("key").or(() -> action.text("pattern")).ifPresent(redacted::add);
                    }
                }
            }
        }
        return drops;
    }

    private static void resourceRecords(Node processor, Set<String> records) {
        if (processor instanceof MapNode map && map.get("attributes") instanceof ListNode attributes) {
            for (Node item : attributes.items()) {
                if (item instanceof MapNode attribute) {
                    String key = attribute.text("key").orElse("");
                    if (key.equals("service.version")) {
                        records.add("service-version");
                    } else if (key.startsWith("deployment.environment")) {
                        records.add("environment");
                    }
                }
            }
        }
    }
}
