package dev.rubric.collect.formats.supplychain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Packages whose upgrade can change what an AI system answers: LLM SDKs, agent and RAG
 * frameworks, model runtimes, vector store clients, evaluation and LLM tracing libraries. Naming
 * them on each manifest lets a rubric ask whether exactly these are locked.
 */
final class AiPackages {
    private static final Set<String> PYTHON = Set.of(
            "openai", "anthropic", "transformers", "vllm", "peft", "trl", "accelerate", "bitsandbytes",
            "sentence-transformers", "tiktoken", "huggingface-hub", "datasets", "litellm", "langfuse",
            "arize-phoenix", "langsmith", "mlflow", "ragas", "deepeval", "qdrant-client", "weaviate-client",
            "pymilvus", "chromadb", "pinecone", "pinecone-client", "pgvector", "haystack-ai", "farm-haystack",
            "semantic-kernel", "google-generativeai", "google-genai", "cohere", "mistralai", "ollama", "instructor",
            "guidance", "crewai", "text-generation", "tokenizers", "torch", "axolotl", "llamafactory", "torchtune",
            "unsloth", "dspy", "dspy-ai", "pydantic-ai", "openai-agents", "mcp", "boto3-bedrock", "vertexai");
    private static final List<String> PYTHON_PREFIXES = List.of(
            "langchain", "langgraph", "llama-index", "llama-cpp", "openinference-", "opentelemetry-instrumentation-openai",
            "opentelemetry-instrumentation-anthropic", "opentelemetry-instrumentation-langchain", "autogen",
            "pyautogen", "azure-ai-");
    private static final Set<String> NODE = Set.of(
            "openai", "@anthropic-ai/sdk", "langchain", "llamaindex", "ai", "@google/generative-ai", "@google/genai",
            "@pinecone-database/pinecone", "@qdrant/js-client-rest", "chromadb", "weaviate-client", "weaviate-ts-client",
            "@zilliz/milvus2-sdk-node", "langfuse", "langfuse-node", "@mistralai/mistralai", "cohere-ai", "ollama",
            "@huggingface/inference", "@huggingface/transformers", "@xenova/transformers", "@modelcontextprotocol/sdk",
            "@openai/agents", "promptfoo", "@azure/openai", "@aws-sdk/client-bedrock-runtime");
    private static final List<String> NODE_PREFIXES = List.of("@langchain/", "@ai-sdk/", "@llamaindex/", "@arizeai/", "@traceloop/");
    private static final Set<String> JVM_GROUPS = Set.of(
            "org.springframework.ai", "dev.langchain4j", "com.openai", "com.anthropic", "com.theokanning.openai-gpt3-java",
            "io.github.ollama4j", "io.qdrant", "io.weaviate", "io.milvus", "io.pinecone", "com.microsoft.semantic-kernel",
            "ai.djl", "ai.djl.huggingface", "com.google.genai");
    private static final Set<String> JVM_ARTIFACTS = Set.of("azure-ai-openai", "google-cloud-vertexai", "bedrockruntime");
    private static final List<String> GO_PREFIXES = List.of(
            "github.com/sashabaranov/go-openai", "github.com/openai/openai-go", "github.com/anthropics/anthropic-sdk-go",
            "github.com/tmc/langchaingo", "github.com/ollama/ollama", "github.com/qdrant/go-client",
            "github.com/weaviate/weaviate-go-client", "github.com/milvus-io/milvus-sdk-go", "github.com/pinecone-io/go-pinecone",
            "google.golang.org/genai", "github.com/google/generative-ai-go", "github.com/mark3labs/mcp-go");

    private AiPackages() {
    }

    /** PEP 503 normalisation: case and runs of '-', '_', '.' do not distinguish Python projects. */
    static String normalisePython(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }

    static boolean python(String normalised) {
        return PYTHON.contains(normalised) || PYTHON_PREFIXES.stream().anyMatch(normalised::startsWith);
    }

    static boolean node(String name) {
        return NODE.contains(name) || NODE_PREFIXES.stream().anyMatch(name::startsWith);
    }

    static boolean jvm(String group, String artifact) {
        return JVM_GROUPS.contains(group) || JVM_ARTIFACTS.contains(artifact)
                || (group.startsWith("org.springframework.ai") || group.startsWith("dev.langchain4j"));
    }

    static boolean go(String module) {
        return GO_PREFIXES.stream().anyMatch(p -> module.equals(p) || module.startsWith(p + "/"));
    }
}
