package dev.rubric.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What counts as one model when two places name it: the contract every consistency step relies on.
 * The engine's provider prefixes (from the identity table) are exercised by the link cases
 * (lora-base-verified names its base as huggingface/…).
 */
class ModelNamesTest {
    private final ModelNames names = reference -> reference.startsWith("openai/") ? reference.substring(7) : reference;

    @Test
    void provider_prefix_case_hub_host_and_latest_are_no_difference() {
        assertThat(names.compare("openai/GPT-4o-mini", "gpt-4o-mini")).isEqualTo(ModelNames.Agreement.SAME);
        assertThat(names.compare("hf://meta-llama/Llama-3.1-8B-Instruct", "meta-llama/llama-3.1-8b-instruct"))
                .isEqualTo(ModelNames.Agreement.SAME);
        assertThat(names.compare("nomic-embed-text:latest", "nomic-embed-text")).isEqualTo(ModelNames.Agreement.SAME);
    }

    @Test
    void a_dated_snapshot_agrees_with_its_alias() {
        assertThat(names.compare("gpt-4o-2024-08-06", "gpt-4o")).isEqualTo(ModelNames.Agreement.SNAPSHOT_AND_ALIAS);
        assertThat(names.compare("claude-3-5-sonnet", "claude-3-5-sonnet@20241022"))
                .isEqualTo(ModelNames.Agreement.SNAPSHOT_AND_ALIAS);
    }

    @Test
    void a_sibling_model_is_another_model() {
        assertThat(names.compare("gpt-4o", "gpt-4o-mini").agrees()).isFalse();
        assertThat(names.compare("llama3", "llama3-8b").agrees()).isFalse();
        assertThat(names.compare("text-embedding-3-small", "text-embedding-3-large").agrees()).isFalse();
        // a short numeric suffix is a size or generation, not a snapshot date
        assertThat(names.compare("qwen2.5-7b", "qwen2.5-7b-32").agrees()).isFalse();
    }
}
