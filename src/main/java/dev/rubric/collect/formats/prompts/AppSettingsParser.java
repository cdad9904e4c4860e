package dev.rubric.collect.formats.prompts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * .NET application settings ({@code appsettings*.json}) of Semantic Kernel, Kernel Memory and
 * Azure OpenAI apps: the models an app is configured with live here, not in
 * code — {@code "AzureOpenAIText": {"Deployment": "gpt-4o"}}, {@code "OpenAI": {"ChatModelId": …}},
 * {@code "Ollama": {"TextModel": {"ModelName": …}}} — and so, in many of them, do the prompt
 * texts, as a {@code "Prompts"} section bound to an options class.
 *
 * <p>Every ASP.NET app has such a file, and {@code Model}, {@code Deployment} or a "prompt" shown
 * to a user mean other things there, so a model key counts only under a section that names an AI
 * service (or when the key says chat/embedding model or deployment itself), and a prompt section
 * only in a file that configures an AI service. The .NET configuration reader accepts comments and
 * trailing commas, so this reader does too.
 */
public final class AppSettingsParser extends FormatParser {
    static final String FORMAT = "dotnet-appsettings";
    private static final Signature SIGNATURE = Signature.of(Signature.weak("appsettings*.json"));
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    /** A section named after an AI service or SDK: {@code AzureOpenAI}, {@code KernelMemory}, {@code AI}, {@code GenAI}. */
    private static final Pattern AI_SECTION = Pattern.compile(
            "(?i).*(openai|ollama|kernelmemory|semantickernel|anthropic|mistral|gemini|googleai|vertexai|bedrock"
                    + "|huggingface|onnxgenai|llm|foundry).*|(?-i)(.*[a-z])?A[Ii]([A-Z].*)?");
    /** A key that names a model or an Azure deployment once its section is an AI service's. */
    private static final Pattern MODEL_KEY = Pattern.compile("(?i)deployment|\\w*deploymentname|\\w*modelid|modelname|\\w*model");
    /** Keys that say by themselves that they hold a chat or embedding model. */
    private static final Pattern SELF_EVIDENT_MODEL_KEY = Pattern.compile(
            "(?i)(chat|embedding|completion|textgeneration)(deployment(name)?|model(id|name)?)");
    private static final Pattern PROMPT_SECTION = Pattern.compile("(?i)prompts?|prompttemplates?|systemprompts?");
    private static final Pattern PROMPT_KEY = Pattern.compile("(?i)\\w*(prompt|systemmessage|instructions?)");
    /** Settings beside the prompts that are not sent to a model: names, limits, and the canned greeting shown in the UI. */
    private static final Pattern NOT_A_PROMPT_KEY = Pattern.compile(
            "(?i)(initial|welcome|greeting).*|.*(name|names|id|date|limit|count|path|file|directory|type|enabled|greeting|welcome)");
    /** Prompts are sentences; short values are labels or settings. */
    private static final int SHORTEST_PROMPT = 20;

    record Value(List<String> path, String text, int line, boolean string) {
        String key() {
            return path.get(path.size() - 1);
        }

        String dotted() {
            return String.join(".", path);
        }
    }

    public AppSettingsParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("model") && !lower.contains("deployment") && !lower.contains("prompt")) {
            return false;
        }
        List<Value> values = strings(file, sink);
        if (values == null) {
            return false;
        }
        boolean configuresAi = false;
        boolean found = false;
        for (Value value : values) {
            String section = aiSection(value.path());
            configuresAi |= section != null;
            if (value.string() && MODEL_KEY.matcher(value.key()).matches() && (section != null || SELF_EVIDENT_MODEL_KEY.matcher(value.key()).matches())) {
                found |= model(file, sink, value, section);
            }
        }
        if (!configuresAi) {
            return found;
        }
        boolean classified = false;
        for (Value value : values) {
            if (value.string() && isPrompt(value)) {
                if (!classified) {
                    sink.classify("prompt-config", FORMAT, "parsed");
                    classified = true;
                }
                prompt(file, sink, value);
            }
        }
        KernelMemoryRetrieval.read(file, sink, byPath(values));
        return found || classified;
    }

    private static Map<String, Value> byPath(List<Value> values) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Value value : values) {
            out.putIfAbsent(value.dotted().toLowerCase(Locale.ROOT), value);
        }
        return out;
    }

    private static boolean model(ParsedFile file, FileSink sink, Value value, String section) {
        String name = value.text().strip();
        if (name.isEmpty() || name.contains("://") || name.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        boolean deployment = value.key().toLowerCase(Locale.ROOT).contains("deployment");
        ModelRefs.Reference reference = new ModelRefs.Reference(name, null,
                deployment ? ModelPinning.Origin.DEPLOYMENT : ModelPinning.Origin.MODEL, provider(section));
        return ModelRefs.record(sink, file.subjectId(), value.dotted(), value.dotted(), reference, sink.location(value.line())) != null;
    }

    private static boolean isPrompt(Value value) {
        String key = value.key();
        if (NOT_A_PROMPT_KEY.matcher(key).matches()) {
            return false;
        }
        boolean inSection = value.path().subList(0, value.path().size() - 1).stream().anyMatch(s -> PROMPT_SECTION.matcher(s).matches());
        if (!inSection && !PROMPT_KEY.matcher(key).matches()) {
            return false;
        }
        String text = value.text().strip();
        return text.contains("{{") || (text.length() >= SHORTEST_PROMPT && text.chars().anyMatch(Character::isWhitespace));
    }

    private static void prompt(ParsedFile file, FileSink sink, Value value) {
        String body = value.text();
        boolean template = body.contains("{{");
        PromptFacts facts = new PromptFacts(value.key(), null, null, null, null, ModelPinning.Origin.MODEL, null, null, null,
                template ? SemanticKernelParser.FORMAT : "text", body);
        PromptEvidence.emit(sink, PromptSites.inConfig(file, file.subjectId() + "#" + value.dotted(), value.line()), FORMAT,
                facts, body, template ? SemanticKernelParser.variables(body) : List.of());
    }

    /** The innermost section on the path that names an AI service, or null. */
    private static String aiSection(List<String> path) {
        for (int i = path.size() - 2; i >= 0; i--) {
            if (AI_SECTION.matcher(path.get(i)).matches()) {
                return path.get(i);
            }
        }
        return null;
    }

    static String provider(String section) {
        if (section == null) {
            return null;
        }
        String lower = section.toLowerCase(Locale.ROOT);
        if (lower.contains("openai")) {
            return lower.contains("azure") ? "azure" : "openai";
        }
        for (String provider : List.of("ollama", "anthropic", "mistral", "bedrock", "huggingface")) {
            if (lower.contains(provider)) {
                return provider;
            }
        }
        return lower.contains("gemini") || lower.contains("googleai") || lower.contains("vertexai") ? "google" : null;
    }

    /** Every string value with its path of keys (list items as {@code [i]}), or null after reporting why the file cannot be read. */
    private static List<Value> strings(ParsedFile file, FileSink sink) {
        List<Value> out = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(file.text())) {
            if (parser.nextToken() != null) {
                walk(parser, new ArrayList<>(), out);
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            sink.error(where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(),
                    "malformed JSON in " + file.fileName() + ": " + e.getOriginalMessage().replaceAll("'[^']{2,}'", "'…'"));
            return null;
        } catch (IOException e) {
            // a parser over a String does no I/O
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Depth is bounded by the parser's nesting limit, which fails the read first. */
    private static void walk(JsonParser parser, List<String> path, List<Value> out) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                path.add(parser.currentName());
                parser.nextToken();
                walk(parser, path, out);
                path.remove(path.size() - 1);
            }
        } else if (token == JsonToken.START_ARRAY) {
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                path.add("[" + i + "]");
                walk(parser, path, out);
                path.remove(path.size() - 1);
            }
        } else if ((token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) && !path.isEmpty()) {
            out.add(new Value(List.copyOf(path), parser.getText(), parser.currentTokenLocation().getLineNr(),
                    token == JsonToken.VALUE_STRING));
        }
    }
}
