package dev.rubric.collect.formats.observability;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which dependency names are tracing SDKs or GenAI instrumentations (criteria logs.instrumented,
 * logs.genai_attributes). Names are compared lower case with '_' read as '-', as pip does.
 */
final class TracingPackages {
    /** What a package brings: the tool kind and what it records. */
    record Known(String kind, List<String> records) {
    }

    private static final List<String> TRACES = List.of("traces");
    private static final List<String> GENAI = List.of("genai-attributes", "traces");
    /** Targets of opentelemetry-instrumentation-* that are LLM, agent or vector-store libraries. */
    private static final Set<String> GENAI_TARGETS = Set.of(
            "openai", "openai-v2", "anthropic", "bedrock", "vertexai", "vertexai-v2", "google-genai",
            "google-generativeai", "langchain", "llamaindex", "cohere", "mistralai", "groq", "ollama", "together",
            "transformers", "chromadb", "pinecone", "qdrant", "weaviate", "milvus", "haystack", "crewai",
            "openai-agents", "replicate", "watsonx", "sagemaker", "alephalpha", "lancedb", "marqo", "mcp");

    private TracingPackages() {
    }

    /** Python, npm and Go module names. */
    static Known of(String rawName) {
        String name = rawName.toLowerCase(Locale.ROOT).replace('_', '-');
        if (name.equals("langfuse") || name.startsWith("langfuse-") || name.startsWith("@langfuse/")) {
            return new Known("langfuse", TRACES);
        }
        if (name.equals("langsmith")) {
            return new Known("langsmith", TRACES);
        }
        if (name.equals("arize-phoenix") || name.equals("arize-phoenix-otel") || name.equals("@arizeai/phoenix-otel")) {
            return new Known("phoenix", TRACES);
        }
        if (name.startsWith("openinference-instrumentation-") || name.startsWith("@arizeai/openinference-instrumentation-")) {
            return new Known("openinference", GENAI);
        }
        if (name.equals("traceloop-sdk") || name.equals("@traceloop/node-server-sdk")) {
            return new Known("traceloop", GENAI);
        }
        if (name.equals("mlflow") || name.equals("mlflow-skinny") || name.equals("mlflow-tracing")) {
            return new Known("mlflow", name.equals("mlflow-tracing") ? TRACES : List.of());
        }
        for (String prefix : List.of("opentelemetry-instrumentation-", "@opentelemetry/instrumentation-")) {
            if (name.startsWith(prefix)) {
                return new Known("otel", GENAI_TARGETS.contains(name.substring(prefix.length())) ? GENAI : TRACES);
            }
        }
        if (name.equals("opentelemetry-sdk") || name.equals("opentelemetry-distro") || name.startsWith("opentelemetry-exporter-otlp")
                || name.equals("@opentelemetry/sdk-node") || name.startsWith("@opentelemetry/exporter-trace-otlp")
                || name.equals("go.opentelemetry.io/otel/sdk") || name.startsWith("go.opentelemetry.io/otel/exporters/otlp")
                || name.startsWith("go.opentelemetry.io/contrib/instrumentation/")) {
            return new Known("otel", TRACES);
        }
        return null;
    }

    /** Maven coordinates; {@code springAi} tells whether the same build uses Spring AI, whose observations carry gen_ai.* attributes. */
    static Known ofMaven(String group, String artifact, boolean springAi) {
        if (group.equals("io.opentelemetry.instrumentation")) {
            return new Known("otel", artifact.contains("openai") ? GENAI : TRACES);
        }
        if (group.equals("io.opentelemetry") && artifact.startsWith("opentelemetry-exporter-otlp")) {
            return new Known("otel", TRACES);
        }
        if (group.equals("io.micrometer") && artifact.equals("micrometer-tracing-bridge-otel")) {
            return new Known("otel", springAi ? GENAI : TRACES);
        }
        if (group.equals("com.langfuse")) {
            return new Known("langfuse", TRACES);
        }
        if (group.equals("com.arize")) {
            return new Known("openinference", GENAI);
        }
        return null;
    }

    /**
     * The backend a JVM OpenTelemetry exporter artifact sends to ({@code io.opentelemetry:opentelemetry-exporter-zipkin}
     * → zipkin, {@code -otlp} → otlp), or null for any other artifact.
     */
    static String mavenExporter(String group, String artifact) {
        String prefix = "opentelemetry-exporter-";
        if (!group.equals("io.opentelemetry") || !artifact.startsWith(prefix) || artifact.length() == prefix.length()) {
            return null;
        }
        String rest = artifact.substring(prefix.length());
        int dash = rest.indexOf('-');
        return dash < 0 ? rest : rest.substring(0, dash);
    }

    /** Whether an OpenTelemetry instrumentation of this library (npm/pip spelling) records GenAI attributes. */
    static boolean isGenAiTarget(String target) {
        return GENAI_TARGETS.contains(target);
    }

    /** Cheap check before reading a manifest line by line. */
    static boolean mentionsAny(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("langfuse") || lower.contains("langsmith") || lower.contains("phoenix")
                || lower.contains("openinference") || lower.contains("opentelemetry") || lower.contains("traceloop")
                || lower.contains("mlflow") || lower.contains("micrometer-tracing-bridge-otel") || lower.contains("com.arize");
    }
}
