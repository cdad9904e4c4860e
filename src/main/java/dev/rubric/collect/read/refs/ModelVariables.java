package dev.rubric.collect.read.refs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Environment variable names that hold a model: {@code MODEL}, {@code *_MODEL},
 * {@code MODEL_NAME}, {@code *_MODEL_ID}, and Azure {@code *_DEPLOYMENT(_NAME)}, whose value is a
 * deployment label rather than a model. Names such as {@code MODEL_PROVIDER} or
 * {@code EMBEDDING_MODEL_DIMENSIONS} say something about a model but do not name one.
 *
 * <p>Variables of one block (a .env file, a container's env) that share a stem describe one
 * model: {@code AZURE_OPENAI_CHAT_DEPLOYMENT=chat}, {@code AZURE_OPENAI_CHAT_MODEL=gpt-4o} and
 * {@code AZURE_OPENAI_CHAT_DEPLOYMENT_VERSION=2024-08-06} are the deployment {@code chat} running
 * gpt-4o version 2024-08-06, not three unrelated references ({@link #references}).
 */
public final class ModelVariables {
    private static final Pattern MODEL = Pattern.compile("(?:([A-Z0-9_]*)_)?MODEL(?:_NAME|_ID)?");
    private static final Pattern DEPLOYMENT = Pattern.compile("(?:([A-Z0-9_]*?)_)?(?:MODEL_)?DEPLOYMENT(?:_NAME|_ID)?");
    private static final Pattern VERSION = Pattern.compile("(?:([A-Z0-9_]*?)_)?(?:MODEL|DEPLOYMENT|MODEL_DEPLOYMENT)_VERSION");

    /** One variable of a block, as written. */
    public record Variable(String name, String value, int line) {
    }

    /** A model reference made from one or more variables; {@code variable} is where it is reported. */
    public record Named(Variable variable, ModelRefs.Reference reference) {
    }

    private ModelVariables() {
    }

    public static boolean namesModel(String name) {
        return name != null && (MODEL.matcher(name).matches() || DEPLOYMENT.matcher(name).matches());
    }

    public static boolean isDeployment(String name) {
        return DEPLOYMENT.matcher(name).matches();
    }

    /** The reference for a variable's value, as a deployment when the name says so. */
    public static ModelRefs.Reference reference(String name, String value) {
        return isDeployment(name) ? ModelRefs.Reference.deployment(value) : ModelRefs.Reference.of(value);
    }

    /**
     * The model references of one block, in the block's order: a deployment variable with a
     * model (and version) variable of the same stem becomes one reference, reported at the
     * deployment; every other model variable stands alone. Blank values name nothing.
     */
    public static List<Named> references(List<Variable> block) {
        Map<String, Variable> deployments = new HashMap<>();
        Map<String, Variable> models = new HashMap<>();
        Map<String, Variable> versions = new HashMap<>();
        for (Variable variable : block) {
            if (variable.value() == null || variable.value().isBlank()) {
                continue;
            }
            String name = variable.name();
            Matcher version = VERSION.matcher(name);
            Matcher deployment = DEPLOYMENT.matcher(name);
            Matcher model = MODEL.matcher(name);
            if (version.matches()) {
                versions.putIfAbsent(stem(version), variable);
            } else if (deployment.matches()) {
                deployments.putIfAbsent(stem(deployment), variable);
            } else if (model.matches()) {
                models.putIfAbsent(stem(model), variable);
            }
        }
        List<Named> out = new ArrayList<>();
        for (Variable variable : block) {
            String name = variable.name();
            if (variable.value() == null || variable.value().isBlank() || !namesModel(name)) {
                continue;
            }
            Matcher deployment = DEPLOYMENT.matcher(name);
            if (deployment.matches()) {
                String stem = stem(deployment);
                Variable model = models.get(stem);
                Variable version = versions.get(stem);
                out.add(new Named(variable, deployments.get(stem) != variable || model == null
                        ? ModelRefs.Reference.deployment(variable.value())
                        : ModelRefs.Reference.deployed(variable.value().strip(), model.value().strip(), value(version))));
                continue;
            }
            Matcher model = MODEL.matcher(name);
            model.matches();
            String stem = stem(model);
            Variable ownDeployment = deployments.get(stem);
            if (ownDeployment != null && models.get(stem) == variable) {
                continue; // reported with its deployment
            }
            Variable version = versions.get(stem);
            out.add(new Named(variable, version == null || models.get(stem) != variable
                    ? ModelRefs.Reference.of(variable.value())
                    : ModelRefs.Reference.deployed(null, variable.value().strip(), value(version))));
        }
        return out;
    }

    private static String value(Variable variable) {
        return variable == null ? null : variable.value().strip();
    }

    /** {@code AZURE_AI_MODEL_DEPLOYMENT_NAME} and {@code AZURE_AI_MODEL_NAME} share the stem {@code AZURE_AI}. */
    private static String stem(Matcher matcher) {
        String stem = matcher.group(1) == null ? "" : matcher.group(1);
        return stem.endsWith("_MODEL") ? stem.substring(0, stem.length() - "_MODEL".length()) : stem.equals("MODEL") ? "" : stem;
    }
}
