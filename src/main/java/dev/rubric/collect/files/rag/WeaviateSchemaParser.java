package dev.rubric.collect.files.rag;

import dev.rubric.collect.files.ArtifactParser;
import dev.rubric.collect.files.FileSink;
import dev.rubric.collect.files.FileTypes;
import dev.rubric.collect.files.Hint;
import dev.rubric.collect.files.NameFilter;
import dev.rubric.collect.files.ParsedFile;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Weaviate class schemas stored as JSON (formats.md §2.2): one class object, or a schema dump
 * {@code {"classes": [...]}}. Rare as files (most live in code, see {@link PythonStores}).
 */
public final class WeaviateSchemaParser implements ArtifactParser {
    @Override
    public String family() {
        return "weaviate";
    }

    @Override
    public Hint hint(String relativePath, String fileName) {
        return FileTypes.isJson(fileName) ? Hint.WEAK : Hint.NONE;
    }

    @Override
    public NameFilter names() {
        return NameFilter.ofExtensions("json");
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("\"class\"") || !(text.contains("\"vectorizer\"") || text.contains("\"vectorIndexConfig\"")
                || text.contains("\"moduleConfig\""))) {
            return false;
        }
        List<RagRecord> records = new ArrayList<>();
        for (MapNode document : file.yamlMappings()) {
            if (WeaviateClass.looksLike(document)) {
                records.add(WeaviateClass.fromNode(document, "weaviate-schema", document.keyMark("class").line()));
            }
            Node classes = document.get("classes");
            if (classes instanceof ListNode list) {
                for (Node item : list.items()) {
                    if (item instanceof MapNode cls && WeaviateClass.looksLike(cls)) {
                        records.add(WeaviateClass.fromNode(cls, "weaviate-schema", cls.keyMark("class").line()));
                    }
                }
            }
        }
        if (records.isEmpty()) {
            return false;
        }
        sink.classify("rag-config", "weaviate-schema", "parsed");
        RagRecord.emitAll(file, sink, records);
        return true;
    }
}
