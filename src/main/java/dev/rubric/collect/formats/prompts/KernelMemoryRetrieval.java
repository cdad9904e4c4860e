package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The retrieval side of a Kernel Memory section in app settings: {@code Retrieval.MemoryDbType}
 * names the vector store and {@code Retrieval.EmbeddingGeneratorType} the service section whose
 * deployment or model embeds the queries, which must be the one that embedded the documents. The
 * chunk size is Kernel Memory's {@code TextPartitioning.MaxTokensPerParagraph}, or an app's own
 * {@code DocumentChunkMaxTokens} when it partitions before handing documents over.
 */
final class KernelMemoryRetrieval {
    private static final String ROOT = "kernelmemory.";
    /** Where each kind of service section keeps its embedding model, first match wins. */
    private static final List<String> EMBEDDING_KEYS = List.of("deployment", "embeddingmodel", "embeddingmodel.modelname",
            "embeddingdeploymentname", "embeddingmodelid");

    private KernelMemoryRetrieval() {
    }

    /** Paths are the lower-cased dotted keys of every value of the file. */
    static void read(ParsedFile file, FileSink sink, Map<String, AppSettingsParser.Value> values) {
        AppSettingsParser.Value store = values.get(ROOT + "retrieval.memorydbtype");
        AppSettingsParser.Value generator = values.get(ROOT + "retrieval.embeddinggeneratortype");
        if (store == null || store.text().isBlank()) {
            return;
        }
        RagRecord record = new RagRecord(storeName(store.text()), AppSettingsParser.FORMAT, RagRecord.APPLICATION, store.line());
        record.setting("framework", "kernel-memory");
        record.setting("memoryDbType", store.text());
        if (generator != null && !generator.text().isBlank()) {
            record.setting("embeddingGeneratorType", generator.text());
            String service = ROOT + "services." + generator.text().toLowerCase(Locale.ROOT) + ".";
            for (String key : EMBEDDING_KEYS) {
                AppSettingsParser.Value model = values.get(service + key);
                if (model != null && model.string() && !model.text().isBlank()) {
                    record.embeddingOrigin = key.contains("deployment") ? ModelPinning.Origin.DEPLOYMENT : ModelPinning.Origin.MODEL;
                    record.embeddingProvider = AppSettingsParser.provider(generator.text());
                    record.embedding(model.text(), model.line());
                    break;
                }
            }
        }
        AppSettingsParser.Value chunk = values.get(ROOT + "dataingestion.textpartitioning.maxtokensperparagraph");
        if (chunk == null) {
            chunk = values.values().stream().filter(v -> !v.string() && v.key().equalsIgnoreCase("DocumentChunkMaxTokens"))
                    .findFirst().orElse(null);
        }
        // a token count; anything longer than nine digits is no chunk size
        if (chunk != null && chunk.text().length() <= 9) {
            record.chunkSize = Long.valueOf(chunk.text());
        }
        RagRecord.emitAll(file.subjectId(), sink, List.of(record));
    }

    private static String storeName(String memoryDbType) {
        return switch (memoryDbType.toLowerCase(Locale.ROOT)) {
            case "azureaisearch" -> "azure-ai-search";
            case "postgres" -> "pgvector";
            default -> memoryDbType.toLowerCase(Locale.ROOT);
        };
    }
}
