package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring AI configuration in {@code application*.yml|yaml|properties} (formats.md §2.5):
 * {@code spring.ai.vectorstore.<store>.*} (dimensions, distance-type, index-type, table or
 * collection name) and {@code spring.ai.<provider>.embedding.options.model}. YAML nesting and
 * dotted keys are flattened alike, since Spring binds both. The models the file configures are
 * model references ({@link SpringAiModels}).
 */
public final class SpringAiConfigParser extends FormatParser {
    private static final Pattern APPLICATION = Pattern.compile("(?i)(application|bootstrap)(-[\\w.-]+)?\\.(ya?ml|properties)");
    /** Tags: which readers a name gets; model names are looked for in any application config. */
    private static final String RAG = "rag";
    private static final String MODELS = "models";
    private static final Signature SIGNATURE = Signature.of(
            Signature.weak("application*.{yml,yaml,properties}").matching(APPLICATION).tagged(RAG, MODELS),
            Signature.weak("bootstrap*.{yml,yaml,properties}").matching(APPLICATION).tagged(RAG),
            Signature.weak("application*.{yml,yaml,properties}").tagged(MODELS));
    private static final SpringAiModels MODEL_NAMES = new SpringAiModels();
    private static final Pattern VECTORSTORE = Pattern.compile("spring\\.ai\\.vectorstore\\.([\\w-]+)\\.(.+)");
    private static final Pattern EMBEDDING = Pattern.compile(
            "spring\\.ai\\.([\\w-]+)(?:\\.[\\w-]+)*\\.embedding(?:\\.options)?\\.(model|deployment-name|dimensions)");
    private static final Pattern PROPERTY = Pattern.compile("(?m)^[ \\t]*([\\w.\\-\\[\\]]+)[ \\t]*[=:][ \\t]*((?:[ \\t]*+[^ \\t\\n\\r\\u0085\\u2028\\u2029])*+)[ \\t]*$");

    private record Entry(String value, int line) {
    }

    public SpringAiConfigParser() {
        super("spring-ai", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        Set<String> readers = SIGNATURE.tags(file.relativePath(), file.fileName());
        boolean recognised = readers.contains(RAG) && readRag(file, sink);
        if (readers.contains(MODELS)) {
            recognised |= MODEL_NAMES.read(file, sink);
        }
        return recognised;
    }

    private boolean readRag(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("vectorstore") && !text.contains("embedding")) {
            return false;
        }
        boolean properties = file.fileName().toLowerCase(Locale.ROOT).endsWith(".properties");
        Map<String, Entry> flat = properties ? properties(text) : yaml(file);
        Map<String, RagRecord> stores = new LinkedHashMap<>();
        RagRecord embedding = new RagRecord("spring-ai", format(properties), RagRecord.APPLICATION, 0);
        for (Map.Entry<String, Entry> entry : flat.entrySet()) {
            Matcher store = VECTORSTORE.matcher(entry.getKey());
            if (store.matches()) {
                RagRecord record = stores.computeIfAbsent(store.group(1),
                        s -> new RagRecord(s, format(properties), RagRecord.COLLECTION, entry.getValue().line()));
                vectorStoreProperty(record, store.group(2), entry.getValue().value());
                continue;
            }
            Matcher model = EMBEDDING.matcher(entry.getKey());
            if (model.matches()) {
                embeddingProperty(embedding, model.group(1), model.group(2), entry.getValue());
            }
        }
        if (stores.isEmpty() && embedding.embeddingModel == null) {
            return false;
        }
        List<RagRecord> records = new ArrayList<>();
        for (RagRecord store : stores.values()) {
            store.inherit(embedding);
            store.setting("framework", "spring-ai");
            records.add(store);
        }
        if (records.isEmpty()) {
            RagRecord located = new RagRecord("spring-ai", format(properties), RagRecord.APPLICATION, embedding.embeddingLine);
            located.inherit(embedding);
            records.add(located);
        }
        sink.classify("rag-config", format(properties), "parsed");
        RagRecord.emitAll(file.subjectId(), sink, records);
        return true;
    }

    private static String format(boolean properties) {
        return properties ? "spring-properties" : "spring-yaml";
    }

    private static void vectorStoreProperty(RagRecord record, String key, String value) {
        switch (key) {
            case "dimensions", "dimension", "embedding-dimension" -> record.dimension = SearchMapping.number(value);
            case "distance-type", "distance", "similarity", "similarity-function", "metric" -> record.metric = Metrics.normalise(value);
            case "table-name", "collection-name", "index-name", "index", "collection" -> record.collection = value;
            case "index-type" -> record.setting("indexType", value);
            case "initialize-schema" -> record.setting("initializeSchema", value);
            case "schema-name" -> record.setting("schemaName", value);
            default -> {
            }
        }
    }

    private static void embeddingProperty(RagRecord record, String provider, String key, Entry entry) {
        if (key.equals("dimensions")) {
            record.requestedDimension = SearchMapping.number(entry.value());
            return;
        }
        if (record.embeddingModel != null) {
            return;
        }
        record.embeddingProvider = provider;
        if (key.equals("deployment-name")) {
            record.embeddingOrigin = ModelPinning.Origin.DEPLOYMENT;
        }
        record.embedding(withDefault(entry.value()), entry.line());
    }

    /** Spring's {@code ${NAME:default}} resolves to its default when NAME is unset; that is the model in the file. */
    static String withDefault(String value) {
        if (value != null && value.startsWith("${") && value.endsWith("}")) {
            int colon = value.indexOf(':');
            if (colon > 0 && colon < value.length() - 2) {
                return value.substring(colon + 1, value.length() - 1);
            }
        }
        return value;
    }

    private static Map<String, Entry> properties(String text) {
        Map<String, Entry> out = new LinkedHashMap<>();
        Matcher property = PROPERTY.matcher(text);
        int line = 1;
        int last = 0;
        while (property.find()) {
            for (int i = last; i < property.start(); i++) {
                line += text.charAt(i) == '\n' ? 1 : 0;
            }
            last = property.start();
            if (!property.group(1).startsWith("#") && !property.group(1).startsWith("!")) {
                out.putIfAbsent(property.group(1).toLowerCase(Locale.ROOT), new Entry(property.group(2), line));
            }
        }
        return out;
    }

    private static Map<String, Entry> yaml(ParsedFile file) {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (MapNode document : file.yamlMappings()) {
            flatten(document, "", out);
        }
        return out;
    }

    private static void flatten(MapNode map, String prefix, Map<String, Entry> out) {
        for (String key : map.keys()) {
            Node value = map.get(key);
            String path = prefix + key.toLowerCase(Locale.ROOT);
            if (value instanceof MapNode child) {
                flatten(child, path + ".", out);
            } else if (value instanceof ScalarNode scalar && scalar.value() != null) {
                out.putIfAbsent(path, new Entry(scalar.text(), map.keyMark(key).line()));
            }
        }
    }
}
