package dev.rubric.collect.formats.rag;

import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.ScalarNode;

/** Shared steps of the YAML/JSON parsers: which names to look at, and the documents, quietly. */
final class Documents {
    private Documents() {
    }




    /** A scalar as YAML typed it (Boolean, Long, Double, String), or null. */
    static Object scalar(MapNode node, String... path) {
        return node.at(path).filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).value()).orElse(null);
    }

    static Long number(MapNode node, String... path) {
        return node.text(path).map(SearchMapping::number).orElse(null);
    }
}
