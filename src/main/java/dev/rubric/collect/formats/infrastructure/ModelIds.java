package dev.rubric.collect.formats.infrastructure;

import dev.rubric.evidence.ModelDeployment;
import java.util.Locale;
import java.util.Set;

/**
 * Bedrock and Vertex AI model ids as infrastructure writes them, split into platform, model,
 * version and (Bedrock) inference profile: {@code us.anthropic.claude-3-5-sonnet-20240620-v1:0},
 * {@code arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0},
 * {@code publishers/google/models/gemini-1.5-pro-002}, {@code textembedding-gecko@003}. Anything
 * else is not one (null), so a look-alike string never becomes a deployment.
 */
record ModelIds(String platform, String model, String version, String profile) {
    private static final Set<String> BEDROCK_PROVIDERS = Set.of("anthropic", "amazon", "meta", "cohere", "ai21",
            "mistral", "stability", "deepseek", "writer", "openai", "qwen", "twelvelabs", "luma");
    private static final Set<String> PROFILES = Set.of("us", "eu", "apac", "global", "us-gov", "jp", "au", "ca");
    private static final String[] VERTEX_FAMILIES = {"gemini-", "text-embedding-", "textembedding-gecko",
            "text-multilingual-embedding-", "text-bison", "chat-bison", "code-bison", "imagen-", "claude-"};

    static ModelIds parse(String raw) {
        if (raw == null || raw.isBlank() || raw.contains("${") || raw.contains(" ")) {
            return null;
        }
        String id = raw.strip();
        if (id.startsWith("arn:aws:bedrock:")) {
            int slash = id.indexOf('/');
            if (slash < 0 || !(id.contains(":foundation-model/") || id.contains(":inference-profile/")
                    || id.contains(":system-defined-inference-profile/"))) {
                return null;
            }
            id = id.substring(slash + 1);
        }
        ModelIds bedrock = bedrock(id);
        return bedrock != null ? bedrock : vertex(id);
    }

    private static ModelIds bedrock(String id) {
        String[] parts = id.split("\\.", 3);
        String profile = null;
        String model = id;
        if (parts.length == 3 && PROFILES.contains(parts[0])) {
            profile = parts[0];
            model = id.substring(parts[0].length() + 1);
        }
        int dot = model.indexOf('.');
        if (dot <= 0 || !BEDROCK_PROVIDERS.contains(model.substring(0, dot).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String version = null;
        int dash = model.lastIndexOf("-v");
        if (dash > 0 && model.indexOf(':', dash) > 0 && digitsAndColon(model.substring(dash + 2))) {
            version = model.substring(dash + 1);
        } else if (model.lastIndexOf(':') > dot) {
            // anthropic.claude-v2:1 writes its version after the colon
            String tail = model.substring(model.lastIndexOf(':') + 1);
            version = tail.chars().allMatch(Character::isDigit) && !tail.isEmpty() ? tail : null;
        }
        return new ModelIds(ModelDeployment.BEDROCK, model, version, profile);
    }

    private static boolean digitsAndColon(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> Character.isDigit(c) || c == ':') && Character.isDigit(s.charAt(0));
    }

    private static ModelIds vertex(String id) {
        String model = id;
        int publishers = id.indexOf("publishers/");
        boolean qualified = publishers >= 0 && id.contains("/models/");
        if (qualified) {
            model = id.substring(id.indexOf("/models/") + "/models/".length());
        }
        String lower = model.toLowerCase(Locale.ROOT);
        boolean family = false;
        for (String prefix : VERTEX_FAMILIES) {
            family |= lower.startsWith(prefix);
        }
        if (!qualified && !family) {
            return null;
        }
        if (!qualified && lower.startsWith("claude-") && !model.contains("@")) {
            // an Anthropic alias without @ is no Vertex id (that is how the Anthropic API writes it)
            return null;
        }
        String version = null;
        int at = model.indexOf('@');
        if (at > 0) {
            version = model.substring(at + 1);
        } else {
            int dash = model.lastIndexOf('-');
            String tail = dash > 0 ? model.substring(dash + 1) : "";
            if (tail.length() == 3 && tail.chars().allMatch(Character::isDigit)) {
                version = tail;
            }
        }
        return new ModelIds(ModelDeployment.VERTEX, model, version, null);
    }
}
