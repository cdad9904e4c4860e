package dev.rubric.collect.read.refs;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a model setting of an Azure OpenAI resource from any other model setting. On Azure the
 * model that answers is the deployment's, at a version recorded apart from the model's name, so
 * a name there is judged as Azure reads it ({@link ModelPinning.Origin#AZURE_MODEL}), not as
 * the same name on the vendor's own API would be.
 */
public final class AzureModelSettings {
    /** The OpenAI SDK's Azure clients, whose {@code model=} names a deployment rather than a model. */
    private static final Set<String> CLIENTS = Set.of("AzureOpenAI", "AsyncAzureOpenAI");

    private AzureModelSettings() {
    }

    /** True for the constructor of an Azure OpenAI client of the OpenAI SDK ({@code AzureOpenAI(...)}). */
    public static boolean isClient(String constructor) {
        return CLIENTS.contains(constructor);
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
