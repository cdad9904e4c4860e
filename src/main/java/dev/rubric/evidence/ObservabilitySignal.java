package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One logging or tracing signal. {@code kind}: otel, langfuse, phoenix, langsmith, mlflow,
 * openinference, traceloop, structured-logging, log-retention. {@code carrier}: collector-config,
 * env, dependency, code, logging-config. {@code records} says what it captures (traces, metrics,
 * logs, genai-attributes, prompt-content, prompt-version, service-version, environment);
 * {@code exporters} where it sends them; {@code retentionDays} how long logs are kept, when stated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservabilitySignal(String id, Location location, String kind, String carrier, List<String> records,
                                  List<String> exporters, Long retentionDays, Map<String, String> settings) {
}
