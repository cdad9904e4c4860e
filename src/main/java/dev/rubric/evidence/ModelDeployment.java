package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A model deployment declared in infrastructure code: which model and version a deployment name
 * stands for (Azure OpenAI / AI Foundry), or which versioned model a Bedrock or Vertex AI resource
 * uses. {@code platform}: azure, aws-bedrock, vertex-ai. {@code carrier}: bicep, arm-template,
 * azd-ai-yaml, terraform, cloudformation. {@code envVars} are the environment variables that carry
 * the deployment name to the application (Bicep outputs, which azd turns into variables, app
 * settings, parameters bound to variables). {@code parameters} maps a field to the template
 * parameter it is taken from, so a parameters file can supply it; {@code fallbacks} lists the
 * fields whose value is the template's fallback for an empty parameter; {@code unresolved} maps a
 * field to the expression that decides it at deploy time. {@code pinning} and {@code reason}
 * are the verdict on the deployment as recorded, given by the link stage.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelDeployment(String id, Location location, String platform, String carrier, String deployment,
                              String model, String modelFormat, String version, String versionUpgradeOption,
                              String inferenceProfile, String sku, String capacity, List<String> envVars,
                              Map<String, String> parameters, List<String> fallbacks,
                              Map<String, String> unresolved, String pinning, String reason) {
    public static final String AZURE = "azure";
    public static final String BEDROCK = "aws-bedrock";
    public static final String VERTEX = "vertex-ai";

    public ModelDeployment withValues(String newDeployment, String newModel, String newVersion,
                                      String newUpgradeOption, String newSku, String newCapacity,
                                      List<String> newEnvVars, Map<String, String> newUnresolved) {
        return new ModelDeployment(id, location, platform, carrier, newDeployment, newModel, modelFormat, newVersion,
                newUpgradeOption, inferenceProfile, newSku, newCapacity, newEnvVars, parameters, fallbacks,
                newUnresolved, pinning, reason);
    }

    public ModelDeployment withVerdict(String newPinning, String newReason) {
        return new ModelDeployment(id, location, platform, carrier, deployment, model, modelFormat, version,
                versionUpgradeOption, inferenceProfile, sku, capacity, envVars, parameters, fallbacks, unresolved,
                newPinning, newReason);
    }
}
