package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Semantic Kernel prompt functions (formats.md §1.4), in both forms.
 *
 * <p>Folder form: the walker hands over one file at a time and a parser never reads a sibling,
 * so the two files of a function are two subjects. {@code skprompt.txt} is the prompt (its
 * template, hash and variables); {@code config.json} is a file of kind "prompt-config" whose
 * facts name the template it configures ({@code template}: the sibling path) and whose
 * {@code model_id}s become model references. Linking the two is the linker's job, by folder.
 * {@code config.json} is a very common name, so it is only a weak hint and must carry
 * {@code execution_settings} or {@code input_variables} (or the older {@code completion}) plus
 * {@code schema} or {@code description}.
 *
 * <p>YAML form: one file with {@code template} and {@code template_format} or
 * {@code input_variables}, whose entries are mappings (LangChain's are plain names).
 */
public final class SemanticKernelParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("skprompt.txt"), Signature.weak("config.json", "*.{yaml,yml}"));
    static final String FORMAT = "semantic-kernel";
    private static final String TEMPLATE_FILE = "skprompt.txt";
    private static final Set<String> SK_TEMPLATE_FORMATS = Set.of("semantic-kernel", "handlebars", "liquid");
    /** {@code {{$name}}} and {@code {{plugin.function $name}}}. */
    private static final Pattern BLOCK = Pattern.compile("\\{\\{(.{0,500}?)}}", Pattern.DOTALL);
    private static final Pattern DOLLAR_VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    public SemanticKernelParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        try {
            if (name.equals(TEMPLATE_FILE)) {
                return template(file, sink);
            }
            if (name.equals("config.json")) {
                return config(file, sink);
            }
            return yamlFunction(file, sink);
        } catch (RuntimeException e) {
            sink.error(1, 0, "Semantic Kernel prompt: cannot read it: " + e);
            return false;
        }
    }

    private static boolean template(ParsedFile file, FileSink sink) {
        if (file.text().isBlank()) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        PromptFacts facts = new PromptFacts(file.carrier().equals("file") ? functionName(file.relativePath()) : null, null, null, null, null,
                ModelPinning.Origin.MODEL, null, null, null, FORMAT, file.text());
        PromptEvidence.emit(sink, PromptSites.wholeFile(file), FORMAT, facts, file.text(), variables(file.text()));
        return true;
    }

    private static boolean config(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("execution_settings") && !text.contains("input_variables") && !text.contains("completion")) {
            return false;
        }
        MapNode config = file.yamlRoot().orElse(null);
        if (config == null) {
            return false;
        }
        boolean settings = config.get("execution_settings") instanceof MapNode || config.get("input_variables") instanceof ListNode
                || config.get("completion") instanceof MapNode;
        boolean described = config.get("schema") != null || config.get("description") != null;
        if (!settings || !described) {
            return false;
        }
        sink.classify("prompt-config", FORMAT, "parsed");
        String folder = Documents.folder(file.relativePath());
        // embedded copies (a ConfigMap key) have no folder of their own to pair with
        if (file.carrier().equals("file")) {
            sink.fact("template", folder.isEmpty() ? TEMPLATE_FILE : folder + "/" + TEMPLATE_FILE);
        }
        sink.fact("description", Secrets.scrubText(Nodes.string(config, "description")));
        List<String> inputs = Nodes.names(config.get("input_variables"));
        if (inputs.isEmpty()) {
            inputs = Nodes.names(config.at("input", "parameters").orElse(null));
        }
        if (!inputs.isEmpty()) {
            sink.fact("inputVariables", inputs);
        }
        modelIds(file, sink, config, file.subjectId());
        return true;
    }

    private static boolean yamlFunction(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("template") || (!text.contains("template_format") && !text.contains("input_variables"))) {
            return false;
        }
        MapNode function = file.yamlRoot().orElse(null);
        String template = Nodes.string(function, "template");
        if (template == null || function.get("_type") != null) {
            return false;
        }
        String templateFormat = Nodes.string(function, "template_format");
        List<MapNode> inputs = Nodes.maps(function.get("input_variables"));
        boolean skInputs = !inputs.isEmpty();
        boolean skFormat = templateFormat != null && SK_TEMPLATE_FORMATS.contains(templateFormat);
        boolean skSettings = function.get("execution_settings") instanceof MapNode;
        if (!skInputs && !skFormat && !skSettings) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        String id = file.subjectId();
        MapNode settings = defaultSettings(function);
        Map<String, Object> parameters = Parameters.of(settings);
        if (parameters != null) {
            parameters.remove("model_id");
            parameters = parameters.isEmpty() ? null : parameters;
        }
        PromptFacts facts = new PromptFacts(Nodes.string(function, "name"), null, null,
                Secrets.scrubText(Nodes.string(function, "description")), Nodes.string(settings, "model_id"),
                ModelPinning.Origin.MODEL, null, parameters, Nodes.names(function.get("input_variables")),
                templateFormat == null ? FORMAT : templateFormat, template);
        List<String> inferred = FORMAT.equals(facts.templateFormat()) ? variables(template) : null;
        PromptEvidence.emit(sink, PromptSites.wholeFile(file), FORMAT, facts, template, inferred);
        return true;
    }

    /** {@code default} settings, else those of the first service. */
    private static MapNode defaultSettings(MapNode function) {
        MapNode all = function.map("execution_settings").orElse(null);
        if (all == null) {
            return null;
        }
        MapNode chosen = all.map("default").orElse(null);
        if (chosen == null) {
            for (Node value : all.entries().values()) {
                if (value instanceof MapNode map) {
                    return map;
                }
            }
        }
        return chosen;
    }

    private static void modelIds(ParsedFile file, FileSink sink, MapNode config, String owner) {
        config.map("execution_settings").ifPresent(all -> all.entries().forEach((service, value) -> {
            if (value instanceof MapNode settings && Nodes.string(settings, "model_id") != null) {
                ModelRefs.record(sink, owner, "execution_settings." + service + ".model_id", "execution_settings.model_id",
                        ModelRefs.Reference.of(Nodes.string(settings, "model_id")),
                        sink.location(Nodes.line(settings.get("model_id"))));
            }
        }));
    }

    /** The function is named after its folder: {@code FunPlugin/Joke/skprompt.txt} is "Joke". */
    private static String functionName(String relativePath) {
        String folder = Documents.folder(relativePath);
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        return name.isEmpty() ? null : name;
    }

    static List<String> variables(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher block = BLOCK.matcher(template);
        while (block.find()) {
            Matcher variable = DOLLAR_VARIABLE.matcher(block.group(1));
            while (variable.find()) {
                names.add(variable.group(1));
            }
        }
        return new ArrayList<>(names);
    }
}
