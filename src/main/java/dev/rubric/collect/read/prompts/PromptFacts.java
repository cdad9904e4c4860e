package dev.rubric.collect.read.prompts;

import dev.rubric.collect.read.refs.ModelPinning;
import java.util.List;
import java.util.Map;

/**
 * What one prompt file says about itself, in format-neutral terms, before it becomes evidence.
 * {@code modelProvider} is the provider the file states outright; when null, the provider
 * prefix of {@code model} is used. {@code modelLine} is the line of the value that names the
 * model (0 when unknown), where its ModelRef points.
 */
public record PromptFacts(String name, String version, String variant, String description, String model,
                   ModelPinning.Origin modelOrigin, String modelProvider, Map<String, Object> parameters,
                   List<String> declaredVariables, String templateFormat, String body, int modelLine) {

    /** Facts whose model has no line of its own: its ModelRef sits where the prompt does. */
    public PromptFacts(String name, String version, String variant, String description, String model,
                       ModelPinning.Origin modelOrigin, String modelProvider, Map<String, Object> parameters,
                       List<String> declaredVariables, String templateFormat, String body) {
        this(name, version, variant, description, model, modelOrigin, modelProvider, parameters, declaredVariables,
                templateFormat, body, 0);
    }
}
