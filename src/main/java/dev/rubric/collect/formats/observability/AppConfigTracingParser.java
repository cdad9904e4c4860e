package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An application's own YAML configuration with an OpenTelemetry section at its top level
 * ({@code otel:} or {@code opentelemetry:} holding where to send traces and whether to), as
 * services ship it in {@code service_conf.yaml} or its {@code *.yaml.template} that the container
 * fills from the environment. Placeholders stay as written. An {@code enable}/{@code enabled}
 * flag decides {@link ObservabilitySignal#enabled()}: a section switched off sends nothing. A
 * section is one only when it says where or whether to send: a bare {@code otel: "1.2"} (a
 * version pin) or an {@code otel} key deeper in the file (a chart's router settings, a Compose
 * service) is not this format.
 */
public final class AppConfigTracingParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml}", "*.{yaml,yml}.{template,tmpl}"));
    private static final List<String> SECTIONS = List.of("otel", "opentelemetry");
    private static final Set<String> DESTINATIONS = Set.of("endpoint", "host", "url", "exporter", "collector");
    private static final Set<String> SWITCHES = Set.of("enable", "enabled");

    public AppConfigTracingParser() {
        super("app-config-tracing", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "otel:") && !Needles.contains(file, "opentelemetry:")) {
            return false;
        }
        MapNode root = file.yamlRoot().orElse(null);
        if (root == null) {
            return false;
        }
        boolean found = false;
        for (String name : SECTIONS) {
            if (root.get(name) instanceof MapNode section && isTracingSection(section)) {
                sink.observability(signal(file, sink, name, section));
                found = true;
            }
        }
        if (found) {
            sink.classify("app-config", "app-config-tracing", "parsed");
        }
        return found;
    }

    private static boolean isTracingSection(MapNode section) {
        for (String key : section.entries().keySet()) {
            if (DESTINATIONS.contains(key) || SWITCHES.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static ObservabilitySignal signal(ParsedFile file, FileSink sink, String name, MapNode section) {
        Map<String, String> settings = new TreeMap<>();
        Boolean enabled = null;
        for (Map.Entry<String, Node> entry : section.entries().entrySet()) {
            if (entry.getValue() instanceof ScalarNode scalar && scalar.value() != null) {
                settings.put(entry.getKey(), scalar.text());
                if (SWITCHES.contains(entry.getKey()) && scalar.value() instanceof Boolean on) {
                    enabled = on;
                }
            }
        }
        String endpoint = settings.get("endpoint") != null ? settings.get("endpoint")
                : settings.get("host") == null ? settings.get("url")
                : settings.get("host") + (settings.get("port") == null ? "" : ":" + settings.get("port"));
        List<String> exporters = endpoint == null || Boolean.FALSE.equals(enabled) ? List.of() : List.of(endpoint);
        return new ObservabilitySignal(file.subjectId() + "#" + name, sink.location(section.mark().line()), "otel",
                "app-config", Boolean.FALSE.equals(enabled) ? List.of() : List.of("traces"), exporters, null, settings,
                enabled);
    }
}
