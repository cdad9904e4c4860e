package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.yaml.MapNode;

/**
 * One vector field of an Elasticsearch ({@code dense_vector}: dims, similarity,
 * index_options.type) or OpenSearch ({@code knn_vector}: dimension, space_type or
 * method.space_type, method.name/engine) mapping (formats.md §2.7). The two spell the dimension
 * differently, which is the usual pitfall.
 */
final class SearchMapping {
    static final String DENSE = "dense_vector";
    static final String KNN = "knn_vector";

    private SearchMapping() {
    }

    static RagRecord fromNode(MapNode field, String format, int line) {
        String type = field.text("type").orElse("");
        RagRecord record = new RagRecord(type.equals(KNN) ? "opensearch" : "elasticsearch", format, RagRecord.COLLECTION, line);
        if (type.equals(KNN)) {
            record.dimension = number(field.text("dimension").orElse(null));
            String space = field.text("method", "space_type").orElse(field.text("space_type").orElse(null));
            record.metric = Metrics.normalise(space);
            record.setting("method", field.text("method", "name").orElse(null));
            record.setting("engine", field.text("method", "engine").orElse(null));
        } else {
            record.dimension = number(field.text("dims").orElse(null));
            record.metric = Metrics.normalise(field.text("similarity").orElse(null));
            record.setting("indexType", field.text("index_options", "type").orElse(null));
        }
        return record;
    }

    static RagRecord fromFieldText(String block, String type, String format, int line) {
        RagRecord record = new RagRecord(type.equals(KNN) ? "opensearch" : "elasticsearch", format, RagRecord.COLLECTION, line);
        if (type.equals(KNN)) {
            record.dimension = DictText.number(block, "dimension");
            record.metric = Metrics.normalise(DictText.string(block, "space_type"));
            String method = DictText.block(block, "method");
            record.setting("method", method == null ? null : DictText.string(method, "name"));
            record.setting("engine", method == null ? null : DictText.string(method, "engine"));
        } else {
            record.dimension = DictText.number(block, "dims");
            record.metric = Metrics.normalise(DictText.string(block, "similarity"));
            String options = DictText.block(block, "index_options");
            record.setting("indexType", options == null ? null : DictText.string(options, "type"));
        }
        return record;
    }

    static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
