package dev.rubric.collect.formats.serving;

import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ProviderPrefix;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;

/**
 * The model references of a LiteLLM proxy config (formats.md §4.5): each {@code model_list} entry
 * maps a public alias to {@code litellm_params.model}, and {@code model_info.base_model} names
 * the model behind an Azure deployment. The serving side of the file (aliases, routing) belongs
 * to the serving parsers; this one only records which models the proxy can reach.
 */
final class LiteLlmModels {
    boolean read(ParsedFile file, FileSink sink) {
        if (!file.text().contains("model_list") || !file.text().contains("litellm_params")) {
            return false;
        }
        MapNode config = file.yamlRoot().orElse(null);
        if (config == null || !(config.get("model_list") instanceof ListNode models)) {
            return false;
        }
        sink.classify("serving-config", "litellm", "parsed");
        for (int i = 0; i < models.items().size(); i++) {
            if (models.items().get(i) instanceof MapNode entry) {
                String prefix = "model_list[" + i + "].";
                record(file, sink, entry, prefix, "litellm_params", "model", false);
                record(file, sink, entry, prefix, "model_info", "base_model", true);
            }
        }
        return true;
    }

    /**
     * @param baseModel true for {@code model_info.base_model}, which names the model behind a
     *                  deployment: its {@code azure/} prefix says who serves it, not that it is a
     *                  deployment label, so the name is classified as a model
     */
    private static void record(ParsedFile file, FileSink sink, MapNode entry, String prefix, String section, String key,
                               boolean baseModel) {
        Node node = entry.at(section, key).orElse(null);
        if (node instanceof ScalarNode scalar && scalar.value() instanceof String value && !value.isBlank()) {
            ProviderPrefix split = ProviderPrefix.split(value.strip());
            ModelRefs.Reference reference = baseModel && split.provider() != null
                    ? new ModelRefs.Reference(split.name(), null, ModelPinning.Origin.MODEL, split.provider())
                    : ModelRefs.Reference.of(value);
            ModelRefs.record(sink, file.subjectId(), prefix + section + "." + key, section + "." + key, reference,
                    sink.location(scalar.mark().line()));
        }
    }
}
