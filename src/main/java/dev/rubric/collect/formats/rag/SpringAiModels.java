package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model settings of the JVM AI frameworks in Spring Boot, Quarkus and Helidon config
 * ({@code application*.yml|yaml|properties}), read in one pass so that a file is read once:
 * Spring AI's {@code spring.ai.<provider>.chat.options.model}, the embedding equivalent and
 * Azure's {@code deployment-name}; LangChain4j's starters
 * ({@code langchain4j.<provider>.chat-model|streaming-chat-model|embedding-model.model-name},
 * {@code langchain4j.azure-open-ai.chat-model.deployment-name}) and quarkus-langchain4j's
 * ({@code quarkus.langchain4j.<provider>[.<config-name>].chat-model.model-name|model-id},
 * {@code quarkus.langchain4j.azure-openai.deployment-name}).
 * YAML may nest the keys or write them dotted, so the tree is walked as
 * dotted paths. A {@code ${VAR:default}} placeholder runs with its default when VAR is unset.
 * The file is an application config, not an AI artifact of its own kind, so it is not classified:
 * only its model references are recorded.
 */
final class SpringAiModels {
    private static final Pattern KEY = Pattern.compile("spring\\.ai\\.[\\w.\\-]*?(?:options\\.model|deployment-name|deploymentName)"
            + "|(?:quarkus\\.)?langchain4j\\.[\\w.\\-]*?(?:options\\.model|model-name|modelName|model-id|modelId|deployment-name|deploymentName)");
    /** The provider segment of a LangChain4j key: {@code open-ai}, {@code azure-openai}, {@code ollama} … */
    private static final Pattern LANGCHAIN4J_PROVIDER = Pattern.compile("(?:quarkus\\.)?langchain4j\\.([\\w-]+)\\..*");
    private static final Pattern PROPERTY = Pattern.compile("(?m)^[ \\t]*((?:spring\\.ai|(?:quarkus\\.)?langchain4j)\\.[\\w.\\-]+)[ \\t]*[=:][ \\t]*(\\S(?:[ \\t]*+[^ \\t\\n\\r\\u0085\\u2028\\u2029])*+)[ \\t]*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][\\w.\\-]*)(?::([^}]*))?}");

    boolean read(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("ai") || (!text.contains("model") && !text.contains("deployment"))) {
            return false;
        }
        boolean[] found = {false};
        if (file.fileName().toLowerCase(Locale.ROOT).endsWith(".properties")) {
            Matcher property = PROPERTY.matcher(text);
            while (property.find()) {
                found[0] |= record(file, sink, property.group(1), property.group(2), file.lineOf(property.start()));
            }
            return found[0];
        }
        List<Node> documents;
        try {
            documents = file.yamlDocuments();
        } catch (YamlException e) {
            return false;
        }
        for (Node document : documents) {
            walk(file, sink, document, "", found);
        }
        return found[0];
    }

    private static void walk(ParsedFile file, FileSink sink, Node node, String path, boolean[] found) {
        if (node instanceof MapNode map) {
            map.entries().forEach((key, value) -> walk(file, sink, value, path.isEmpty() ? key : path + "." + key, found));
        } else if (node instanceof ScalarNode scalar && scalar.value() != null) {
            found[0] |= record(file, sink, path, scalar.text(), scalar.mark().line());
        }
    }

    private static boolean record(ParsedFile file, FileSink sink, String key, String value, int line) {
        if (!KEY.matcher(key).matches() || value == null || value.isBlank()) {
            return false;
        }
        String reference = value.strip();
        Matcher placeholder = PLACEHOLDER.matcher(reference);
        if (placeholder.matches()) {
            reference = placeholder.group(2) != null && !placeholder.group(2).isBlank() ? placeholder.group(2)
                    : "${" + placeholder.group(1) + "}";
        }
        boolean deployment = key.endsWith("deployment-name") || key.endsWith("deploymentName");
        ModelPinning.Origin origin = deployment ? ModelPinning.Origin.DEPLOYMENT : ModelPinning.Origin.MODEL;
        return ModelRefs.record(sink, file.subjectId(), key, key, new ModelRefs.Reference(reference, null, origin, langChain4jProvider(key)),
                sink.location(line)) != null;
    }

    /**
     * LangChain4j names the provider in the key; Spring AI's keys are left to the name's own
     * verdict, as they always were. A key without a provider segment (Helidon's
     * {@code langchain4j.chat-model.model-name}) names none.
     */
    private static String langChain4jProvider(String key) {
        Matcher provider = LANGCHAIN4J_PROVIDER.matcher(key);
        if (!provider.matches()) {
            return null;
        }
        String segment = provider.group(1).replace("-", "").toLowerCase(Locale.ROOT);
        if (segment.contains("openai")) {
            return segment.startsWith("azure") ? "azure" : "openai";
        }
        for (String known : List.of("ollama", "anthropic", "mistral", "bedrock", "huggingface")) {
            if (segment.startsWith(known)) {
                return known;
            }
        }
        return segment.contains("vertex") ? "vertex" : segment.contains("gemini") || segment.startsWith("google") ? "google" : null;
    }
}
