package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.formats.rag.PySource.Call;
import dev.rubric.collect.read.refs.ModelPinning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Retrieval settings that LlamaIndex and LangChain applications write in code (formats.md §2.8):
 * the embedding model class, the splitter's chunk size and overlap, top-k, document loaders, the
 * framework's vector-store wrappers, and the upper-case constants files that hold the same facts.
 */
final class PythonFrameworks {
    private static final Anchored EMBEDDING_CLASS = Anchored.atWordStart(
            "\\b(?:[A-Z]\\w*Embeddings?|SentenceTransformer|[A-Z]\\w*EmbeddingFunction)\\s*\\(", "Embedding", "SentenceTransformer");
    private static final Anchored EMBED_MODEL_STRING = Anchored.of("\\bembed_model\\s*=\\s*[\"']([^\"']+)[\"']", "embed_model");
    private static final Anchored RESOLVE_EMBED = Anchored.atWordStart("\\bresolve_embed_model\\s*\\(", "resolve_embed_model");
    private static final Anchored SPLITTER = Anchored.atWordStart("\\b[A-Z]\\w*(?:Splitter|NodeParser)(?:\\.\\w+)?\\s*\\(", "Splitter", "NodeParser");
    private static final Anchored SETTINGS_CHUNK = Anchored.of("\\bSettings\\.chunk_(size|overlap)\\s*=\\s*(\\w+)", "Settings.chunk_");
    private static final Anchored SIMILARITY_TOP_K = Anchored.of("\\bsimilarity_top_k\\s*=\\s*(\\w+)", "similarity_top_k");
    private static final Anchored SEARCH_KWARGS_K = Anchored.of("\\bsearch_kwargs\\s*=\\s*\\{[^}]*[\"']k[\"']\\s*:\\s*(\\w+)", "search_kwargs");
    private static final Anchored SEARCH_TYPE = Anchored.of("\\bsearch_type\\s*=\\s*[\"'](\\w+)[\"']", "search_type");
    private static final Anchored SIMILARITY_SEARCH = Anchored.atWordStart("\\bsimilarity_search\\w*\\s*\\(", "similarity_search");
    private static final Anchored LOADER = Anchored.atWordStart("\\b[A-Z]\\w*(?:Loader|Reader)\\s*\\(", "Loader", "Reader");
    private static final Anchored STORE_WRAPPER = Anchored.atWordStart(
            "\\b(PGVector|PGVectorStore|QdrantVectorStore|Qdrant|Chroma|ChromaVectorStore|PineconeVectorStore|"
                    + "WeaviateVectorStore|MilvusVectorStore|Milvus|ElasticsearchStore|ElasticsearchVectorStore|"
                    + "OpenSearchVectorSearch|OpensearchVectorClient|FAISS|SupabaseVectorStore)"
                    + "(?:\\.(?:from_documents|from_texts|from_params|from_existing_index|from_existing_collection))?\\s*\\(", "PGVector", "Qdrant", "Chroma", "Pinecone", "Weaviate", "Milvus", "Elasticsearch", "OpenSearch", "Opensearch", "FAISS", "Supabase");
    private static final Anchored RAG_CONSTANT = Anchored.of(
            "(?m)^((?:[A-Z][A-Z0-9]*_)*(?:EMBED(?:DING)?_?MODEL(?:_NAME)?|CHUNK_SIZE|CHUNK_OVERLAP|TOP_?K|VECTOR_(?:DB|STORE)(?:_TYPE)?|COLLECTION_NAME|INDEX_NAME))\\s*(?::\\s*\\w+\\s*)?=(?!=)[ \\t]*([^\\n#]+)", "EMBED", "CHUNK_", "TOP", "VECTOR_", "COLLECTION_NAME", "INDEX_NAME");
    private static final List<String> MODEL_KEYWORDS = List.of("model", "model_name", "model_id", "repo_id");
    private static final List<String> SOURCE_KEYWORDS = List.of("input_dir", "path", "file_path", "directory", "web_path", "url", "input_files", "urls", "web_paths");

    private PythonFrameworks() {
    }

    /** The framework's name from its imports, used as the store of an application-level record. */
    static String framework(String text) {
        if (text.contains("llama_index")) {
            return "llamaindex";
        }
        if (text.contains("langchain")) {
            return "langchain";
        }
        return "python";
    }

    /** Application-wide settings; null when the file sets none. */
    static RagRecord application(PySource src, ParsedFile file) {
        String text = src.text();
        RagRecord app = new RagRecord(framework(text), "python", RagRecord.APPLICATION, 0);
        boolean found = embedding(src, file, app);
        for (Call call : src.calls(SPLITTER)) {
            Long size = src.integer(call.argument("chunk_size", -1));
            if (size == null) {
                continue;
            }
            found = true;
            app.chunkSize = app.chunkSize != null ? app.chunkSize : size;
            app.chunkOverlap = app.chunkOverlap != null ? app.chunkOverlap : src.integer(call.argument("chunk_overlap", -1));
            app.setting("splitter", call.name().replaceAll("[\\s(]", "").replaceAll("\\..*", ""));
        }
        Matcher chunk = SETTINGS_CHUNK.matcher(text);
        while (chunk.find()) {
            found = true;
            Long value = src.integer(chunk.group(2));
            if (chunk.group(1).equals("size")) {
                app.chunkSize = app.chunkSize != null ? app.chunkSize : value;
            } else {
                app.chunkOverlap = app.chunkOverlap != null ? app.chunkOverlap : value;
            }
        }
        found |= topK(src, app);
        found |= constants(src, file, app);
        if (!found) {
            return null;
        }
        loaders(src, app);
        return app;
    }

    private static boolean embedding(PySource src, ParsedFile file, RagRecord app) {
        for (Call call : src.calls(EMBEDDING_CLASS)) {
            if (applyEmbedding(call, src, file, app)) {
                return true;
            }
        }
        Matcher literal = EMBED_MODEL_STRING.matcher(src.text());
        if (literal.find()) {
            app.embedding(stripLocal(literal.group(1)), file.lineOf(literal.start()));
            return true;
        }
        for (Call call : src.calls(RESOLVE_EMBED)) {
            String model = src.string(call.argument("embed_model", 0));
            if (model != null) {
                app.embedding(stripLocal(model), file.lineOf(call.offset()));
                return true;
            }
        }
        return false;
    }

    /** Fills {@code target} from one embedding constructor call; false when the call names no embedding model. */
    private static boolean applyEmbedding(Call call, PySource src, ParsedFile file, RagRecord target) {
        String cls = call.name().replaceAll("[\\s(]", "");
        Map<String, String> kw = call.keywords();
        String model = null;
        for (String key : MODEL_KEYWORDS) {
            model = model != null ? model : src.string(kw.get(key));
        }
        if (model == null && (cls.equals("SentenceTransformer") || cls.startsWith("HuggingFace"))) {
            model = src.string(call.argument("model_name", 0));
        }
        String deployment = src.string(kw.get("azure_deployment"));
        if (deployment == null) {
            deployment = src.string(kw.get("deployment"));
        }
        if (model == null && deployment == null && !cls.endsWith("Embedding") && !cls.endsWith("Embeddings")) {
            return false;
        }
        int line = file.lineOf(call.offset());
        target.setting("embeddingClass", cls);
        target.embeddingProvider = provider(cls);
        if (model == null && deployment != null) {
            target.embeddingOrigin = ModelPinning.Origin.DEPLOYMENT;
            model = deployment;
        }
        target.embedding(model == null ? null : stripLocal(model), line);
        target.embeddingRevision = src.string(kw.get("revision"));
        target.requestedDimension = src.integer(kw.get("dimensions"));
        target.embeddingDeclared = true;
        return true;
    }


    /** LlamaIndex's {@code local:BAAI/bge-small-en-v1.5} is a hub id loaded locally. */
    private static String stripLocal(String model) {
        return model.startsWith("local:") ? model.substring("local:".length()) : model;
    }

    private static String provider(String cls) {
        String lower = cls.toLowerCase(Locale.ROOT);
        if (lower.startsWith("azure")) {
            return "azure";
        }
        for (String name : List.of("openai", "ollama", "bedrock", "cohere", "voyage", "mistral", "vertex", "google", "fastembed")) {
            if (lower.startsWith(name)) {
                return name;
            }
        }
        if (lower.startsWith("huggingface") || lower.startsWith("sentencetransformer")) {
            return "huggingface";
        }
        return null;
    }

    private static boolean topK(PySource src, RagRecord app) {
        Long k = null;
        Matcher similarity = SIMILARITY_TOP_K.matcher(src.text());
        if (similarity.find()) {
            k = src.integer(similarity.group(1));
        }
        Matcher kwargs = SEARCH_KWARGS_K.matcher(src.text());
        if (k == null && kwargs.find()) {
            k = src.integer(kwargs.group(1));
        }
        if (k == null) {
            for (Call call : src.calls(SIMILARITY_SEARCH)) {
                k = k != null ? k : src.integer(call.keywords().get("k"));
            }
        }
        Matcher searchType = SEARCH_TYPE.matcher(src.text());
        if (searchType.find()) {
            app.setting("searchType", searchType.group(1));
        }
        app.topK = k;
        return k != null;
    }

    /** Upper-case constants (EMBEDDING_MODEL, CHUNK_SIZE, TOP_K, ...) count when a model and one more are set. */
    private static boolean constants(PySource src, ParsedFile file, RagRecord app) {
        Matcher constant = RAG_CONSTANT.matcher(src.text());
        boolean model = false;
        boolean other = false;
        String modelName = null;
        int modelLine = 0;
        Long size = null;
        Long overlap = null;
        Long k = null;
        String store = null;
        String collection = null;
        while (constant.find()) {
            String name = constant.group(1);
            String value = constant.group(2);
            if (name.matches(".*EMBED(DING)?_?MODEL(_NAME)?")) {
                modelName = modelName != null ? modelName : src.string(value);
                modelLine = modelLine != 0 ? modelLine : file.lineOf(constant.start());
                model |= modelName != null;
            } else if (name.endsWith("CHUNK_SIZE")) {
                size = size != null ? size : src.integer(value);
                other |= size != null;
            } else if (name.endsWith("CHUNK_OVERLAP")) {
                overlap = overlap != null ? overlap : src.integer(value);
            } else if (name.matches(".*TOP_?K")) {
                k = k != null ? k : src.integer(value);
                other |= k != null;
            } else if (name.matches(".*VECTOR_(DB|STORE)(_TYPE)?")) {
                store = store != null ? store : src.string(value);
                other |= store != null;
            } else {
                collection = collection != null ? collection : src.string(value);
            }
        }
        if (!(model && other)) {
            return false;
        }
        app.embedding(modelName, modelLine);
        app.chunkSize = app.chunkSize != null ? app.chunkSize : size;
        app.chunkOverlap = app.chunkOverlap != null ? app.chunkOverlap : overlap;
        app.topK = app.topK != null ? app.topK : k;
        app.collection = app.collection != null ? app.collection : collection;
        app.setting("vectorStore", store);
        return true;
    }

    private static void loaders(PySource src, RagRecord app) {
        for (Call call : src.calls(LOADER)) {
            String cls = call.name().replaceAll("[\\s(]", "");
            Map<String, String> kw = call.keywords();
            if (cls.startsWith("S3")) {
                String bucket = src.string(call.argument("bucket", 0));
                String key = src.string(kw.getOrDefault("prefix", kw.getOrDefault("key", call.argument("key", 1))));
                if (bucket != null) {
                    app.dataSources.add("s3://" + bucket + (key == null ? "" : "/" + key));
                }
                continue;
            }
            String source = null;
            for (String keyword : SOURCE_KEYWORDS) {
                source = source != null ? source : src.string(kw.get(keyword));
            }
            if (source == null) {
                List<String> positional = call.positionals();
                source = positional.isEmpty() ? null : src.string(positional.get(0));
            }
            if (source != null) {
                app.dataSources.add(source);
            }
        }
    }

    /** Vector stores opened through a framework wrapper (PGVector, QdrantVectorStore, Chroma, ...). */
    static List<RagRecord> wrappers(PySource src, ParsedFile file) {
        List<RagRecord> out = new ArrayList<>();
        String framework = framework(src.text());
        StoreEmbeddings embeddings = new StoreEmbeddings(src.calls(EMBEDDING_CLASS), src.text());
        for (Call call : src.calls(STORE_WRAPPER)) {
            Matcher name = STORE_WRAPPER.pattern().matcher(call.name());
            if (!name.lookingAt()) {
                continue;
            }
            Map<String, String> kw = call.keywords();
            RagRecord record = new RagRecord(wrapperStore(name.group(1)), "python", RagRecord.COLLECTION, file.lineOf(call.offset()));
            for (String key : List.of("collection_name", "index_name", "table_name", "collection", "index")) {
                record.collection = record.collection != null ? record.collection : src.string(kw.get(key));
                if (record.collection == null && record.collectionExpression == null) {
                    record.collectionExpression = PySource.variable(kw.get(key));
                }
            }
            // embedding_length: langchain-postgres PGVector sizes its vector column with it
            for (String key : List.of("embed_dim", "dim", "dimension", "embedding_dimension", "vector_size", "embedding_length")) {
                record.dimension = record.dimension != null ? record.dimension : src.integer(kw.get(key));
            }
            record.metric = Metrics.normalise(src.symbol(kw.get("distance_strategy")));
            String persist = src.string(kw.getOrDefault("persist_directory", kw.get("persist_dir")));
            record.setting("persistDirectory", persist);
            record.setting("framework", framework);
            Call embedding = embeddings.of(call);
            if (embedding != null) {
                applyEmbedding(embedding, src, file, record);
            }
            out.add(record);
        }
        return out;
    }


    private static String wrapperStore(String cls) {
        String lower = cls.toLowerCase(Locale.ROOT);
        for (String store : List.of("pgvector", "qdrant", "chroma", "pinecone", "weaviate", "milvus", "elasticsearch",
                "opensearch", "faiss", "supabase")) {
            if (lower.startsWith(store)) {
                return store;
            }
        }
        return lower;
    }
}
