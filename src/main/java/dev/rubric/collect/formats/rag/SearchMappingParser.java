package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Elasticsearch and OpenSearch index mappings and templates in JSON (formats.md §2.7): every
 * {@code dense_vector} or {@code knn_vector} field, wherever it is nested (mappings.properties,
 * templates, {@code GET _mapping} output keyed by index name, dynamic templates). A mapping
 * without a vector field is not a RAG config.
 */
public final class SearchMappingParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.json"));
    private static final Set<String> STRUCTURAL = Set.of("mappings", "settings", "template", "properties",
            "aliases", "index_patterns", "dynamic_templates", "mapping");

    public SearchMappingParser() {
        super("search-mapping", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, SearchMapping.DENSE) && !Needles.contains(file, SearchMapping.KNN)) {
            return false;
        }
        List<RagRecord> records = new ArrayList<>();
        for (MapNode document : file.yamlMappings()) {
            String index = null;
            if (document.keys().size() == 1 && !STRUCTURAL.contains(document.keys().get(0))
                    && document.map(document.keys().get(0), "mappings").isPresent()) {
                index = document.keys().get(0);
            }
            int before = records.size();
            walk(document, null, records);
            boolean knnIndex = document.text("settings", "index", "knn").orElse(document.text("settings", "index.knn").orElse(""))
                    .equals("true");
            for (RagRecord record : records.subList(before, records.size())) {
                record.collection = index;
                record.setting("knnIndex", knnIndex ? Boolean.TRUE : null);
            }
        }
        if (records.isEmpty()) {
            return false;
        }
        boolean openSearch = records.stream().allMatch(r -> r.store.equals("opensearch"));
        sink.classify("rag-config", openSearch ? "opensearch-mapping" : "elasticsearch-mapping", "parsed");
        RagRecord.emitAll(file.subjectId(), sink, records);
        return true;
    }

    private static void walk(Node node, String key, List<RagRecord> out) {
        if (node instanceof MapNode map) {
            String type = map.text("type").orElse(null);
            if (SearchMapping.DENSE.equals(type) || SearchMapping.KNN.equals(type)) {
                RagRecord record = SearchMapping.fromNode(map, type.equals(SearchMapping.KNN) ? "opensearch-mapping"
                        : "elasticsearch-mapping", map.mark().line());
                record.setting("field", key);
                out.add(record);
                return;
            }
            for (String child : map.keys()) {
                walk(map.get(child), child.equals("mapping") ? key : child, out);
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                walk(item, key, out);
            }
        }
    }
}
