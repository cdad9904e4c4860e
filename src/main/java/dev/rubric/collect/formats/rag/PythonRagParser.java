package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.code.MaskedCode;
import java.util.ArrayList;
import java.util.List;

/**
 * RAG configuration written in Python (formats.md §0.3, §2): vector store schemas created through
 * client calls, and the framework settings around them. Store records take the file's
 * application-wide settings (embedding model, chunking, top-k, loaders), so a file that defines a
 * 1536-wide collection next to {@code text-embedding-3-large} shows the mismatch; a file with
 * settings and no store becomes one application record. Regexes only; nothing is executed.
 */
public final class PythonRagParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.py").exactCase());

    /** Tokens one of which every recognised file holds; files without any are never scanned further. */
    private static final Needles TOKENS = Needles.of("Embedding", "create_collection", "VectorParams", "_VECTOR",
            "create_index", "Splitter", "NodeParser", "top_k", "as_retriever", "weaviate", "dense_vector", "knn_vector",
            "VectorStore", "PGVector", "Chroma", "FAISS", "EMBED", "embed_model", "Qdrant", "Milvus");

    public PythonRagParser() {
        super("rag-python", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (TOKENS.noneIn(file)) {
            return false;
        }
        // a call in a comment or a docstring's example is no setting of the application
        String code = MaskedCode.withoutCommentsOrDocstrings(file);
        if (code == null) {
            return false;
        }
        try {
            PySource src = new PySource(code);
            List<RagRecord> stores = new ArrayList<>(PythonStores.read(src, file));
            stores.addAll(PythonFrameworks.wrappers(src, file));
            stores = ComputedCollections.join(file, stores);
            RagRecord app = PythonFrameworks.application(src, file);
            if (stores.isEmpty() && app == null) {
                return false;
            }
            List<RagRecord> records = new ArrayList<>();
            if (stores.isEmpty()) {
                records.add(withLine(app));
            } else {
                for (RagRecord store : stores) {
                    if (app != null) {
                        store.inherit(app);
                    }
                    records.add(store);
                }
            }
            String versionKey = SourceVersionStamps.keyIn(file);
            records.forEach(record -> record.setting("sourceVersionKey", versionKey));
            sink.classify("code", "python", "parsed");
            RagRecord.emitAll(file.subjectId(), sink, records);
            return true;
        } catch (RuntimeException e) {
            sink.error(1, 0, "cannot read the RAG settings in this Python file: " + e);
            return false;
        }
    }

    /** An application record is located at its first fact: the embedding model, else line 1. */
    private static RagRecord withLine(RagRecord app) {
        // A constants file that names its vector store is about that store.
        String store = app.store.equals("python") && app.settings.get("vectorStore") instanceof String named
                ? named.toLowerCase(java.util.Locale.ROOT) : app.store;
        RagRecord located = new RagRecord(store, app.format, app.scope, app.embeddingLine > 0 ? app.embeddingLine : 1);
        located.inherit(app);
        located.collection = app.collection;
        return located;
    }
}
