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

/**
 * Weaviate class schemas stored as JSON (formats.md §2.2): one class object, or a schema dump
 * {@code {"classes": [...]}}. Rare as files (most live in code, see {@link PythonStores}).
 */
public final class WeaviateSchemaParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.json"));

    public WeaviateSchemaParser() {
        super("weaviate", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "\"class\"")
                || !(Needles.contains(file, "\"vectorizer\"") || Needles.contains(file, "\"vectorIndexConfig\"")
                || Needles.contains(file, "\"moduleConfig\""))) {
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
        RagRecord.emitAll(file.subjectId(), sink, records);
        return true;
    }
}
