package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.prompts.FStrings;
import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LangChain serialised prompts (formats.md §1.5): the legacy {@code load_prompt} shape
 * ({@code input_variables} + {@code template}/{@code messages}, {@code _type} optional, chains
 * nesting {@code prompt} and {@code llm}) and the {@code dumpd} shape ({@code lc: 1, type:
 * constructor, id, kwargs}). Chat prompts hold one template per message; they are one prompt,
 * whose text is the message templates joined.
 */
public final class LangChainParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json}"));
    static final String FORMAT = "langchain";
    private static final Set<String> PROMPT_TYPES = Set.of("prompt", "few_shot", "chat");
    private static final Set<String> MODEL_KEYS = Set.of("model_name", "model", "model_id", "deployment_name");

    public LangChainParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        boolean legacy = Needles.contains(file, "input_variables");
        boolean dumpd = Needles.contains(file, "constructor") && Needles.contains(file, "kwargs");
        if (!legacy && !dumpd) {
            return false;
        }
        MapNode root = file.yamlRoot().orElse(null);
        if (root == null) {
            return false;
        }
        try {
            if (isDumpd(root)) {
                return dumpd(file, sink, root);
            }
            MapNode prompt = legacyPrompt(root);
            return prompt != null && legacy(file, sink, prompt, root.map("llm").orElse(null));
        } catch (RuntimeException e) {
            sink.error(1, 0, "LangChain prompt: cannot read it: " + e);
            return false;
        }
    }

    private static boolean isDumpd(MapNode map) {
        return "1".equals(Nodes.text(map, "lc")) && "constructor".equals(Nodes.string(map, "type"))
                && map.get("id") instanceof ListNode && map.get("kwargs") instanceof MapNode;
    }

    /** The prompt itself, or the {@code prompt} of a chain. */
    private static MapNode legacyPrompt(MapNode root) {
        if (isLegacyPrompt(root)) {
            return root;
        }
        MapNode nested = root.map("prompt").orElse(null);
        return root.get("_type") != null && nested != null && isLegacyPrompt(nested) ? nested : null;
    }

    /** {@code input_variables} as a list of names (Semantic Kernel's holds mappings) plus a template. */
    private static boolean isLegacyPrompt(MapNode map) {
        if (!(map.get("input_variables") instanceof ListNode inputs)) {
            return false;
        }
        for (Node item : inputs.items()) {
            if (!(item instanceof ScalarNode)) {
                return false;
            }
        }
        String type = Nodes.string(map, "_type");
        boolean template = map.get("template") != null || map.get("messages") != null || map.get("template_path") != null
                || map.get("examples") != null;
        return template && (type == null || PROMPT_TYPES.contains(type));
    }

    private static boolean legacy(ParsedFile file, FileSink sink, MapNode prompt, MapNode llm) {
        sink.classify("prompt", FORMAT, "parsed");
        List<String> templates = new ArrayList<>();
        collectTemplates(prompt, templates);
        String templatePath = Nodes.string(prompt, "template_path");
        if (templatePath != null) {
            sink.fact("promptFiles", List.of(templatePath));
        }
        String model = null;
        Map<String, Object> parameters = null;
        if (llm != null) {
            model = firstModel(llm);
            parameters = Parameters.of(llm);
            if (parameters != null) {
                parameters.keySet().removeAll(MODEL_KEYS);
                parameters.remove("_type");
                parameters = parameters.isEmpty() ? null : parameters;
            }
        }
        emit(file, sink, prompt, templates, model, parameters);
        return true;
    }

    private static boolean dumpd(ParsedFile file, FileSink sink, MapNode root) {
        MapNode kwargs = root.map("kwargs").orElseThrow();
        List<String> templates = new ArrayList<>();
        collectTemplates(kwargs, templates);
        if (templates.isEmpty()) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        emit(file, sink, kwargs, templates, firstModel(kwargs), null);
        return true;
    }

    private static void emit(ParsedFile file, FileSink sink, MapNode prompt, List<String> templates, String model,
                             Map<String, Object> parameters) {
        String body = String.join("\n", templates);
        String templateFormat = Nodes.string(prompt, "template_format");
        if (templateFormat == null) {
            templateFormat = firstString(prompt, "template_format");
        }
        PromptFacts facts = new PromptFacts(null, null, null, null, model, ModelPinning.Origin.MODEL, null, parameters,
                Nodes.names(prompt.get("input_variables")), templateFormat == null ? "f-string" : templateFormat, body);
        PromptEvidence.emit(sink, PromptSites.wholeFile(file), FORMAT, facts, templates.isEmpty() ? null : body,
                FStrings.names(body));
    }

    /** Every {@code template} string, depth first in document order (message templates of a chat prompt). */
    private static void collectTemplates(Node node, List<String> out) {
        if (node instanceof MapNode map) {
            for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
                if (entry.getKey().equals("template") && entry.getValue() instanceof ScalarNode scalar
                        && scalar.value() instanceof String text) {
                    out.add(text);
                } else {
                    collectTemplates(entry.getValue(), out);
                }
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                collectTemplates(item, out);
            }
        }
    }

    private static String firstModel(Node node) {
        if (node instanceof MapNode map) {
            for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
                if (MODEL_KEYS.contains(entry.getKey()) && entry.getValue() instanceof ScalarNode scalar
                        && scalar.value() instanceof String text && !text.isBlank()) {
                    return text;
                }
                String nested = firstModel(entry.getValue());
                if (nested != null) {
                    return nested;
                }
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                String nested = firstModel(item);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    private static String firstString(Node node, String key) {
        if (node instanceof MapNode map) {
            String here = Nodes.string(map, key);
            if (here != null) {
                return here;
            }
            for (Node value : map.entries().values()) {
                String nested = firstString(value, key);
                if (nested != null) {
                    return nested;
                }
            }
        } else if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                String nested = firstString(item, key);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }
}
