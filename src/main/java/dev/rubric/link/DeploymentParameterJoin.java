package dev.rubric.link;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelDeployment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A deployment whose fields come from template parameters takes them from the ARM parameters
 * file of its template ({@code main.parameters.json} beside {@code main.bicep} or
 * {@code main.json}, the convention of azd and the ARM tools), and is then judged
 * ({@link DeploymentVerdict}). A parameter bound to an environment variable without a default is
 * decided at deploy time, unless the template falls back to its own value for an empty parameter;
 * a variable bound to the deployment name is one the application can read the name from. The
 * model each deployment deploys is then judged with it ({@link DeclaredModels}).
 */
public final class DeploymentParameterJoin implements LinkStep {
    @Override
    public String name() {
        return "deployment-parameters";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        if (evidence.modelDeployments().isEmpty()) {
            return evidence;
        }
        ParameterFiles parameterFiles = ParameterFiles.of(evidence);
        List<ModelDeployment> joined = new ArrayList<>();
        Map<String, Location> modelPlaces = new HashMap<>();
        for (ModelDeployment deployment : evidence.modelDeployments()) {
            ModelDeployment bound = bind(deployment, parameterFiles, modelPlaces);
            DeploymentVerdict verdict = DeploymentVerdict.of(bound);
            joined.add(bound.withVerdict(verdict.pinning(), verdict.reason()));
        }
        return evidence.withModelDeployments(List.copyOf(joined))
                .withModels(DeclaredModels.judged(evidence.models(), joined, modelPlaces));
    }

    /**
     * @param modelPlaces receives, by deployment id, where the parameters file writes the model's
     *                    name when it supplies it
     */
    private static ModelDeployment bind(ModelDeployment deployment, ParameterFiles parameterFiles,
                                        Map<String, Location> modelPlaces) {
        if (deployment.parameters() == null || deployment.location().path() == null) {
            return deployment;
        }
        String parametersPath = ParameterFiles.path(deployment.location().path());
        Map<?, ?> parameters = parameterFiles.of(deployment.location().source(), deployment.location().path());
        if (parameters == null) {
            return deployment;
        }
        Map<String, String> values = new HashMap<>();
        values.put("deployment", deployment.deployment());
        values.put("model", deployment.model());
        values.put("version", deployment.version());
        values.put("versionUpgradeOption", deployment.versionUpgradeOption());
        values.put("sku", deployment.sku());
        values.put("capacity", deployment.capacity());
        TreeSet<String> envVars = new TreeSet<>(deployment.envVars() == null ? List.of() : deployment.envVars());
        Map<String, String> unresolved = new TreeMap<>(deployment.unresolved() == null ? Map.of() : deployment.unresolved());
        List<String> fallbacks = deployment.fallbacks() == null ? List.of() : deployment.fallbacks();
        for (Map.Entry<String, String> field : deployment.parameters().entrySet()) {
            if (!(parameters.get(field.getValue()) instanceof Map<?, ?> binding)) {
                continue;
            }
            String env = binding.get("env") instanceof String s ? s : null;
            String value = binding.get("value") instanceof String s ? s : null;
            boolean fallback = fallbacks.contains(field.getKey());
            if (env != null && field.getKey().equals("deployment")) {
                envVars.add(env);
            }
            if (value != null && !(fallback && value.isEmpty())) {
                values.put(field.getKey(), value);
                unresolved.remove(field.getKey());
                if (field.getKey().equals("model") && binding.get("line") instanceof String line) {
                    modelPlaces.put(deployment.id(), Location.file(deployment.location().source(), parametersPath,
                            Integer.parseInt(line)));
                }
            } else if (value == null && !fallback) {
                values.put(field.getKey(), null);
                unresolved.put(field.getKey(), env != null ? "${" + env + "}" : field.getValue());
            }
        }
        return deployment.withValues(values.get("deployment"), values.get("model"), values.get("version"),
                values.get("versionUpgradeOption"), values.get("sku"), values.get("capacity"),
                envVars.isEmpty() ? null : List.copyOf(envVars), unresolved.isEmpty() ? null : unresolved);
    }
}
