package dev.rubric.collect.formats.rag;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Env-driven RAG platforms (formats.md §2.10): Open WebUI, Dify and RAGFlow {@code .env} files,
 * and the same variables in a compose file's {@code environment:}, read for the dotenv and the
 * compose parsers. These hold declared defaults
 * that the platforms' databases can override, hence scope "platform". Variables named like
 * secrets are never read for their value; only their names are kept.
 */
public final class RagEnv {
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(?:export[ \\t]+)?([A-Za-z_][A-Za-z0-9_]*)[ \\t]*=[ \\t]*(.*)$");
    private static final Needles TOKENS = Needles.of("RAG_", "VECTOR_DB", "VECTOR_STORE", "DOC_ENGINE", "TEI_MODEL",
            "EMBEDDING_MODEL", "EMBED_MODEL", "CHUNK_SIZE");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?}");
    private static final Pattern GENERIC_MODEL = Pattern.compile("(?:[A-Z0-9]+_)*EMBED(?:DING)?_?MODEL(?:_NAME)?");

    private record Var(String value, int line) {
    }

    /** A {@code .env} file of a RAG platform; the caller has judged the name. */
    public boolean readDotenv(ParsedFile file, FileSink sink) {
        if (TOKENS.noneIn(file)) {
            return false;
        }
        Map<String, Var> vars = dotenv(file.text());
        RagRecord record = record(vars, "dotenv");
        if (record == null) {
            return false;
        }
        sink.classify("env-file", "dotenv", "parsed");
        TreeSet<String> secrets = new TreeSet<>();
        vars.forEach((name, var) -> {
            if (Secrets.isSecretName(name) || Secrets.looksLikeCredential(var.value())) {
                secrets.add(name);
            }
        });
        sink.fact("secretNames", secrets.isEmpty() ? null : new ArrayList<>(secrets));
        RagRecord.emitAll(file, sink, List.of(record));
        return true;
    }

    /** A compose file whose services set a RAG platform's variables; the caller has judged the name. */
    public boolean readCompose(ParsedFile file, FileSink sink) {
        if (TOKENS.noneIn(file)) {
            return false;
        }
        List<RagRecord> records = new ArrayList<>();
        for (MapNode document : file.yamlMappings()) {
            MapNode services = document.map("services").orElse(null);
            if (services == null) {
                continue;
            }
            for (String service : services.keys()) {
                Node environment = services.at(service, "environment").orElse(null);
                RagRecord record = record(composeEnvironment(environment), "compose");
                if (record != null) {
                    record.setting("service", service);
                    records.add(record);
                }
            }
        }
        if (records.isEmpty()) {
            return false;
        }
        sink.classify("rag-config", "compose", "parsed");
        RagRecord.emitAll(file, sink, records);
        return true;
    }

    /** The record the variables describe, or null when they are not a RAG configuration. */
    private static RagRecord record(Map<String, Var> vars, String format) {
        String platform = platform(vars);
        Var named = first(vars, "RAG_EMBEDDING_MODEL", "TEI_MODEL");
        Var model = named != null ? named : vars.entrySet().stream().filter(e -> GENERIC_MODEL.matcher(e.getKey()).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
        Var store = first(vars, "VECTOR_DB", "VECTOR_STORE", "DOC_ENGINE");
        Var chunkSize = first(vars, "CHUNK_SIZE");
        Var topK = first(vars, "RAG_TOP_K", "TOP_K");
        if (platform == null && (model == null || (store == null && chunkSize == null && topK == null))) {
            return null;
        }
        int line = vars.values().stream().filter(v -> v == model || v == store || v == chunkSize || v == topK)
                .mapToInt(Var::line).min().orElse(1);
        String storeName = defaultOf(store == null ? null : store.value());
        storeName = storeName == null ? (platform != null ? platform : "env") : storeName.toLowerCase(Locale.ROOT);
        RagRecord record = new RagRecord(storeName, format, platform != null ? RagRecord.PLATFORM : RagRecord.APPLICATION, line);
        if (model != null && !model.value().isBlank()) {
            record.embedding(model.value(), model.line());
        }
        Var engine = first(vars, "RAG_EMBEDDING_ENGINE");
        if (engine != null && !engine.value().isBlank()) {
            record.embeddingProvider = engine.value().toLowerCase(Locale.ROOT);
        }
        record.chunkSize = chunkSize == null ? null : SearchMapping.number(chunkSize.value());
        record.chunkOverlap = number(vars, "CHUNK_OVERLAP");
        record.topK = topK == null ? null : SearchMapping.number(topK.value());
        record.collection = value(vars, "COLLECTION_NAME", "INDEX_NAME");
        record.setting("platform", platform);
        record.setting("embeddingEngine", engine == null ? null : engine.value());
        record.setting("embeddingModelAutoUpdate", bool(vars, "RAG_EMBEDDING_MODEL_AUTO_UPDATE"));
        record.setting("trustRemoteCode", bool(vars, "RAG_EMBEDDING_MODEL_TRUST_REMOTE_CODE"));
        record.setting("rerankingModel", value(vars, "RAG_RERANKING_MODEL"));
        record.setting("textSplitter", value(vars, "RAG_TEXT_SPLITTER"));
        record.setting("hybridSearch", bool(vars, "ENABLE_RAG_HYBRID_SEARCH"));
        record.setting("persistentConfig", bool(vars, "ENABLE_PERSISTENT_CONFIG"));
        record.setting("vectorIndexNamePrefix", value(vars, "VECTOR_INDEX_NAME_PREFIX"));
        record.setting("embeddingBatchSize", number(vars, "EMBEDDING_BATCH_SIZE"));
        record.setting("image", value(vars, "RAGFLOW_IMAGE"));
        return record;
    }

    /** {@code ${DOC_ENGINE:-elasticsearch}} declares elasticsearch; a bare {@code ${VAR}} declares nothing. */
    private static String defaultOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher reference = DEFAULTED.matcher(value.strip());
        if (reference.matches()) {
            return reference.group(1) == null || reference.group(1).isBlank() ? null : reference.group(1);
        }
        return value.startsWith("$") ? null : value;
    }

    private static String platform(Map<String, Var> vars) {
        if (vars.containsKey("DOC_ENGINE") || vars.containsKey("RAGFLOW_IMAGE") || vars.containsKey("TEI_MODEL")) {
            return "ragflow";
        }
        if (vars.containsKey("VECTOR_STORE")) {
            return "dify";
        }
        if (vars.containsKey("VECTOR_DB") || vars.keySet().stream().anyMatch(k -> k.startsWith("RAG_EMBEDDING") || k.equals("RAG_TOP_K"))) {
            return "open-webui";
        }
        return null;
    }

    private static Var first(Map<String, Var> vars, String... names) {
        for (String name : names) {
            Var var = vars.get(name);
            if (var != null) {
                return var;
            }
        }
        return null;
    }

    private static String value(Map<String, Var> vars, String... names) {
        Var var = first(vars, names);
        return var == null || var.value().isBlank() ? null : Secrets.keepOrNull(names[0], var.value());
    }

    private static Long number(Map<String, Var> vars, String name) {
        Var var = vars.get(name);
        return var == null ? null : SearchMapping.number(var.value());
    }

    private static Boolean bool(Map<String, Var> vars, String name) {
        Var var = vars.get(name);
        if (var == null) {
            return null;
        }
        String lower = var.value().toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("1") ? Boolean.TRUE
                : lower.equals("false") || lower.equals("0") ? Boolean.FALSE : null;
    }

    /** KEY=value lines; quotes and a trailing " # comment" removed. Secret values are never kept. */
    private static Map<String, Var> dotenv(String text) {
        Map<String, Var> out = new LinkedHashMap<>();
        Matcher line = LINE.matcher(text);
        int number = 1;
        int last = 0;
        while (line.find()) {
            for (int i = last; i < line.start(); i++) {
                number += text.charAt(i) == '\n' ? 1 : 0;
            }
            last = line.start();
            out.putIfAbsent(line.group(1), new Var(clean(line.group(1), line.group(2)), number));
        }
        return out;
    }

    private static String clean(String name, String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            int end = value.indexOf(value.charAt(0), 1);
            value = end > 0 ? value.substring(1, end) : value.substring(1);
        } else {
            int comment = value.indexOf(" #");
            value = comment >= 0 ? value.substring(0, comment).strip() : value;
        }
        return Secrets.isSecretName(name) || Secrets.looksLikeCredential(value) ? "" : value;
    }

    private static Map<String, Var> composeEnvironment(Node environment) {
        Map<String, Var> out = new LinkedHashMap<>();
        if (environment instanceof MapNode map) {
            for (String key : map.keys()) {
                String value = map.get(key) instanceof ScalarNode s && s.value() != null ? s.text() : "";
                out.putIfAbsent(key, new Var(clean(key, value), map.keyMark(key).line()));
            }
        } else if (environment instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode s && s.value() instanceof String entry) {
                    int equals = entry.indexOf('=');
                    String key = equals < 0 ? entry : entry.substring(0, equals);
                    out.putIfAbsent(key, new Var(clean(key, equals < 0 ? "" : entry.substring(equals + 1)), s.mark().line()));
                }
            }
        }
        return out;
    }
}
