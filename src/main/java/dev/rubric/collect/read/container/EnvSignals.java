package dev.rubric.collect.read.container;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ObservabilitySignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracing and logging signals given as environment variables (formats.md §5): OpenTelemetry
 * SDK settings, Langfuse, Phoenix, LangSmith, MLflow and Traceloop clients. One signal per tool
 * and carrier (a container, an env file). Secret values never leave this class: the settings
 * keep only that they were set.
 */
public final class EnvSignals {
    /**
     * One variable. {@code value} is the literal, or null when it is not known here (taken from
     * a Secret or ConfigMap reference, or redacted upstream); {@code from} then says why.
     */
    public record Entry(String name, String value, String from, int line) {
    }

    private static final Set<String> CAPTURE_ON = Set.of("true", "span_only", "event_only", "span_and_event");
    private static final Set<String> LANGSMITH_NAMES = Set.of(
            "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING", "LANGCHAIN_ENDPOINT", "LANGCHAIN_PROJECT", "LANGCHAIN_API_KEY");
    /** Application switches named after a tool: ENABLE_OTEL, USE_LANGFUSE, PHOENIX_TRACING_ENABLED. */
    private static final Pattern SWITCH = Pattern.compile(
            "(?:ENABLE|USE)_(OTEL|OPENTELEMETRY|LANGFUSE|PHOENIX|LANGSMITH|MLFLOW|TRACELOOP)(?:_TRACING)?"
                    + "|(OTEL|OPENTELEMETRY|LANGFUSE|PHOENIX|LANGSMITH|MLFLOW|TRACELOOP)(?:_TRACING)?_ENABLED");
    private static final Set<String> ON = Set.of("true", "1", "yes", "on");
    private static final Set<String> OFF = Set.of("false", "0", "no", "off");
    private static final Set<String> OTLP_ENDPOINTS = Set.of("OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
            "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT");

    private EnvSignals() {
    }

    /** The tool a variable configures, or null. */
    static String kind(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        Matcher toggle = SWITCH.matcher(upper);
        if (toggle.matches()) {
            String tool = toggle.group(1) != null ? toggle.group(1) : toggle.group(2);
            return tool.equals("OPENTELEMETRY") ? "otel" : tool.toLowerCase(Locale.ROOT);
        }
        if (upper.startsWith("OTEL_")) {
            return "otel";
        }
        if (upper.startsWith("LANGFUSE_")) {
            return "langfuse";
        }
        if (upper.startsWith("PHOENIX_")) {
            return "phoenix";
        }
        if (upper.startsWith("LANGSMITH_") || LANGSMITH_NAMES.contains(upper)) {
            return "langsmith";
        }
        if (upper.startsWith("MLFLOW_")) {
            return "mlflow";
        }
        if (upper.startsWith("TRACELOOP_")) {
            return "traceloop";
        }
        return null;
    }

    /** Cheap check before splitting a file into variables. */
    public static boolean mentionsAny(String text) {
        return text.contains("OTEL_") || text.contains("LANGFUSE_") || text.contains("PHOENIX_")
                || text.contains("LANGSMITH_") || text.contains("LANGCHAIN_") || text.contains("MLFLOW_")
                || text.contains("TRACELOOP_") || text.contains("ENABLE") || text.contains("USE_");
    }

    /**
     * Emits the signals of {@code env}.
     *
     * @param ownerId  the subject the variables belong to; signal ids are {@code ownerId#kind}
     * @param locator  the location of a line of the carrier
     */
    public static void emit(String ownerId, IntFunction<Location> locator, List<Entry> env, String carrier, SubjectSink sink) {
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        for (Entry entry : env) {
            String kind = kind(entry.name());
            if (kind != null) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
            }
        }
        new TreeMap<>(byKind).forEach((kind, entries) -> sink.observability(signal(ownerId + "#" + kind,
                locator.apply(entries.get(0).line()), kind, carrier, entries)));
    }

    private static ObservabilitySignal signal(String id, Location location, String kind, String carrier, List<Entry> entries) {
        Set<String> records = new TreeSet<>();
        List<String> exporters = new ArrayList<>();
        Map<String, String> settings = new TreeMap<>();
        Long retention = null;
        if (!kind.equals("otel") && !kind.equals("mlflow")) {
            // these clients exist to send traces; LangSmith only when tracing is switched on (below)
            records.add("traces");
        }
        boolean langsmithOn = false;
        Boolean enabled = null;
        boolean blankEndpoint = false;
        boolean namedExporter = false;
        for (Entry entry : entries) {
            String name = entry.name().toUpperCase(Locale.ROOT);
            String value = kept(entry);
            settings.put(entry.name(), value);
            if (entry.value() == null || Secrets.MARKER.equals(value)) {
                continue;
            }
            String literal = entry.value().strip();
            String lower = literal.toLowerCase(Locale.ROOT);
            Boolean switched = switched(name, lower);
            if (switched != null) {
                enabled = enabled == null ? switched : enabled && switched;
            }
            if (OTLP_ENDPOINTS.contains(name) && literal.isEmpty()) {
                blankEndpoint = true;
                continue; // an empty endpoint sends nowhere
            }
            if (name.startsWith("OTEL_") && name.endsWith("_EXPORTER") && !lower.isEmpty() && !lower.equals("none")) {
                namedExporter = true;
            }
            if (name.contains("RETENTION")) {
                retention = Durations.days(literal, "d");
            }
            switch (name) {
                case "OTEL_TRACES_EXPORTER", "OTEL_METRICS_EXPORTER", "OTEL_LOGS_EXPORTER" -> {
                    if (!lower.equals("none")) {
                        records.add(name.substring("OTEL_".length(), name.indexOf("_EXPORTER")).toLowerCase(Locale.ROOT));
                    }
                }
                case "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT" -> {
                    records.add(name.substring("OTEL_EXPORTER_OTLP_".length(), name.indexOf("_ENDPOINT")).toLowerCase(Locale.ROOT));
                    exporters.add(value);
                }
                case "OTEL_EXPORTER_OTLP_ENDPOINT", "LANGFUSE_HOST", "LANGFUSE_BASE_URL", "PHOENIX_COLLECTOR_ENDPOINT",
                        "LANGSMITH_ENDPOINT", "LANGCHAIN_ENDPOINT", "MLFLOW_TRACKING_URI", "TRACELOOP_BASE_URL" -> exporters.add(value);
                case "OTEL_RESOURCE_ATTRIBUTES" -> resourceAttributes(literal, records);
                case "OTEL_SERVICE_VERSION", "LANGFUSE_RELEASE" -> records.add("service-version");
                case "LANGFUSE_TRACING_ENVIRONMENT" -> records.add("environment");
                case "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT" -> {
                    if (CAPTURE_ON.contains(lower)) {
                        records.add("prompt-content");
                    }
                }
                case "OTEL_SEMCONV_STABILITY_OPT_IN" -> {
                    if (lower.contains("gen_ai")) {
                        records.add("genai-attributes");
                    }
                }
                case "LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING" -> langsmithOn = ON.contains(lower);
                default -> {
                }
            }
        }
        if (kind.equals("langsmith") && !langsmithOn) {
            records.remove("traces");
        }
        if (kind.equals("otel") && enabled == null && blankEndpoint && exporters.isEmpty() && !namedExporter) {
            // OTEL_EXPORTER_OTLP_ENDPOINT= and nothing else: the SDK has nowhere to send
            enabled = false;
        }
        if (Boolean.FALSE.equals(enabled)) {
            records.clear();
        }
        return new ObservabilitySignal(id, location, kind, carrier, List.copyOf(records), exporters, retention, settings,
                enabled);
    }

    /** What a switch variable says: on, off, or null when the variable is no switch or its value is not literal. */
    private static Boolean switched(String name, String lower) {
        boolean isSwitch = SWITCH.matcher(name).matches() || name.equals("OTEL_SDK_DISABLED")
                || name.equals("LANGSMITH_TRACING") || name.equals("LANGCHAIN_TRACING_V2") || name.equals("LANGCHAIN_TRACING");
        if (!isSwitch || !(ON.contains(lower) || OFF.contains(lower))) {
            return null;
        }
        return name.equals("OTEL_SDK_DISABLED") != ON.contains(lower);
    }

    /** {@code service.version=1.4.2,deployment.environment.name=prod} */
    private static void resourceAttributes(String attributes, Set<String> records) {
        for (String pair : attributes.split(",")) {
            int equals = pair.indexOf('=');
            String key = (equals < 0 ? pair : pair.substring(0, equals)).strip();
            if (key.equals("service.version")) {
                records.add("service-version");
            } else if (key.equals("deployment.environment") || key.equals("deployment.environment.name")) {
                records.add("environment");
            }
        }
    }

    /** What the settings may show of a variable. */
    private static String kept(Entry entry) {
        if (entry.value() == null) {
            return entry.from() == null ? Secrets.MARKER : entry.from();
        }
        String upper = entry.name().toUpperCase(Locale.ROOT);
        if (upper.endsWith("_KEY") || upper.endsWith("_HEADERS") || upper.contains("PASSWORD")) {
            // public keys and OTLP headers carry credentials in practice (Authorization=Basic ...)
            return Secrets.MARKER;
        }
        String kept = Secrets.keepOrNull(entry.name(), entry.value());
        return kept == null ? Secrets.MARKER : Secrets.scrubText(kept);
    }
}
