package dev.rubric.collect.read.rag;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.code.SourceText;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Env-driven RAG platforms (formats.md §2.10): Open WebUI, Dify and RAGFlow variables, whether a
 * {@code .env} file or a compose file's {@code environment:} sets them, so both read them alike.
 * These hold declared defaults that the platforms' databases can override, hence scope
 * "platform". Variables named like secrets are never read for their value; only their names are
 * kept.
 */
public final class PlatformEnv {
    private static final Needles TOKENS = Needles.of("RAG_", "VECTOR_DB", "VECTOR_STORE", "DOC_ENGINE", "TEI_MODEL",
            "EMBEDDING_MODEL", "EMBED_MODEL", "CHUNK_SIZE");
    private static final Pattern DEFAULTED = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?}");
    private static final Pattern GENERIC_MODEL = Pattern.compile("(?:[A-Z0-9]+_)*EMBED(?:DING)?_?MODEL(?:_NAME)?");

    /** One variable as set, its value already cleaned ({@link #variable}). */
    public record Var(String value, int line) {
    }

    private PlatformEnv() {
    }

    /** Whether the text names any variable a RAG platform reads: a cheap test before parsing. */
    public static boolean mentionedIn(SourceText file) {
        return !TOKENS.noneIn(file);
    }

    /** The record the variables describe, or null when they are not a RAG configuration. */
    public static RagRecord record(Map<String, Var> vars, String format) {
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
            // ${TEI_MODEL:-Qwen/...}: the default is the model unless the variable is set
            String defaulted = defaultOf(model.value());
            record.embedding(defaulted != null ? defaulted : model.value(), model.line());
        }
        Var engine = first(vars, "RAG_EMBEDDING_ENGINE");
        if (engine != null && !engine.value().isBlank()) {
            record.embeddingProvider = engine.value().toLowerCase(Locale.ROOT);
        }
        record.chunkSize = chunkSize == null ? null : number(chunkSize.value());
        record.chunkOverlap = number(vars, "CHUNK_OVERLAP");
        record.topK = topK == null ? null : number(topK.value());
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
        return var == null ? null : number(var.value());
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

    /**
     * A variable as written: quotes and a trailing " # comment" removed, and the value of a secret
     * (by its name or its shape) dropped so it cannot reach evidence.
     */
    public static Var variable(String name, String raw, int line) {
        return new Var(clean(name, raw), line);
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

    private static Long number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
