package dev.rubric.collect.tree;

import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.YamlException;
import java.util.List;
import java.util.Optional;

/**
 * The first YAML document of a file when it is a mapping: the shape every single-document config
 * format here (LiteLLM, Helm values, collector and logging configs) starts from. A file that does
 * not parse is simply not one of them; the walker reports malformed YAML once for the file.
 */
public final class YamlRoot {
    private YamlRoot() {
    }

    public static Optional<MapNode> of(ParsedFile file) {
        List<Node> documents;
        try {
            documents = file.yamlDocuments();
        } catch (YamlException e) {
            return Optional.empty();
        }
        return !documents.isEmpty() && documents.get(0) instanceof MapNode root ? Optional.of(root) : Optional.empty();
    }

}
