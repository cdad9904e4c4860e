package dev.rubric.collect.read.refs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped table loads (so a broken one fails the build), and what it says is never a model. */
class ModelIdentityTableTest {
    @Test
    void shippedTableLoads() {
        ModelIdentity table = ModelIdentity.table();
        assertThat(table.colonProviders).contains("openai", "anthropic", "google_genai");
        assertThat(table.versions).extracting(ModelIdentity.Rule::name).contains("context-length", "month-day");
        assertThat(table.neverAModel).containsKeys("placeholders", "fileNames", "typeNames", "uiWords", "testStubs", "providerNames",
                "nonValues");
    }

    @ParameterizedTest(name = "{0} is never a model ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            {model_name}            | placeholders
            {self.prefix}{model_name} | placeholders
            bedrock/{model_name}    | placeholders
            YOUR-MODEL-NAME         | placeholders
            <model>                 | placeholders
            your-deployment-name    | placeholders
            xxx                     | placeholders
            model.safetensors       | fileNames
            pytorch_model.bin       | fileNames
            model-00001-of-00004.safetensors | fileNames
            PreTrainedModel         | typeNames
            BaseChatModel           | typeNames
            str                     | typeNames
            Optional[str]           | typeNames
            Model                   | uiWords
            Modèle                  | uiWords
            模型                     | uiWords
            Modelo                  | uiWords
            Modell                  | uiWords
            stub                    | testStubs
            test-model              | testStubs
            fake-model              | testStubs
            mock                    | testStubs
            dummy                   | testStubs
            AOAI                    | providerNames
            openai                  | providerNames
            Azure_OpenAI            | providerNames
            huggingface             | providerNames
            --                      | nonValues
            auto                    | nonValues
            default                 | nonValues
            none                    | nonValues
            """)
    void neverAModel(String text, String category) {
        assertThat(ModelIdentity.table().neverAModel(text)).isEqualTo(category);
        assertThat(ModelRefs.namesAModel(text)).isFalse();
    }

    /** Look-alikes: real ids that contain those words. */
    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o", "model-x-7b", "test-time-compute-7b", "mock-turtle/llama", "tinyllama-q4.gguf",
        "auto-gpt-4", "stubby-13b", "Modelo-7B-Instruct", "default-chat/model", "meta-llama/Llama-3.2-1B",
        "models/my-finetune", "claude-3-5-sonnet-20241022", "deepseek-v3", "mistral-large-latest", "BAAI/bge-m3", "${CHAT_MODEL}",
        "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0", "mistral", "gemini-2.0-flash", "openai/gpt-4o", "azure/gpt-4o",
        "ollama/llama3", "openai:gpt-4o-mini", "hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M"})
    void realNamesStayModels(String text) {
        assertThat(ModelIdentity.table().neverAModel(text)).as(text).isNull();
        assertThat(ModelRefs.namesAModel(text)).isTrue();
    }

    @Test
    void unknownKeyIsLocated() {
        assertThatThrownBy(() -> ModelIdentity.parse(minimal().replace("atVersions:", "atVersion:"), "t.yaml"))
                .hasMessageStartingWith("t.yaml:").hasMessageContaining("unknown key 'atVersion'");
    }

    @Test
    void patternThatDoesNotCompileIsLocated() {
        assertThatThrownBy(() -> ModelIdentity.parse(minimal().replace("'-(\\d{3})'", "'-(\\d{3}'"), "t.yaml"))
                .hasMessageContaining("t.yaml:").hasMessageContaining("pattern does not compile");
    }

    @Test
    void ruleWithoutReasonOrWithUnknownPinningFails() {
        assertThatThrownBy(() -> ModelIdentity.parse(minimal().replace("    reason: version -{1}\n", ""), "t.yaml"))
                .hasMessageContaining("'reason' is required");
        assertThatThrownBy(() -> ModelIdentity.parse(minimal().replace("pinning: pinned", "pinning: fixed"), "t.yaml"))
                .hasMessageContaining("pinning must be one of");
    }

    @Test
    void minimalTableParses() {
        assertThat(ModelIdentity.parse(minimal(), "t.yaml").versions).hasSize(1);
    }

    private static String minimal() {
        return """
                providers:
                  slash: [openai]
                  colon: [openai]
                  apiKinds: [chat]
                  deploymentLabels: [azure]
                  localRegistries: [ollama]
                paths:
                  - name: fireworks
                    pattern: 'accounts/[a-z]+/models/(?<model>[a-z0-9-]+)'
                    provider: fireworks
                bedrock:
                  pattern: '(?<profile>us\\.)?(?<model>anthropic\\.[a-z0-9-]+)(?<version>:\\d+)'
                  provider: bedrock
                  reason: bedrock {version}
                  profileReason: ' via {profile}'
                versions:
                  - name: three-digit
                    pattern: '-(\\d{3})'
                    pinning: pinned
                    reason: version -{1}
                atVersions:
                  - pattern: '\\d{3}'
                    reason: version @{0}
                local:
                  storageSchemes: [s3]
                  folders: [models]
                  weightFile: '.*\\.gguf'
                neverAModel:
                  nonValues: ['auto']
                """;
    }
}
