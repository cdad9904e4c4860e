package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Azure AI Search indexes and vector queries written with its SDK (Python
 * {@code azure.search.documents}, .NET {@code Azure.Search.Documents}, JavaScript
 * {@code @azure/search-documents}): every vector
 * {@code SearchField} of a {@code SearchIndex} becomes a collection record like an index mapping
 * in JSON, with the metric and HNSW parameters of the algorithm its profile names and the
 * embedding model (or Azure deployment) of its vectorizer; every {@code VectorizedQuery} or
 * {@code VectorizableTextQuery} becomes an application record with its top-k and fields. Names
 * link fields to profiles, algorithms and vectorizers as the SDK does; a name computed the same
 * way twice ({@code f"{index}-profile"}) is the same name.
 */
public final class AzureSearchCodeParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.py", "*.cs", "*.ts", "*.tsx", "*.mts", "*.cts", "*.js", "*.jsx", "*.mjs", "*.cjs"));
    private static final Needles SDK = Needles.of("azure.search.documents", "Azure.Search.Documents", "@azure/search-documents");
    static final String STORE = "azure-ai-search";

    public AzureSearchCodeParser() {
        super("azure-search-code", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        CodeFile code = CodeFile.parseIfMentions(file, SDK, reason -> sink.error(0, 0, "Azure AI Search definitions in code not read: " + reason));
        if (code == null) {
            return false;
        }
        Grammar grammar = code.tree().grammar();
        AzureSearchModel model = switch (grammar) {
            case TYPESCRIPT, TSX, JAVASCRIPT -> AzureSearchModel.readObjects(code);
            default -> AzureSearchModel.read(code, grammar == Grammar.CSHARP);
        };
        List<RagRecord> fields = fieldRecords(model, code.format());
        List<RagRecord> queries = queryRecords(model, code.format());
        if (fields.isEmpty() && queries.isEmpty()) {
            return false;
        }
        sink.classify("code", code.format(), "parsed");
        Map<String, Integer> seen = new HashMap<>();
        for (RagRecord record : fields) {
            String name = (record.collection == null ? "" : record.collection + ".") + record.settings.get("field");
            emit(file, sink, seen, name, record);
        }
        for (RagRecord record : queries) {
            emit(file, sink, seen, "query." + record.settings.get("fields"), record);
        }
        return true;
    }

    private static void emit(ParsedFile file, FileSink sink, Map<String, Integer> seen, String name, RagRecord record) {
        int count = seen.merge(name, 1, Integer::sum);
        RagRecord.emitAll(file.subjectId() + "#" + name + (count > 1 ? "-" + count : ""), sink, List.of(record));
    }

    private static List<RagRecord> fieldRecords(AzureSearchModel model, String format) {
        List<RagRecord> out = new ArrayList<>();
        for (AzureSearchModel.Field field : model.fields()) {
            RagRecord record = new RagRecord(STORE, format, RagRecord.COLLECTION, field.line());
            String index = model.indexOf(field);
            record.collection = index == null || index.isEmpty() ? null : index;
            record.dimension = field.dimension();
            record.setting("field", field.name());
            record.setting("dimensionFrom", field.dimensionFrom());
            AzureSearchModel.Profile profile = model.profile(field.profile());
            AzureSearchModel.Algorithm algorithm = model.algorithm(profile != null ? profile.algorithm() : field.algorithm());
            if (algorithm != null) {
                // an algorithm without a metric uses the service's default, cosine
                record.metric = algorithm.metric() == null ? "cosine" : Metrics.normalise(algorithm.metric());
                record.setting("indexType", algorithm.kind());
                algorithm.parameters().forEach(record::setting);
            }
            AzureSearchModel.Vectorizer vectorizer = profile == null ? null : model.vectorizer(profile.vectorizer());
            if (vectorizer != null) {
                record.setting("vectorizer", vectorizer.kind());
                record.setting("embeddingDeployment", vectorizer.deployment());
                record.setting("embeddingModelVariable", vectorizer.modelVariable());
                if (vectorizer.model() != null) {
                    record.embedding(vectorizer.model(), vectorizer.line());
                } else if (vectorizer.deployment() != null) {
                    // the model behind a deployment name is the infrastructure's to say
                    record.embedding(vectorizer.deployment(), vectorizer.line());
                    record.embeddingOrigin = ModelPinning.Origin.DEPLOYMENT;
                }
                record.embeddingDeclared = true;
            } else if (model.uploadsDocuments() && model.queryEmbedding() != null) {
                // no vectorizer: the documents this file uploads carry the vectors of its own embedding calls
                Map.Entry<String, Integer> embedding = model.queryEmbedding();
                record.embedding(embedding.getKey(), embedding.getValue());
                record.embeddingDeclared = true;
                if (model.embedsThroughAzure()) {
                    record.embeddingOrigin = ModelPinning.Origin.DEPLOYMENT;
                }
            }
            out.add(record);
        }
        return out;
    }

    private static List<RagRecord> queryRecords(AzureSearchModel model, String format) {
        Map<String, RagRecord> unique = new LinkedHashMap<>();
        for (AzureSearchModel.Query query : model.queries()) {
            String key = query.kind() + "|" + query.fields() + "|" + query.topK();
            unique.computeIfAbsent(key, k -> {
                RagRecord record = new RagRecord(STORE, format, RagRecord.APPLICATION, query.line());
                record.topK = query.topK();
                record.setting("fields", query.fields());
                record.setting("queryType", query.kind());
                record.setting("exhaustive", query.exhaustive());
                // a text query is embedded by the index's vectorizer, not by the file's client
                Map.Entry<String, Integer> embedding = query.kind().equals("vector") ? model.queryEmbedding() : null;
                if (embedding != null) {
                    record.embedding(embedding.getKey(), embedding.getValue());
                    record.embeddingDeclared = true;
                    if (model.embedsThroughAzure()) {
                        record.embeddingOrigin = ModelPinning.Origin.DEPLOYMENT;
                    }
                }
                return record;
            });
        }
        return new ArrayList<>(unique.values());
    }
}
