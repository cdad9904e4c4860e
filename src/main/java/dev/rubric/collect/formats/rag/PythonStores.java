package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.IndexVersions;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.formats.rag.PySource.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vector store schemas defined in Python code (formats.md §0.3, §2.1-2.4, §2.6-2.7): Qdrant,
 * Milvus, Chroma, Pinecone and Weaviate client calls and Elasticsearch/OpenSearch mapping
 * literals. Each reader looks for its own call names first, so a file pays only for the stores
 * it mentions.
 */
final class PythonStores {
    private static final Anchored CREATE_COLLECTION = Anchored.atWordStart("\\b(?:re)?create_collection\\s*\\(|\\bget_or_create_collection\\s*\\(", "create_collection");
    private static final Anchored VECTOR_PARAMS = Anchored.atWordStart("\\bVectorParams\\s*\\(", "VectorParams");
    private static final Anchored CREATE_ALIAS = Anchored.atWordStart("\\bCreateAlias\\s*\\(", "CreateAlias");
    private static final Anchored SET_MODEL = Anchored.of("\\.set_model\\s*\\(", ".set_model");
    private static final Anchored MILVUS_VECTOR_FIELD = Anchored.atWordStart("\\b(?:FieldSchema|add_field)\\s*\\(", "FieldSchema", "add_field");
    private static final Anchored MILVUS_COLLECTION = Anchored.atWordStart("\\bCollection\\s*\\(", "Collection");
    private static final Anchored METRIC_TYPE = Anchored.of("[\"']?metric_type[\"']?\\s*[:=]\\s*[\"'](\\w+)[\"']", "metric_type");
    private static final Anchored INDEX_TYPE = Anchored.of("[\"']?index_type[\"']?\\s*[:=]\\s*[\"'](\\w+)[\"']", "index_type");
    private static final Pattern HNSW_SPACE = Pattern.compile("[\"']hnsw:space[\"']\\s*:\\s*[\"'](\\w+)[\"']");
    private static final Anchored EMBEDDING_FUNCTION = Anchored.atWordStart("\\b\\w*EmbeddingFunction\\s*\\(", "EmbeddingFunction");
    private static final Anchored PINECONE_CREATE = Anchored.atWordStart("\\bcreate_index(?:_for_model)?\\s*\\(", "create_index");
    private static final Pattern DICT_MODEL = Pattern.compile("[\"']model[\"']\\s*:\\s*[\"']([^\"']+)[\"']");
    private static final Anchored WEAVIATE_CLASS = Anchored.of("[\"']class[\"']\\s*:\\s*[\"']([A-Za-z_]\\w*)[\"']", "class");
    private static final Anchored WEAVIATE_V4_CREATE = Anchored.atWordStart("\\bcollections\\.create\\s*\\(", "collections.create");
    private static final Pattern WEAVIATE_V4_VECTORIZER = Pattern.compile("\\b(?:Vectorizer|Vectors|NamedVectors)\\.(\\w+)\\s*\\(");
    private static final Anchored SEARCH_VECTOR_TYPE = Anchored.of("[\"']type[\"']\\s*:\\s*[\"'](dense_vector|knn_vector)[\"']", "dense_vector", "knn_vector");
    private static final Anchored INDICES_CREATE = Anchored.atWordStart("\\bindices\\.create\\s*\\(", "indices.create");
    private static final Pattern FIELD_KEY_BEFORE = Pattern.compile("[\"']([\\w.\\-]+)[\"']\\s*:\\s*$");

    private PythonStores() {
    }

    static List<RagRecord> read(PySource src, ParsedFile file) {
        List<RagRecord> out = new ArrayList<>();
        String text = src.text();
        if (text.contains("create_collection")) {
            collections(src, file, out);
        }
        if (text.contains("_VECTOR")) {
            milvus(src, file, out);
        }
        if (text.contains("create_index")) {
            pinecone(src, file, out);
        }
        if (text.contains("weaviate")) {
            weaviate(src, file, out);
        }
        if (text.contains("dense_vector") || text.contains("knn_vector")) {
            searchMappings(src, file, out);
        }
        return out;
    }

    /** Qdrant, Chroma and MilvusClient all call it create_collection; the keywords tell them apart. */
    private static void collections(PySource src, ParsedFile file, List<RagRecord> out) {
        List<Call> vectorParams = src.calls(VECTOR_PARAMS);
        for (Call call : src.calls(CREATE_COLLECTION)) {
            Map<String, String> kw = call.keywords();
            int line = file.lineOf(call.offset());
            if (kw.containsKey("vectors_config")) {
                RagRecord record = new RagRecord("qdrant", "python", RagRecord.COLLECTION, line);
                String name = call.argument("collection_name", 0);
                record.collection = src.string(name);
                record.collectionExpression = PySource.variable(name);
                Call params = inner(src, kw.get("vectors_config"), VECTOR_PARAMS);
                if (params == null && vectorParams.size() == 1) {
                    params = vectorParams.get(0);
                }
                if (params != null) {
                    record.dimension = src.integer(params.argument("size", -1));
                    record.metric = Metrics.normalise(src.symbol(params.argument("distance", -1)));
                }
                out.add(record);
            } else if (src.text().contains("pymilvus") && (kw.containsKey("dimension") || kw.containsKey("schema"))) {
                RagRecord record = new RagRecord("milvus", "python", RagRecord.COLLECTION, line);
                record.collection = src.string(call.argument("collection_name", 0));
                record.dimension = src.integer(kw.get("dimension"));
                record.metric = Metrics.normalise(src.string(kw.get("metric_type")));
                out.add(record);
            } else if (src.text().contains("chromadb") || call.args().contains("hnsw:") || kw.containsKey("embedding_function")) {
                RagRecord record = new RagRecord("chroma", "python", RagRecord.COLLECTION, line);
                record.collection = src.string(call.argument("name", 0));
                Matcher space = HNSW_SPACE.matcher(call.args());
                record.metric = space.find() ? Metrics.normalise(space.group(1)) : null;
                Call function = inner(src, kw.get("embedding_function"), EMBEDDING_FUNCTION);
                if (function == null) {
                    List<Call> functions = src.calls(EMBEDDING_FUNCTION);
                    function = kw.containsKey("embedding_function") && functions.size() == 1 ? functions.get(0) : null;
                }
                if (function != null) {
                    String model = src.string(function.argument("model_name", 0));
                    record.embedding(model, file.lineOf(function.offset()));
                }
                out.add(record);
            }
        }
        qdrantExtras(src, file, out);
    }

    /** FastEmbed's client-side model, and aliases that point a stable name at a versioned collection. */
    private static void qdrantExtras(PySource src, ParsedFile file, List<RagRecord> out) {
        List<RagRecord> qdrant = out.stream().filter(r -> r.store.equals("qdrant")).toList();
        if (qdrant.isEmpty()) {
            return;
        }
        for (Call call : src.calls(SET_MODEL)) {
            String model = src.string(call.argument("embedding_model_name", 0));
            qdrant.forEach(r -> r.embedding(model, file.lineOf(call.offset())));
        }
        for (Call call : src.calls(CREATE_ALIAS)) {
            String target = src.string(call.argument("collection_name", -1));
            String variable = PySource.variable(call.argument("collection_name", -1));
            String alias = src.string(call.argument("alias_name", -1));
            RagRecord record = qdrant.stream().filter(r -> target != null && target.equals(r.collection)
                            || variable != null && variable.equals(r.collectionExpression)).findFirst()
                    .orElse(qdrant.get(0));
            record.setting("alias", alias);
            record.indexVersion = target;
        }
    }

    private static void milvus(PySource src, ParsedFile file, List<RagRecord> out) {
        List<Long> dims = new ArrayList<>();
        int firstLine = 0;
        for (Call call : src.calls(MILVUS_VECTOR_FIELD)) {
            if (call.args().contains("_VECTOR")) {
                Long dim = src.integer(call.keywords().get("dim"));
                if (dim != null) {
                    dims.add(dim);
                    firstLine = firstLine == 0 ? file.lineOf(call.offset()) : firstLine;
                }
            }
        }
        if (dims.isEmpty()) {
            return;
        }
        Matcher metric = METRIC_TYPE.matcher(src.text());
        Matcher index = INDEX_TYPE.matcher(src.text());
        String metricName = metric.find() ? Metrics.normalise(metric.group(1)) : null;
        String indexType = index.find() ? index.group(1) : null;
        List<RagRecord> existing = out.stream().filter(r -> r.store.equals("milvus")).toList();
        List<RagRecord> targets = new ArrayList<>(existing);
        if (targets.isEmpty()) {
            for (Call call : src.calls(MILVUS_COLLECTION)) {
                String name = src.string(call.argument("name", 0));
                if (name != null) {
                    RagRecord record = new RagRecord("milvus", "python", RagRecord.COLLECTION, file.lineOf(call.offset()));
                    record.collection = name;
                    targets.add(record);
                    out.add(record);
                }
            }
        }
        if (targets.isEmpty()) {
            RagRecord record = new RagRecord("milvus", "python", RagRecord.COLLECTION, firstLine);
            targets.add(record);
            out.add(record);
        }
        for (int i = 0; i < targets.size(); i++) {
            RagRecord record = targets.get(i);
            record.dimension = record.dimension != null ? record.dimension : dims.get(Math.min(i, dims.size() - 1));
            record.metric = record.metric != null ? record.metric : metricName;
            record.setting("indexType", indexType);
        }
    }

    private static void pinecone(PySource src, ParsedFile file, List<RagRecord> out) {
        for (Call call : src.calls(PINECONE_CREATE)) {
            Map<String, String> kw = call.keywords();
            boolean forModel = call.name().contains("for_model");
            if (!forModel && !kw.containsKey("dimension")) {
                continue;
            }
            RagRecord record = new RagRecord("pinecone", "python", RagRecord.COLLECTION, file.lineOf(call.offset()));
            record.collection = src.string(call.argument("name", 0));
            record.dimension = src.integer(kw.get("dimension"));
            record.metric = Metrics.normalise(src.string(kw.get("metric")));
            String spec = kw.get("spec");
            if (spec != null) {
                record.setting("spec", spec.contains("Serverless") ? "serverless" : spec.contains("Pod") ? "pod" : null);
                Matcher cloud = Pattern.compile("\\bcloud\\s*=\\s*[\"']([^\"']+)").matcher(spec);
                Matcher region = Pattern.compile("\\bregion\\s*=\\s*[\"']([^\"']+)").matcher(spec);
                record.setting("cloud", cloud.find() ? cloud.group(1) : null);
                record.setting("region", region.find() ? region.group(1) : null);
            }
            String embed = kw.get("embed");
            if (embed != null) {
                Matcher model = DICT_MODEL.matcher(embed);
                if (model.find()) {
                    record.embedding(model.group(1), file.lineOf(call.offset()));
                }
            }
            record.indexVersion = IndexVersions.of(record.collection);
            out.add(record);
        }
    }

    private static void weaviate(PySource src, ParsedFile file, List<RagRecord> out) {
        String text = src.text();
        Matcher cls = WEAVIATE_CLASS.matcher(text);
        while (cls.find()) {
            int open = PySource.enclosingBrace(text, cls.start());
            int close = open < 0 ? -1 : PySource.closing(text, open);
            if (close < 0) {
                continue;
            }
            RagRecord record = WeaviateClass.fromText(text.substring(open, close + 1), "python", file.lineOf(cls.start()));
            record.collection = cls.group(1);
            out.add(record);
        }
        for (Call call : src.calls(WEAVIATE_V4_CREATE)) {
            RagRecord record = new RagRecord("weaviate", "python", RagRecord.COLLECTION, file.lineOf(call.offset()));
            record.collection = src.string(call.argument("name", 0));
            Matcher vectorizer = WEAVIATE_V4_VECTORIZER.matcher(call.args());
            if (vectorizer.find()) {
                record.setting("vectorizer", vectorizer.group(1).replace('_', '-'));
                record.embeddingProvider = WeaviateClass.provider(vectorizer.group(1).replace('_', '-'));
                int open = call.args().indexOf('(', vectorizer.end() - 1);
                int close = PySource.closing(call.args(), open);
                if (close > open) {
                    Call module = new Call(vectorizer.group(1), call.offset(), call.args().substring(open + 1, close));
                    record.embedding(src.string(module.argument("model", -1)), record.line);
                    record.requestedDimension = src.integer(module.argument("dimensions", -1));
                }
            }
            Matcher distance = Pattern.compile("distance_metric\\s*=\\s*([\\w.]+)").matcher(call.args());
            record.metric = distance.find() ? Metrics.normalise(src.symbol(distance.group(1))) : null;
            out.add(record);
        }
    }

    private static void searchMappings(PySource src, ParsedFile file, List<RagRecord> out) {
        String text = src.text();
        List<Call> creates = src.calls(INDICES_CREATE);
        String indexName = creates.size() == 1 ? src.string(creates.get(0).argument("index", -1)) : null;
        Matcher type = SEARCH_VECTOR_TYPE.matcher(text);
        while (type.find()) {
            int open = PySource.enclosingBrace(text, type.start());
            int close = open < 0 ? -1 : PySource.closing(text, open);
            if (close < 0) {
                continue;
            }
            Matcher field = FIELD_KEY_BEFORE.matcher(text.substring(Math.max(0, open - 200), open));
            RagRecord record = SearchMapping.fromFieldText(text.substring(open, close + 1), type.group(1), "python",
                    file.lineOf(type.start()));
            record.collection = indexName;
            record.setting("field", field.find() ? field.group(1) : null);
            out.add(record);
        }
    }

    /** The call matching {@code callee} written directly as an argument, e.g. vectors_config=VectorParams(...). */
    private static Call inner(PySource src, String argument, Anchored callee) {
        if (argument == null) {
            return null;
        }
        PySource inner = new PySource(argument);
        List<Call> calls = inner.calls(callee);
        return calls.isEmpty() ? null : calls.get(0);
    }
}
