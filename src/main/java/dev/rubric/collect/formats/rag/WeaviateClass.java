package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.IndexVersions;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.yaml.MapNode;

/**
 * A Weaviate v1 class schema (formats.md §2.2): {@code vectorizer} names the module and
 * {@code moduleConfig.<module>.model} the embedding model; without a model the module's own
 * default applies, which is recorded as no model.
 */
final class WeaviateClass {
    private WeaviateClass() {
    }

    static boolean looksLike(MapNode node) {
        return node.text("class").isPresent()
                && (node.get("vectorizer") != null || node.get("moduleConfig") != null
                || node.get("vectorIndexConfig") != null || node.get("properties") != null);
    }

    static RagRecord fromNode(MapNode cls, String format, int line) {
        RagRecord record = new RagRecord("weaviate", format, RagRecord.COLLECTION, line);
        record.collection = cls.text("class").orElse(null);
        String vectorizer = cls.text("vectorizer").orElse(null);
        record.setting("vectorizer", vectorizer);
        record.embeddingProvider = provider(vectorizer);
        record.setting("vectorIndexType", cls.text("vectorIndexType").orElse(null));
        record.metric = Metrics.normalise(cls.text("vectorIndexConfig", "distance").orElse(null));
        if (vectorizer != null) {
            cls.map("moduleConfig", vectorizer).ifPresent(module -> {
                module.text("model").ifPresent(model -> record.embedding(model, module.keyMark("model").line()));
                record.embeddingRevision = module.text("modelVersion").orElse(null);
                record.requestedDimension = module.text("dimensions").map(WeaviateClass::number).orElse(null);
            });
        }
        record.indexVersion = IndexVersions.of(record.collection);
        return record;
    }

    static RagRecord fromText(String block, String format, int line) {
        RagRecord record = new RagRecord("weaviate", format, RagRecord.COLLECTION, line);
        String vectorizer = DictText.string(block, "vectorizer");
        record.setting("vectorizer", vectorizer);
        record.embeddingProvider = provider(vectorizer);
        record.setting("vectorIndexType", DictText.string(block, "vectorIndexType"));
        String indexConfig = DictText.block(block, "vectorIndexConfig");
        record.metric = indexConfig == null ? null : Metrics.normalise(DictText.string(indexConfig, "distance"));
        String module = vectorizer == null ? null : DictText.block(block, vectorizer);
        if (module != null) {
            record.embedding(DictText.string(module, "model"), line);
            record.embeddingRevision = DictText.string(module, "modelVersion");
            record.requestedDimension = DictText.number(module, "dimensions");
        }
        return record;
    }

    /** {@code text2vec-openai} → openai; the transformers and none modules name no vendor. */
    static String provider(String vectorizer) {
        if (vectorizer == null || !vectorizer.startsWith("text2vec-")) {
            return null;
        }
        String vendor = vectorizer.substring("text2vec-".length());
        return vendor.equals("transformers") || vendor.equals("contextionary") ? null : vendor;
    }

    private static Long number(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
