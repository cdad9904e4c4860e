package dev.rubric.collect.read.refs;

import java.util.regex.Pattern;

/**
 * Environment variable names that hold a model: {@code MODEL}, {@code *_MODEL},
 * {@code MODEL_NAME}, {@code *_MODEL_ID}, and Azure {@code *_DEPLOYMENT(_NAME)}, whose value is a
 * deployment label rather than a model. Names such as {@code MODEL_PROVIDER} or
 * {@code EMBEDDING_MODEL_DIMENSIONS} say something about a model but do not name one.
 */
public final class ModelVariables {
    private static final Pattern MODEL = Pattern.compile("(?:[A-Z0-9_]*_)?MODEL(?:_NAME|_ID)?");
    private static final Pattern DEPLOYMENT = Pattern.compile("(?:[A-Z0-9_]*_)?DEPLOYMENT(?:_NAME|_ID)?");

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
}
