package dev.rubric.collect.formats.observability;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logging configurations: Logback, Log4j 2 and Python {@code logging.config.dictConfig} files. A
 * structured-logging signal is reported when a JSON layout or formatter is configured, since
 * only machine-readable logs can be joined to traces; {@code trace-ids} when the layout carries
 * trace context.
 */
public final class LoggingConfigParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            Signature.strong("logback*.xml"),
            // log4j2 reads .xml, .json, .yaml and .properties; a class of that name is code
            Signature.none("log4j2*.java"), Signature.strong("log4j2*"),
            // Python's dictConfig files have no fixed name: only these spellings are worth a look
            Signature.weak("{logging,log_config,log-config}*.{yaml,yml,json}"));
    private static final Pattern JAVA_JSON_LAYOUT = Pattern.compile(
            "(LogstashEncoder|LogstashLayout|LoggingEventCompositeJsonEncoder|JsonEncoder|JsonLayout|JsonTemplateLayout|EcsEncoder|EcsLayout)");
    private static final Pattern PYTHON_JSON_FORMATTER = Pattern.compile(
            "(?i)(jsonlogger|JsonFormatter|json_log_formatter|ecs_logging|structlog)[\\w.]*");
    private static final Pattern TRACE_CONTEXT = Pattern.compile("(?i)(trace_?id|span_?id|otelTraceID|%X\\{trace)");

    public LoggingConfigParser() {
        super("logging-config", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        String text = file.text();
        if (name.startsWith("logback")) {
            return java(file, sink, "logback", text.contains("<configuration"));
        }
        if (name.startsWith("log4j2")) {
            return java(file, sink, "log4j2", text.contains("<Configuration") || text.contains("Configuration:")
                    || text.contains("\"Configuration\"") || text.contains("appender."));
        }
        return python(file, sink);
    }

    private static boolean java(ParsedFile file, FileSink sink, String format, boolean confirmed) {
        if (!confirmed) {
            return false;
        }
        sink.classify("observability-config", format, "parsed");
        Matcher layout = JAVA_JSON_LAYOUT.matcher(file.text());
        if (layout.find()) {
            emit(file, sink, format, layout.group(1), file.lineOf(layout.start()), file.text());
        }
        return true;
    }

    /** dictConfig: {@code version: 1} and {@code handlers}. */
    private static boolean python(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("version") || !text.contains("handlers")) {
            return false;
        }
        MapNode root = file.yamlRoot().orElse(null);
        if (root == null || !(root.get("version") instanceof ScalarNode version) || !Long.valueOf(1).equals(version.value())
                || !(root.get("handlers") instanceof MapNode)) {
            return false;
        }
        sink.classify("observability-config", "python-logging", "parsed");
        root.map("formatters").ifPresent(formatters -> {
            for (Map.Entry<String, Node> entry : formatters.entries().entrySet()) {
                if (entry.getValue() instanceof MapNode formatter) {
                    String factory = formatter.text("()").or(() -> formatter.text("class")).orElse("");
                    Matcher json = PYTHON_JSON_FORMATTER.matcher(factory);
                    if (json.find()) {
                        emit(file, sink, "python-logging", factory, formatter.mark().line(),
                                String.valueOf(formatter.toJava()));
                        return;
                    }
                }
            }
        });
        return true;
    }

    private static void emit(ParsedFile file, FileSink sink, String format, String layout, int line, String scope) {
        List<String> records = new ArrayList<>(List.of("logs"));
        if (TRACE_CONTEXT.matcher(scope).find()) {
            records.add("trace-ids");
        }
        Map<String, String> settings = new TreeMap<>();
        settings.put("format", format);
        settings.put("layout", layout);
        sink.observability(new ObservabilitySignal(file.subjectId(), sink.location(line), "structured-logging",
                "logging-config", records, List.of(), null, settings));
    }
}
