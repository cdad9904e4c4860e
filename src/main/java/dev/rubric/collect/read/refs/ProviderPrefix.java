package dev.rubric.collect.read.refs;

import java.util.Locale;
import java.util.Set;

/**
 * A model reference split into the serving provider and the model name. Only known provider
 * names count as a prefix: {@code meta-llama/Llama-3.2-1B} is a hub id whose first part is an
 * organisation, and {@code qwen3:1.7b} is an Ollama name with a tag, not a provider.
 */
public record ProviderPrefix(String provider, String name) {
    /** Prefixes written {@code provider/model} (Genkit, LiteLLM). */
    private static final Set<String> SLASH_PROVIDERS = Set.of(
            "googleai", "vertexai", "vertex_ai", "openai", "anthropic", "azure", "azure_ai", "azureopenai",
            "bedrock", "sagemaker", "ollama", "ollama_chat", "huggingface", "groq", "mistral", "cohere",
            "together_ai", "openrouter", "gemini", "deepseek", "xai", "fireworks_ai", "replicate", "perplexity",
            "watsonx", "hosted_vllm", "vllm", "databricks", "nvidia_nim", "deepinfra", "text-completion-openai");

    /** Prefixes written {@code provider:model} (promptfoo). */
    private static final Set<String> COLON_PROVIDERS = Set.of(
            "openai", "anthropic", "azure", "azureopenai", "bedrock", "vertex", "google", "gemini", "ollama",
            "huggingface", "replicate", "mistral", "groq", "cohere", "togetherai", "openrouter", "vllm",
            "localai", "llama", "deepseek", "xai", "perplexity", "fireworks", "watsonx", "litellm");

    /** promptfoo's API-kind segment between provider and model: {@code openai:chat:gpt-4o}. */
    private static final Set<String> API_KINDS = Set.of(
            "chat", "completion", "completions", "messages", "embedding", "embeddings", "text-generation",
            "responses", "assistant", "image", "generate");

    public static ProviderPrefix split(String reference) {
        int slash = reference.indexOf('/');
        if (slash > 0 && !reference.startsWith("/", slash + 1)) {
            String head = reference.substring(0, slash).toLowerCase(Locale.ROOT);
            if (SLASH_PROVIDERS.contains(head) && slash + 1 < reference.length()) {
                return new ProviderPrefix(head, reference.substring(slash + 1));
            }
        }
        int colon = reference.indexOf(':');
        if (colon > 0 && (slash < 0 || colon < slash) && !reference.startsWith("//", colon + 1)) {
            String head = reference.substring(0, colon).toLowerCase(Locale.ROOT);
            if (COLON_PROVIDERS.contains(head) && colon + 1 < reference.length()) {
                return new ProviderPrefix(head, withoutApiKind(reference.substring(colon + 1)));
            }
        }
        return new ProviderPrefix(null, reference);
    }

    private static String withoutApiKind(String rest) {
        int colon = rest.indexOf(':');
        while (colon > 0 && colon + 1 < rest.length()
                && API_KINDS.contains(rest.substring(0, colon).toLowerCase(Locale.ROOT))) {
            rest = rest.substring(colon + 1);
            colon = rest.indexOf(':');
        }
        return rest;
    }
}
