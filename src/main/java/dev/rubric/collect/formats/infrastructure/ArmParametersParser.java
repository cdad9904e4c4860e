package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * ARM parameters files ({@code main.parameters.json} beside {@code main.bicep}): which value, or
 * which environment variable (azd's {@code ${VAR=default}}), each template parameter gets. A
 * parameters file names no template, so it is recorded as a fact of the file
 * ({@code parameters: {name: {value, env}}}) and the link stage joins it to the template of the
 * same base name in the same folder.
 */
public final class ArmParametersParser extends FormatParser {
    public ArmParametersParser() {
        super("infrastructure", Signature.of(Signature.weak("*.parameters.json", "*.parameters.*.json")));
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("\"parameters\"")) {
            return false;
        }
        Optional<MapNode> root = file.yamlRoot();
        if (root.isEmpty()) {
            return false;
        }
        String schema = root.get().text("$schema").orElse("");
        Optional<MapNode> parameters = root.get().map("parameters");
        if (parameters.isEmpty() || !(schema.contains("deploymentParameters") || allHaveValues(parameters.get()))) {
            return false;
        }
        Map<String, Map<String, String>> bound = new TreeMap<>();
        for (Map.Entry<String, Node> entry : parameters.get().entries().entrySet()) {
            if (entry.getValue() instanceof MapNode parameter && parameter.get("value") instanceof ScalarNode scalar
                    && scalar.value() != null) {
                AzdValues value = AzdValues.of(scalar.text());
                Map<String, String> binding = new TreeMap<>();
                if (value.variable() != null) {
                    binding.put("env", value.variable());
                }
                if (value.value() != null) {
                    binding.put("value", value.value());
                }
                // where a value this file supplies is written: a model named here is reported here
                binding.put("line", String.valueOf(scalar.mark().line()));
                bound.put(entry.getKey(), binding);
            }
        }
        sink.fact("parameters", bound);
        sink.classify("infra", "arm-parameters", "parsed");
        return true;
    }

    /** Without the schema, a parameters file is an object of {@code {value}} or {@code {reference}} objects. */
    private static boolean allHaveValues(MapNode parameters) {
        if (parameters.entries().isEmpty()) {
            return false;
        }
        for (Node node : parameters.entries().values()) {
            if (!(node instanceof MapNode parameter) || (parameter.get("value") == null && parameter.get("reference") == null)) {
                return false;
            }
        }
        return true;
    }
}
