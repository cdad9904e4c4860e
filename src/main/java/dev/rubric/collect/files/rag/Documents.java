package dev.rubric.collect.files.rag;

import dev.rubric.collect.files.ParsedFile;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;

/** Shared steps of the YAML/JSON parsers: which names to look at, and the documents, quietly. */
final class Documents {
    private Documents() {
    }



    /**
     * The mapping documents of the file; empty when it does not parse (the walker reports
     * malformed YAML once, whichever parser asked first).
     */
    static List<MapNode> maps(ParsedFile file) {
        List<MapNode> out = new ArrayList<>();
        try {
            for (Node document : file.yamlDocuments()) {
                if (document instanceof MapNode map) {
                    out.add(map);
                }
            }
        } catch (YamlException e) {
            return List.of();
        }
        return out;
    }

    /** A scalar as YAML typed it (Boolean, Long, Double, String), or null. */
    static Object scalar(MapNode node, String... path) {
        return node.at(path).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).value()).orElse(null);
    }

    static Long number(MapNode node, String... path) {
        return node.text(path).map(SearchMapping::number).orElse(null);
    }
}
