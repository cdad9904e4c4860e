package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.prompts.FStrings;
import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prompts in Haystack pipeline YAML (formats.md §1.8, §2.9). Haystack 2 keeps a Jinja template in
 * {@code components.<name>.init_parameters.template} of a (Chat)PromptBuilder and the model in
 * its generators; the {@code connections} say which generator a builder feeds, which gives the
 * prompt its model. Haystack 1 lists {@code components[]{name, type, params}} with PromptTemplate
 * ({@code prompt}) and PromptNode ({@code model_name_or_path}, {@code default_prompt_template}).
 * A pipeline without a prompt is left to the retrieval parsers.
 */
final class HaystackPrompts {
    static final String FORMAT = "haystack";

    boolean read(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("components") || !text.contains("Prompt")) {
            return false;
        }
        MapNode pipeline = file.yamlRoot().orElse(null);
        if (pipeline == null) {
            return false;
        }
        try {
            if (pipeline.get("components") instanceof MapNode components && pipeline.get("connections") instanceof ListNode) {
                return version2(file, sink, components, pipeline.get("connections"));
            }
            if (pipeline.get("components") instanceof ListNode components && pipeline.get("pipelines") instanceof ListNode) {
                return version1(file, sink, components);
            }
        } catch (RuntimeException e) {
            sink.error(1, 0, "Haystack pipeline: cannot read it: " + e);
        }
        return false;
    }

    private static boolean version2(ParsedFile file, FileSink sink, MapNode components, Node connections) {
        Map<String, String> models = new HashMap<>();
        Map<String, MapNode> builders = new java.util.LinkedHashMap<>();
        components.entries().forEach((name, value) -> {
            if (!(value instanceof MapNode component)) {
                return;
            }
            String type = Nodes.string(component, "type");
            if (type == null) {
                return;
            }
            MapNode init = component.map("init_parameters").orElse(null);
            if (type.endsWith("PromptBuilder") && init != null && init.get("template") != null) {
                builders.put(name, init);
            } else if (type.contains("Generator") && Nodes.string(init, "model") != null) {
                models.put(name, Nodes.string(init, "model"));
            }
        });
        if (builders.isEmpty()) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        Map<String, String> feeds = new HashMap<>();
        for (MapNode connection : Nodes.maps(connections)) {
            String sender = component(Nodes.string(connection, "sender"));
            String receiver = component(Nodes.string(connection, "receiver"));
            if (sender != null && receiver != null) {
                feeds.putIfAbsent(sender, receiver);
            }
        }
        for (Map.Entry<String, MapNode> builder : builders.entrySet()) {
            MapNode init = builder.getValue();
            String body = templateText(init.get("template"));
            List<String> declared = Nodes.names(init.get("variables"));
            String model = models.get(feeds.get(builder.getKey()));
            PromptFacts facts = new PromptFacts(builder.getKey(), null, null, null, model, ModelPinning.Origin.MODEL, null,
                    null, declared, "jinja2", body);
            PromptEvidence.emit(sink, PromptEvidence.Site.inConfig(file.subjectId() + "#" + builder.getKey(),
                    Nodes.line(init.get("template")), file.carrier()), FORMAT, facts, body, null);
        }
        // generators no builder feeds are still models this pipeline uses
        models.forEach((name, model) -> {
            if (!feeds.containsValue(name)) {
                MapNode init = components.map(name, "init_parameters").orElseThrow();
                ModelRefs.record(sink, file.subjectId(), "components." + name + ".init_parameters.model",
                        "init_parameters.model", ModelRefs.Reference.of(model), sink.location(Nodes.line(init.get("model"))));
            }
        });
        return true;
    }

    private static boolean version1(ParsedFile file, FileSink sink, ListNode components) {
        Map<String, MapNode> templates = new java.util.LinkedHashMap<>();
        Map<String, String> modelOfTemplate = new HashMap<>();
        List<MapNode> nodes = new ArrayList<>();
        for (MapNode component : Nodes.maps(components)) {
            String type = Nodes.string(component, "type");
            String name = Nodes.string(component, "name");
            MapNode params = component.map("params").orElse(null);
            if (type == null || name == null || params == null) {
                continue;
            }
            if (type.equals("PromptTemplate") && (params.get("prompt") != null || params.get("prompt_text") != null)) {
                templates.put(name, params);
            } else if (type.equals("PromptNode") && Nodes.string(params, "model_name_or_path") != null) {
                nodes.add(component);
                String template = Nodes.string(params, "default_prompt_template");
                if (template != null) {
                    modelOfTemplate.putIfAbsent(template, Nodes.string(params, "model_name_or_path"));
                }
            }
        }
        if (templates.isEmpty()) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        for (Map.Entry<String, MapNode> template : templates.entrySet()) {
            Node prompt = template.getValue().get("prompt") != null ? template.getValue().get("prompt")
                    : template.getValue().get("prompt_text");
            String body = templateText(prompt);
            PromptFacts facts = new PromptFacts(template.getKey(), null, null, null, modelOfTemplate.get(template.getKey()),
                    ModelPinning.Origin.MODEL, null, null, null, "haystack-v1", body);
            PromptEvidence.emit(sink, PromptEvidence.Site.inConfig(file.subjectId() + "#" + template.getKey(),
                    Nodes.line(prompt), file.carrier()), FORMAT, facts, body, FStrings.names(body));
        }
        for (MapNode node : nodes) {
            String template = Nodes.string(node, "params", "default_prompt_template");
            if (template == null || !templates.containsKey(template)) {
                MapNode params = node.map("params").orElseThrow();
                ModelRefs.record(sink, file.subjectId(), "components." + Nodes.string(node, "name") + ".params.model_name_or_path",
                        "params.model_name_or_path", ModelRefs.Reference.of(Nodes.string(params, "model_name_or_path")),
                        sink.location(Nodes.line(params.get("model_name_or_path"))));
            }
        }
        return true;
    }

    /** A template string, or a ChatPromptBuilder's list of messages with their text parts. */
    private static String templateText(Node template) {
        if (template instanceof ScalarNode scalar && scalar.value() instanceof String text) {
            return text;
        }
        List<String> parts = new ArrayList<>();
        for (MapNode message : Nodes.maps(template)) {
            String role = Nodes.string(message, "role");
            List<String> texts = new ArrayList<>();
            Node content = message.get("content") != null ? message.get("content") : message.get("_content");
            if (content instanceof ScalarNode scalar && scalar.value() instanceof String text) {
                texts.add(text);
            }
            for (MapNode part : Nodes.maps(content)) {
                if (Nodes.string(part, "text") != null) {
                    texts.add(Nodes.string(part, "text"));
                }
            }
            parts.add((role == null ? "" : role + ": ") + String.join("\n", texts));
        }
        return String.join("\n", parts);
    }

    /** {@code builder.prompt} names the component {@code builder}. */
    private static String component(String socket) {
        if (socket == null) {
            return null;
        }
        int dot = socket.indexOf('.');
        return dot < 0 ? socket : socket.substring(0, dot);
    }
}
