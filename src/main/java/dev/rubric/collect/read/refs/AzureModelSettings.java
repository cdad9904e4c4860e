package dev.rubric.collect.read.refs;

import java.util.Locale;

/**
 * Tells a model setting of an Azure OpenAI resource from any other model setting. On Azure the
 * model that answers is the deployment's, at a version recorded apart from the model's name, so
 * a name there is judged as Azure reads it ({@link ModelPinning.Origin#AZURE_MODEL}), not as
 * the same name on the vendor's own API would be.
 */
public final class AzureModelSettings {
    private AzureModelSettings() {
    }

    /**
     * The origin of a model setting called {@code settingName} whose value is written as
     * {@code writtenValue}: an Azure model when either names Azure OpenAI
     * ({@code azureOpenAiEmbeddingModel}, {@code os.getenv("AZURE_OPENAI_EMBED_MODEL")}).
     */
    public static ModelPinning.Origin originOf(String settingName, String writtenValue) {
        String name = settingName == null ? "" : settingName.toLowerCase(Locale.ROOT).replace("_", "");
        boolean azure = name.startsWith("azureopenai")
                || writtenValue != null && writtenValue.toUpperCase(Locale.ROOT).contains("AZURE_OPENAI_");
        return azure ? ModelPinning.Origin.AZURE_MODEL : ModelPinning.Origin.MODEL;
    }
}
