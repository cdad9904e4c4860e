package dev.rubric.collect.read.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.read.refs.ModelPinning.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelPinningTest {
    private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

    @ParameterizedTest(name = "{0} @ {1} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reference                                   | revision | origin     | pinning     | provider  | name
            gpt-4o-mini                                   | -        | MODEL      | floating    | -         | gpt-4o-mini
            gpt-4o-mini-2024-07-18                        | -        | MODEL      | pinned      | -         | gpt-4o-mini-2024-07-18
            gpt-3.5-turbo-1106                            | -        | MODEL      | pinned      | -         | gpt-3.5-turbo-1106
            gpt-4-1106-preview                            | -        | MODEL      | pinned      | -         | gpt-4-1106-preview
            gpt-4o-realtime-preview                       | -        | MODEL      | floating    | -         | gpt-4o-realtime-preview
            claude-3-5-sonnet-20241022                    | -        | MODEL      | pinned      | -         | claude-3-5-sonnet-20241022
            claude-3-5-sonnet-latest                      | -        | MODEL      | floating    | -         | claude-3-5-sonnet-latest
            claude-3-5-sonnet-v2@20241022                 | -        | MODEL      | pinned      | -         | claude-3-5-sonnet-v2@20241022
            gpt-latest                                    | -        | MODEL      | floating    | -         | gpt-latest
            latest                                        | -        | MODEL      | floating    | -         | latest
            seed-model-260128                             | -        | MODEL      | pinned      | -         | seed-model-260128
            mistral-large-2407                            | -        | MODEL      | pinned      | -         | mistral-large-2407
            veo-3.1-generate-001                          | -        | MODEL      | pinned      | -         | veo-3.1-generate-001
            text-embedding-ada-002                        | -        | MODEL      | pinned      | -         | text-embedding-ada-002
            text-embedding-3-large                        | -        | MODEL      | pinned      | -         | text-embedding-3-large
            openai/text-embedding-3-small                 | -        | MODEL      | pinned      | openai    | text-embedding-3-small
            tts-1-hd                                      | -        | MODEL      | pinned      | -         | tts-1-hd
            whisper-1                                     | -        | MODEL      | pinned      | -         | whisper-1
            text-embedding-3-large-finetuned              | -        | MODEL      | floating    | -         | text-embedding-3-large-finetuned
            jina-embeddings-v4                            | -        | MODEL      | pinned      | -         | jina-embeddings-v4
            rerank-multilingual-v3.0                      | -        | MODEL      | pinned      | -         | rerank-multilingual-v3.0
            text_embedding_v2                             | -        | MODEL      | pinned      | -         | text_embedding_v2
            pplx-embed-v1-0.6b                            | -        | MODEL      | pinned      | -         | pplx-embed-v1-0.6b
            jina-embeddings-v5-preview                    | -        | MODEL      | floating    | -         | jina-embeddings-v5-preview
            deepseek-v3                                   | -        | MODEL      | floating    | -         | deepseek-v3
            BAAI/bge-small-en-v1.5                        | -        | MODEL      | floating    | -         | BAAI/bge-small-en-v1.5
            text-embedding-ada-002                        | -        | AZURE_MODEL | floating   | -         | text-embedding-ada-002
            text-embedding-3-large                        | -        | AZURE_MODEL | floating   | -         | text-embedding-3-large
            text-embedding-ada-002                        | 2        | AZURE_MODEL | pinned     | -         | text-embedding-ada-002
            ${AZURE_OPENAI_EMBED_MODEL}                   | -        | AZURE_MODEL | opaque     | -         | ${AZURE_OPENAI_EMBED_MODEL}
            amazon.titan-embed-text-v2:0                  | -        | MODEL      | pinned      | bedrock   | amazon.titan-embed-text-v2:0
            anthropic.claude-3-5-sonnet-20241022-v2:0     | -        | MODEL      | pinned      | bedrock   | anthropic.claude-3-5-sonnet-20241022-v2:0
            us.anthropic.claude-3-5-sonnet-20240620-v1:0  | -        | MODEL      | pinned      | bedrock   | us.anthropic.claude-3-5-sonnet-20240620-v1:0
            global.anthropic.claude-sonnet-4-20250514-v1:0 | -       | MODEL      | pinned      | bedrock   | global.anthropic.claude-sonnet-4-20250514-v1:0
            cohere.embed-english-v3                       | -        | MODEL      | pinned      | bedrock   | cohere.embed-english-v3
            bedrock/meta.llama3-8b-instruct-v1:0          | -        | MODEL      | pinned      | bedrock   | meta.llama3-8b-instruct-v1:0
            arn:aws:bedrock:us-east-1:123456789012:provisioned-model/a1b2c3 | - | MODEL | opaque  | bedrock   | arn:aws:bedrock:us-east-1:123456789012:provisioned-model/a1b2c3
            arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0 | - | MODEL | pinned | bedrock | arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0
            us.anthropic.claude-sonnet-4-6                | -        | MODEL      | floating    | bedrock   | us.anthropic.claude-sonnet-4-6
            anthropic.claude-instant                      | -        | MODEL      | floating    | -         | anthropic.claude-instant
            deepseek-r1-0528                              | -        | MODEL      | pinned      | -         | deepseek-r1-0528
            accounts/fireworks/models/deepseek-v4-flash-0731 | -     | MODEL      | pinned      | fireworks | accounts/fireworks/models/deepseek-v4-flash-0731
            kimi-k2-0905-preview                          | -        | MODEL      | pinned      | -         | kimi-k2-0905-preview
            qwen3-235b-a22b-instruct-2507                 | -        | MODEL      | pinned      | -         | qwen3-235b-a22b-instruct-2507
            groq:openai/gpt-oss-20b                       | -        | MODEL      | floating    | groq      | openai/gpt-oss-20b
            acme.support-bot:2                            | -        | MODEL      | floating    | -         | acme.support-bot:2
            llama3-8b-8192                                | -        | MODEL      | floating    | -         | llama3-8b-8192
            groq/llama3-70b-8192                          | -        | MODEL      | floating    | groq      | llama3-70b-8192
            mixtral-8x7b-32768                            | -        | MODEL      | floating    | -         | mixtral-8x7b-32768
            gpt-4-0613                                    | -        | MODEL      | pinned      | -         | gpt-4-0613
            llama-3-70b-0613                              | -        | MODEL      | floating    | -         | llama-3-70b-0613
            mistral-small-2409                            | -        | MODEL      | pinned      | -         | mistral-small-2409
            open-mistral-nemo-2407                        | -        | MODEL      | pinned      | -         | open-mistral-nemo-2407
            phi-3-mini-2407                               | -        | MODEL      | floating    | -         | phi-3-mini-2407
            gemini-2.5-flash-preview-05-20                | -        | MODEL      | pinned      | -         | gemini-2.5-flash-preview-05-20
            textembedding-gecko@003                       | -        | MODEL      | pinned      | -         | textembedding-gecko@003
            gemini-1.0-pro@001                            | -        | MODEL      | pinned      | -         | gemini-1.0-pro@001
            publishers/google/models/gemini-1.5-pro-002   | -        | MODEL      | pinned      | vertexai  | publishers/google/models/gemini-1.5-pro-002
            projects/p1/locations/us-central1/publishers/google/models/gemini-2.0-flash | - | MODEL | floating | vertexai | projects/p1/locations/us-central1/publishers/google/models/gemini-2.0-flash
            projects/p1/locations/us-central1/endpoints/4567 | -     | MODEL      | opaque      | vertexai  | projects/p1/locations/us-central1/endpoints/4567
            accounts/fireworks/models/llama-v3p1-70b-instruct | -    | MODEL      | floating    | fireworks | accounts/fireworks/models/llama-v3p1-70b-instruct
            fireworks_ai/accounts/fireworks/models/qwen2p5-72b-instruct | - | MODEL | floating  | fireworks_ai | accounts/fireworks/models/qwen2p5-72b-instruct
            accounts/acme/models/support-ft               | -        | MODEL      | floating    | fireworks | accounts/acme/models/support-ft
            anthropic:claude-3-5-sonnet-20241022          | -        | MODEL      | pinned      | anthropic | claude-3-5-sonnet-20241022
            google_genai:gemini-2.0-flash-001             | -        | MODEL      | pinned      | google_genai | gemini-2.0-flash-001
            azure_openai:gpt-4o                           | -        | MODEL      | opaque      | azure_openai | gpt-4o
            bedrock_converse:anthropic.claude-3-haiku-20240307-v1:0 | - | MODEL  | pinned      | bedrock_converse | anthropic.claude-3-haiku-20240307-v1:0
            llama3:8b                                     | -        | MODEL      | floating    | -         | llama3:8b
            hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M | -    | MODEL      | floating    | ollama    | hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M
            ./models/llama                                | -        | MODEL      | untraceable | -         | ./models/llama
            models/my-finetune                            | -        | MODEL      | untraceable | -         | models/my-finetune
            models/gemini-2.5-flash                       | -        | MODEL      | floating    | gemini    | models/gemini-2.5-flash
            models/text-embedding-004                     | -        | MODEL      | pinned      | gemini    | models/text-embedding-004
            models/gemini-finetune-v2                     | -        | MODEL      | floating    | gemini    | models/gemini-finetune-v2
            models/llama-3-8b                             | -        | MODEL      | untraceable | -         | models/llama-3-8b
            weights/qwen-7b-sft                           | -        | MODEL      | untraceable | -         | weights/qwen-7b-sft
            my-models/my-finetune                         | -        | MODEL      | floating    | -         | my-models/my-finetune
            googleai/gemini-2.5-flash                     | -        | MODEL      | floating    | googleai  | gemini-2.5-flash
            vertexai/gemini-1.5-pro-002                   | -        | MODEL      | pinned      | vertexai  | gemini-1.5-pro-002
            openai:gpt-4o                                 | -        | MODEL      | floating    | openai    | gpt-4o
            openai:chat:gpt-4o-2024-08-06                 | -        | MODEL      | pinned      | openai    | gpt-4o-2024-08-06
            ollama:chat:llama3                            | -        | MODEL      | floating    | ollama    | llama3
            ft:gpt-4o-mini-2024-07-18:acme::abc123        | -        | MODEL      | pinned      | -         | ft:gpt-4o-mini-2024-07-18:acme::abc123
            qwen3:1.7b                                    | -        | MODEL      | floating    | -         | qwen3:1.7b
            bge-m3:latest                                 | -        | MODEL      | floating    | -         | bge-m3:latest
            ollama/mistral                                | -        | MODEL      | floating    | ollama    | mistral
            meta-llama/Llama-3.2-1B-Instruct              | -        | MODEL      | floating    | -         | meta-llama/Llama-3.2-1B-Instruct
            meta-llama/Llama-3.2-1B-Instruct              | main     | MODEL      | floating    | -         | meta-llama/Llama-3.2-1B-Instruct
            meta-llama/Llama-3.2-1B-Instruct              | v1.0     | MODEL      | floating    | -         | meta-llama/Llama-3.2-1B-Instruct
            meta-llama/Llama-3.2-1B-Instruct              | 0123456789abcdef0123456789abcdef01234567 | MODEL | pinned | - | meta-llama/Llama-3.2-1B-Instruct
            NousResearch/Llama-2-7b-hf                    | 6299b5a  | MODEL      | pinned      | -         | NousResearch/Llama-2-7b-hf
            hf://org/model:0123456789abcdef0123456789abcdef01234567 | - | MODEL | pinned      | -         | org/model:0123456789abcdef0123456789abcdef01234567
            hf://org/model                                | -        | MODEL      | floating    | -         | org/model
            org/model@0123456789abcdef0123456789abcdef01234567 | -   | MODEL      | pinned      | -         | org/model@0123456789abcdef0123456789abcdef01234567
            huggingface/meta-llama/Llama-3.1-8B           | -        | MODEL      | floating    | huggingface | meta-llama/Llama-3.1-8B
            chatgpt                                       | -        | DEPLOYMENT | opaque      | -         | chatgpt
            gpt-4o-2024-08-06                             | -        | DEPLOYMENT | opaque      | -         | gpt-4o-2024-08-06
            azure/chatgpt-v-2                             | -        | MODEL      | opaque      | azure     | chatgpt-v-2
            s3://models/llama/v3                          | -        | MODEL      | opaque      | -         | s3://models/llama/v3
            gs://bucket/model                             | -        | MODEL      | opaque      | -         | gs://bucket/model
            pvc://models-pvc/qwen                         | -        | MODEL      | opaque      | -         | pvc://models-pvc/qwen
            abfs://container@account.dfs.core.windows.net/m | -      | MODEL      | opaque      | -         | abfs://container@account.dfs.core.windows.net/m
            az://container/m                              | -        | MODEL      | opaque      | -         | az://container/m
            ${env:AZURE_OPENAI_DEPLOYMENT}                | -        | DEPLOYMENT | opaque      | -         | ${env:AZURE_OPENAI_DEPLOYMENT}
            ${MODEL_NAME}                                 | -        | MODEL      | opaque      | -         | ${MODEL_NAME}
            os.environ/LLM_MODEL                          | -        | MODEL      | opaque      | -         | os.environ/LLM_MODEL
            $(SERVED_MODEL)                               | -        | MODEL      | opaque      | -         | $(SERVED_MODEL)
            /home/u/.cache/huggingface/Qwen3-14B          | -        | MODEL      | untraceable | -         | /home/u/.cache/huggingface/Qwen3-14B
            ./models/tiny.gguf                            | -        | MODEL      | untraceable | -         | ./models/tiny.gguf
            ../weights                                    | -        | MODEL      | untraceable | -         | ../weights
            ~/models/llama                                | -        | MODEL      | untraceable | -         | ~/models/llama
            C:\\models\\phi3                              | -        | MODEL      | untraceable | -         | C:\\models\\phi3
            tinyllama-q4.gguf                             | -        | MODEL      | untraceable | -         | tinyllama-q4.gguf
            saves/llama3-8b/lora/sft                      | -        | MODEL      | untraceable | -         | saves/llama3-8b/lora/sft
            """)
    void classifies(String reference, String revision, Origin origin, String pinning, String provider, String name) {
        ModelPinning.Verdict verdict = ModelPinning.classify(reference, revision, origin);
        assertThat(verdict.pinning()).as("pinning of %s (%s)", reference, verdict.reason()).isEqualTo(pinning);
        assertThat(verdict.provider()).as("provider of %s", reference).isEqualTo(provider);
        assertThat(verdict.name()).as("name of %s", reference).isEqualTo(name);
        assertThat(verdict.reason()).isNotBlank();
    }

    @Test
    void contextLengthIsNamedInTheReason() {
        assertThat(ModelPinning.classify("llama3-8b-8192", null, Origin.MODEL).reason()).contains("8192 is a context length");
    }

    @Test
    void langChainAndBedrockColonsAreNotOllamaTags() {
        assertThat(ModelPinning.classify("anthropic:claude-3-5-sonnet-20241022", null, Origin.MODEL).reason())
                .doesNotContain("Ollama");
        assertThat(ModelPinning.classify("openai:gpt-4o", null, Origin.MODEL).reason()).doesNotContain("Ollama");
        assertThat(ModelPinning.classify("us.anthropic.claude-3-5-sonnet-20240620-v1:0", null, Origin.MODEL).reason())
                .contains("Bedrock").contains("us cross-region inference profile");
        assertThat(ModelPinning.classify("llama3:8b", null, Origin.MODEL).reason()).contains("Ollama tag '8b'");
    }

    @Test
    void aHubLoaderReadsAnOrganisationWhereLiteLlmReadsAProvider() {
        ModelPinning.Verdict hub = ModelPinning.classify("cerebras/btlm-3b-8k-base", null, Origin.HUB);
        assertThat(hub.provider()).isNull();
        assertThat(hub.name()).isEqualTo("cerebras/btlm-3b-8k-base");
        assertThat(hub.reason()).contains("hub id");
        assertThat(ModelPinning.classify("cerebras/llama3.1-8b", null, Origin.MODEL).provider())
                .as("LiteLLM's cerebras provider where no loader says hub").isEqualTo("cerebras");
        assertThat(ModelPinning.classify("cerebras/btlm-3b-8k-base", "0e9e39f249a16976918f6564b8830bc894c89659", Origin.HUB).pinning())
                .isEqualTo("pinned");
        assertThat(ModelPinning.classify("./checkpoints/btlm", null, Origin.HUB).pinning()).isEqualTo("untraceable");
        assertThat(ModelPinning.classify("${BASE_MODEL}", null, Origin.HUB).pinning()).isEqualTo("opaque");
    }

    @Test
    void environmentReasonsNameTheVariable() {
        assertThat(ModelPinning.classify("${env:AZURE_OPENAI_DEPLOYMENT}", null, Origin.DEPLOYMENT).reason())
                .contains("AZURE_OPENAI_DEPLOYMENT");
        assertThat(ModelPinning.classify("${ENV:CHAT_MODEL}", null, Origin.MODEL).reason()).contains("CHAT_MODEL");
        assertThat(ModelPinning.classify("os.environ/LLM_MODEL", null, Origin.MODEL).reason()).contains("LLM_MODEL");
        assertThat(ModelPinning.classify("$(SERVED_MODEL)", null, Origin.MODEL).reason()).contains("SERVED_MODEL");
    }

    @Test
    void fileInterpolationIsNotAnEnvironmentVariable() {
        assertThat(ModelPinning.environmentVariable("${file:sample.json}")).isNull();
    }

    @Test
    void shortShaIsMarkedWeak() {
        assertThat(ModelPinning.classify("org/m", "6299b5a", Origin.MODEL).reason()).contains("short commit SHA");
        assertThat(ModelPinning.classify("org/m", SHA, Origin.MODEL).reason()).contains("full commit SHA");
    }

    @Test
    void blankReferenceIsUntraceable() {
        assertThat(ModelPinning.classify("  ", null, Origin.MODEL).pinning()).isEqualTo("untraceable");
    }
}
