package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Pinecone index descriptions stored as JSON (formats.md §2.6): {@code name}, {@code dimension},
 * {@code metric}, {@code spec.serverless|pod}, and {@code embed.model} for integrated embedding,
 * the only place a Pinecone index itself names its model.
 */
public final class PineconeIndexParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.json"));

    public PineconeIndexParser() {
        super("pinecone", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "\"metric\"")
                || !(Needles.contains(file, "\"dimension\"") || Needles.contains(file, "\"embed\""))) {
            return false;
        }
        List<RagRecord> records = new ArrayList<>();
        for (MapNode index : file.yamlMappings()) {
            boolean spec = index.map("spec").map(s -> s.get("serverless") != null || s.get("pod") != null).orElse(false);
            if (!index.text("metric").isPresent() || !(spec || index.map("embed").isPresent())) {
                continue;
            }
            RagRecord record = new RagRecord("pinecone", "pinecone-index", RagRecord.COLLECTION, index.mark().line());
            record.collection = index.text("name").orElse(null);
            record.dimension = Documents.number(index, "dimension");
            record.metric = Metrics.normalise(index.text("metric").orElse(null));
            index.map("spec", "serverless").ifPresent(s -> {
                record.setting("spec", "serverless");
                record.setting("cloud", s.text("cloud").orElse(null));
                record.setting("region", s.text("region").orElse(null));
            });
            index.map("spec", "pod").ifPresent(p -> {
                record.setting("spec", "pod");
                record.setting("environment", p.text("environment").orElse(null));
                record.setting("podType", p.text("pod_type").orElse(null));
            });
            index.map("embed").ifPresent(embed -> embed.text("model")
                    .ifPresent(model -> record.embedding(model, embed.keyMark("model").line())));
            record.setting("deletionProtection", Documents.scalar(index, "deletion_protection"));
            records.add(record);
        }
        if (records.isEmpty()) {
            return false;
        }
        sink.classify("rag-config", "pinecone-index", "parsed");
        RagRecord.emitAll(file.subjectId(), sink, records);
        return true;
    }
}
