package dev.rubric.collect.read.rag;

import dev.rubric.collect.LocatedSink;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.RagConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one parser learned about one store, collection or retrieval config, before it becomes a
 * {@link RagConfig}: the parsers fill what their format says, and {@link #emitAll} does the parts
 * that must read the same for every format (ids, model pinning, the dimension check). It lives in
 * read/ because a RAG platform's {@code .env} file is read by the dotenv parser, outside the rag
 * family, and must come out the same as the rag parsers' records.
 */
public final class RagRecord {
    public static final String COLLECTION = "collection";
    public static final String APPLICATION = "application";
    public static final String SERVER = "server";
    static final String PLATFORM = "platform";

    public final String store;
    public final String format;
    public final String scope;
    public final int line;
    public String collection;
    /** The variable a code file names the collection by, when it is not a literal: never emitted. */
    public String collectionExpression;
    public String embeddingModel;
    public String embeddingProvider;
    public String embeddingRevision;
    public ModelPinning.Origin embeddingOrigin = ModelPinning.Origin.MODEL;
    /** The format's own verdict on the model, when the name alone cannot say (weights bundled in a versioned artifact). */
    public ModelPinning.Verdict embeddingVerdict;
    public int embeddingLine;
    /** Set when this record's own embedding call was read: it then never takes the file's model. */
    public boolean embeddingDeclared;
    /** A size asked of the embedding model (OpenAI {@code dimensions=}), not the store's. */
    public Long requestedDimension;
    public Long dimension;
    public String metric;
    public Long chunkSize;
    public Long chunkOverlap;
    public Long topK;
    public final Set<String> dataSources = new LinkedHashSet<>();
    public String indexVersion;
    public final Map<String, Object> settings = new TreeMap<>();

    public RagRecord(String store, String format, String scope, int line) {
        this.store = store;
        this.format = format;
        this.scope = scope;
        this.line = line;
    }

    public void setting(String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            settings.put(name, value);
        }
    }

    public void embedding(String model, int atLine) {
        if (embeddingModel == null && model != null && !model.isBlank()) {
            embeddingModel = model.strip();
            embeddingLine = atLine;
        }
    }

    /** Fills what this record lacks from application-wide settings found in the same file. */
    public void inherit(RagRecord app) {
        if (!embeddingDeclared && embeddingModel == null && app.embeddingModel != null) {
            embeddingModel = app.embeddingModel;
            embeddingRevision = app.embeddingRevision;
            embeddingOrigin = app.embeddingOrigin;
            embeddingLine = app.embeddingLine;
        }
        embeddingProvider = embeddingProvider != null || embeddingDeclared ? embeddingProvider : app.embeddingProvider;
        requestedDimension = requestedDimension != null || embeddingDeclared ? requestedDimension : app.requestedDimension;
        fillRetrievalGaps(app);
    }

    private void fillRetrievalGaps(RagRecord other) {
        chunkSize = chunkSize != null ? chunkSize : other.chunkSize;
        chunkOverlap = chunkOverlap != null ? chunkOverlap : other.chunkOverlap;
        topK = topK != null ? topK : other.topK;
        dataSources.addAll(other.dataSources);
        indexVersion = indexVersion != null ? indexVersion : other.indexVersion;
        other.settings.forEach(settings::putIfAbsent);
    }

    /** Takes in another record of the same collection (one file creating, then filling it): its facts fill the gaps. */
    public void absorb(RagRecord other) {
        if (embeddingModel == null && other.embeddingModel != null) {
            embeddingModel = other.embeddingModel;
            embeddingRevision = other.embeddingRevision;
            embeddingOrigin = other.embeddingOrigin;
            embeddingVerdict = other.embeddingVerdict;
            embeddingLine = other.embeddingLine;
            embeddingProvider = other.embeddingProvider;
            requestedDimension = other.requestedDimension;
            embeddingDeclared = other.embeddingDeclared;
        }
        dimension = dimension != null ? dimension : other.dimension;
        metric = metric != null ? metric : other.metric;
        fillRetrievalGaps(other);
    }

    /**
     * Emits each record with its model reference. One record takes the file's subject id; several
     * are told apart by collection (or store) name.
     */
    public static void emitAll(String subjectId, LocatedSink sink, List<RagRecord> records) {
        Map<String, Integer> seen = new HashMap<>();
        for (RagRecord record : records) {
            String id = subjectId;
            if (records.size() > 1) {
                String name = record.idName();
                int count = seen.merge(name, 1, Integer::sum);
                id = id + "#" + name + (count > 1 ? "-" + count : "");
            }
            record.emit(id, sink);
        }
    }

    /** What tells this record apart from the others of its file. */
    private String idName() {
        // the named vectors of one collection are its records
        if (settings.get("vector") instanceof String vector) {
            return vector;
        }
        if (collection != null) {
            return collection;
        }
        for (String key : new String[] {"field", "service"}) {
            if (settings.get(key) instanceof String name) {
                return name;
            }
        }
        return store;
    }

    private void emit(String id, LocatedSink sink) {
        Location location = sink.location(line);
        // A short numeric version next to the name (Weaviate's model: ada, modelVersion: "002") is
        // a vendor version suffix, not a repository revision: judge the name as the vendor spells it.
        boolean vendorVersion = embeddingRevision != null && embeddingRevision.matches("\\d{1,4}");
        String judged = embeddingModel == null ? null : vendorVersion ? embeddingModel + "-" + embeddingRevision : embeddingModel;
        // Ollama names are judged with their provider prefix so that a missing tag reads as ':latest'.
        String classified = judged != null && "ollama".equals(embeddingProvider) && !judged.contains("/") ? "ollama/" + judged : judged;
        ModelPinning.Verdict verdict = judged == null || !ModelRefs.namesAModel(judged) ? null
                : embeddingVerdict != null ? embeddingVerdict
                : ModelPinning.classify(classified, vendorVersion ? null : embeddingRevision, embeddingOrigin);
        String provider = embeddingProvider != null ? embeddingProvider : verdict == null ? null : verdict.provider();
        Long expected = EmbeddingDimensions.expected(judged, requestedDimension);
        Boolean consistent = dimension != null && expected != null ? dimension.equals(expected) : null;
        if (indexVersion == null) {
            indexVersion = IndexVersions.of(collection);
        }
        if (requestedDimension != null) {
            settings.putIfAbsent("embeddingDimensions", requestedDimension);
        }
        sink.ragConfig(new RagConfig(id, location, store, format, scope, collection, embeddingModel, provider,
                verdict == null ? null : verdict.pinning(), dimension, expected, consistent, metric,
                chunkSize, chunkOverlap, topK, dataSources.isEmpty() ? null : new ArrayList<>(dataSources),
                indexVersion, settings.isEmpty() ? null : new TreeMap<>(settings)));
        if (verdict != null) {
            sink.model(new ModelRef(id + "#embedding", sink.location(embeddingLine > 0 ? embeddingLine : line),
                    vendorVersion ? embeddingModel : verdict.name(), provider, embeddingRevision, verdict.pinning(),
                    verdict.reason(), id, "embedding"));
        }
    }
}
