package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One logging or tracing signal. {@code kind}: otel, langfuse, phoenix, langsmith, mlflow,
 * openinference, traceloop, application-insights, structured-logging, log-retention. {@code carrier}: collector-config,
 * env, dependency, code, logging-config, app-config. {@code records} says what it captures (traces, metrics,
 * logs, genai-attributes, prompt-content, prompt-version, service-version, environment);
 * {@code exporters} where it sends them; {@code retentionDays} how long logs are kept, when stated;
 * {@code enabled} false when a setting switches the tool off (it then records nothing and a
 * criterion must treat it as absent), true when one switches it on, null when none says.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservabilitySignal(String id, Location location, String kind, String carrier, List<String> records,
                                  List<String> exporters, Long retentionDays, Map<String, String> settings,
                                  Boolean enabled) {
    public ObservabilitySignal(String id, Location location, String kind, String carrier, List<String> records,
                               List<String> exporters, Long retentionDays, Map<String, String> settings) {
        this(id, location, kind, carrier, records, exporters, retentionDays, settings, null);
    }
}
