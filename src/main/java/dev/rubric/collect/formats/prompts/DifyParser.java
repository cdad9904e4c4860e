package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dify app exports (DSL, formats.md §1.8): {@code kind: app} with {@code app.mode} and either a
 * workflow graph or a chat app's {@code model_config}. Each llm node is a prompt with its model;
 * other nodes that name a model (classifiers, extractors) add model references. The top-level
 * {@code version} is the DSL format's, not the app's, so it is not a prompt version.
 */
public final class DifyParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml}"));
    static final String FORMAT = "dify";
    private static final Pattern KIND_APP = Pattern.compile("(?m)^kind:\\s*['\"]?app['\"]?\\s*$");
    /** {@code {{#node.variable#}}} references and plain {@code {{variable}}} inputs. */
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{#([\\w.]{1,100})#}}|\\{\\{\\s*([A-Za-z_]\\w{0,63})\\s*}}");

    public DifyParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("mode") || !KIND_APP.matcher(file.text()).find()) {
            return false;
        }
        MapNode dsl = file.yamlRoot().orElse(null);
        if (dsl == null || !"app".equals(Nodes.string(dsl, "kind")) || Nodes.string(dsl, "app", "mode") == null) {
            return false;
        }
        MapNode graph = dsl.map("workflow", "graph").orElse(null);
        MapNode modelConfig = dsl.map("model_config").orElse(null);
        if (graph == null && modelConfig == null) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        try {
            if (graph != null) {
                for (MapNode node : Nodes.maps(graph.get("nodes"))) {
                    node(file, sink, node);
                }
            }
            if (modelConfig != null) {
                prompt(file, sink, file.subjectId() + "#model_config", "model_config", modelConfig,
                        Nodes.string(modelConfig, "pre_prompt"), modelConfig.get("pre_prompt"));
            }
        } catch (RuntimeException e) {
            sink.error(1, 0, "Dify app: cannot read it fully: " + e);
        }
        return true;
    }

    private static void node(ParsedFile file, FileSink sink, MapNode node) {
        MapNode data = node.map("data").orElse(null);
        String id = Nodes.text(node, "id");
        if (data == null || id == null) {
            return;
        }
        if ("llm".equals(Nodes.string(data, "type"))) {
            Node template = data.get("prompt_template");
            prompt(file, sink, file.subjectId() + "#" + id, Nodes.string(data, "title"), data, templateText(template), template);
            return;
        }
        String model = Nodes.string(data, "model", "name");
        if (model != null) {
            ModelRefs.record(sink, file.subjectId(), id + ".model", "model",
                    new ModelRefs.Reference(model, null, ModelPinning.Origin.MODEL, Nodes.string(data, "model", "provider")),
                    sink.location(Nodes.line(data.at("model", "name").orElse(null))));
        }
    }

    private static void prompt(ParsedFile file, FileSink sink, String id, String name, MapNode holder, String body, Node at) {
        MapNode model = holder.map("model").orElse(null);
        Map<String, Object> parameters = Parameters.of(model == null ? null : model.map("completion_params").orElse(null));
        String text = body == null ? "" : body;
        PromptFacts facts = new PromptFacts(name, null, null, null, Nodes.string(model, "name"), ModelPinning.Origin.MODEL,
                Nodes.string(model, "provider"), parameters, null, FORMAT, text,
                model == null || model.get("name") == null ? 0 : Nodes.line(model.get("name")));
        PromptEvidence.emit(sink, PromptSites.inConfig(file, id, Nodes.line(at == null ? holder : at)), FORMAT,
                facts, body, variables(text));
    }

    /** Chat nodes hold {@code [{role, text}]}; completion nodes a single {@code {text}}. */
    private static String templateText(Node template) {
        if (template instanceof MapNode single) {
            return Nodes.string(single, "text");
        }
        List<String> parts = new ArrayList<>();
        for (MapNode message : Nodes.maps(template)) {
            String text = Nodes.string(message, "text");
            if (text != null) {
                String role = Nodes.string(message, "role");
                parts.add(role == null ? text : role + ": " + text);
            }
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static List<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        }
        return new ArrayList<>(names);
    }
}
