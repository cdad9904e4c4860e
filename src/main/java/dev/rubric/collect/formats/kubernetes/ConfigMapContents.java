package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;

/**
 * ConfigMap values are a common carrier for other artifacts: a prompt under {@code prompt.txt},
 * an OpenTelemetry collector config under {@code collector.yaml}. Each string value is handed to
 * the parsers as embedded content named after its key.
 */
final class ConfigMapContents {
    private ConfigMapContents() {
    }

    static void parse(MapNode configMap, FileSink sink) {
        String name = configMap.text("metadata", "name").orElse("unnamed");
        String namespace = configMap.text("metadata", "namespace").orElse(null);
        String owner = "ConfigMap/" + (namespace == null ? "" : namespace + "/") + name;
        configMap.map("data").ifPresent(data -> {
            for (String key : data.keys()) {
                Node value = data.get(key);
                if (value instanceof ScalarNode scalar && scalar.value() instanceof String text && !text.isBlank()) {
                    sink.parseEmbedded(key, owner + "/" + key, text, firstContentLine(scalar), "configmap");
                }
            }
        });
    }

    /** Block scalars ({@code |}, {@code >}) start on the line after their indicator. */
    private static int firstContentLine(ScalarNode scalar) {
        boolean block = scalar.style() == ScalarNode.Style.LITERAL || scalar.style() == ScalarNode.Style.FOLDED;
        return scalar.mark().line() + (block ? 1 : 0);
    }
}
