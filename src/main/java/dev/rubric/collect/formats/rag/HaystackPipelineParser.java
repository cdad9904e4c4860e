package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.List;

/**
 * Haystack pipeline YAML (formats.md §2.9). 2.x: {@code components.<name>.{type,
 * init_parameters}} plus {@code connections}; 1.x: {@code components[].{name, type, params}} plus
 * {@code pipelines}. The embedder gives the model, the retriever top-k, the splitter chunking and
 * the document store the store, index, dimension and similarity. One record per pipeline file;
 * its prompt builders' templates are prompts ({@link HaystackPrompts}).
 */
public final class HaystackPipelineParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml}"));
    private static final HaystackPrompts PROMPTS = new HaystackPrompts();

    public HaystackPipelineParser() {
        super("haystack", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        // a pipeline without a store or embedder is no RAG record, yet its prompt builder is a prompt
        boolean recognised = readRag(file, sink);
        return PROMPTS.read(file, sink) | recognised;
    }

    private boolean readRag(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("components") || !(text.contains("init_parameters") || text.contains("pipelines"))) {
            return false;
        }
        for (MapNode document : file.yamlMappings()) {
            RagRecord record = null;
            if (document.map("components").isPresent() && document.get("connections") != null) {
                record = version2(document);
            } else if (document.list("components").isPresent() && document.list("pipelines").isPresent()) {
                record = version1(document);
            }
            if (record != null) {
                sink.classify("rag-config", "haystack-pipeline", "parsed");
                RagRecord.emitAll(file.subjectId(), sink, List.of(record));
                return true;
            }
        }
        return false;
    }

    private static RagRecord version2(MapNode pipeline) {
        MapNode components = pipeline.map("components").orElseThrow();
        boolean haystack = components.entries().values().stream().anyMatch(c -> c instanceof MapNode m
                && m.text("type").map(t -> t.startsWith("haystack")).orElse(false));
        if (!haystack) {
            return null;
        }
        RagRecord record = new RagRecord("haystack", "haystack-pipeline", RagRecord.APPLICATION, pipeline.keyMark("components").line());
        for (String name : components.keys()) {
            if (!(components.get(name) instanceof MapNode component)) {
                continue;
            }
            String type = component.text("type").orElse("");
            MapNode init = component.map("init_parameters").orElse(null);
            if (init != null) {
                apply(record, type, init, "model", "dimensions", "top_k", "split_length", "split_overlap");
                init.map("document_store").ifPresent(store -> store(record, store.text("type").orElse(""),
                        store.map("init_parameters").orElse(null)));
            }
        }
        return record.settings.isEmpty() && record.embeddingModel == null && record.topK == null ? null : record;
    }

    private static RagRecord version1(MapNode pipeline) {
        ListNode components = pipeline.list("components").orElseThrow();
        RagRecord record = new RagRecord("haystack", "haystack-pipeline", RagRecord.APPLICATION, pipeline.keyMark("components").line());
        for (Node item : components.items()) {
            if (item instanceof MapNode component && component.text("type").isPresent()) {
                MapNode params = component.map("params").orElse(null);
                if (params != null) {
                    apply(record, component.text("type").get(), params, "embedding_model", "embedding_dim", "top_k",
                            "split_length", "split_overlap");
                }
            }
        }
        return record.settings.isEmpty() && record.embeddingModel == null && record.topK == null ? null : record;
    }

    private static void apply(RagRecord record, String type, MapNode params, String modelKey, String dimensionsKey,
                              String topKKey, String lengthKey, String overlapKey) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (simple.contains("Embedder") || simple.equals("EmbeddingRetriever")) {
            params.text(modelKey).ifPresent(model -> record.embedding(model, params.keyMark(modelKey).line()));
            record.setting("embedder", simple);
            if (simple.contains("Embedder")) {
                record.requestedDimension = Documents.number(params, dimensionsKey);
            }
        }
        if (simple.contains("Retriever")) {
            record.topK = record.topK != null ? record.topK : Documents.number(params, topKKey);
            record.setting("retriever", simple);
        }
        if (simple.contains("Splitter") || simple.equals("PreProcessor")) {
            record.chunkSize = Documents.number(params, lengthKey);
            record.chunkOverlap = Documents.number(params, overlapKey);
            record.setting("splitBy", params.text("split_by").orElse(null));
        }
        if (simple.endsWith("DocumentStore")) {
            store(record, type, params);
        }
    }

    private static void store(RagRecord record, String type, MapNode params) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        record.setting("documentStore", simple);
        if (params == null) {
            return;
        }
        record.collection = record.collection != null ? record.collection
                : params.text("index").orElse(params.text("collection_name").orElse(params.text("table_name").orElse(null)));
        record.dimension = record.dimension != null ? record.dimension : Documents.number(params, "embedding_dim");
        String similarity = params.text("similarity").orElse(params.text("vector_function").orElse(null));
        record.metric = record.metric != null ? record.metric : Metrics.normalise(similarity);
    }
}
