package dev.rubric.collect.read.prompts;

import dev.rubric.collect.read.refs.ModelPinning;
import java.util.List;
import java.util.Map;

/**
 * What one prompt file says about itself, in format-neutral terms, before it becomes evidence.
 * {@code modelProvider} is the provider the file states outright; when null, the provider
 * prefix of {@code model} is used.
 */
public record PromptFacts(String name, String version, String variant, String description, String model,
                   ModelPinning.Origin modelOrigin, String modelProvider, Map<String, Object> parameters,
                   List<String> declaredVariables, String templateFormat, String body) {
}
