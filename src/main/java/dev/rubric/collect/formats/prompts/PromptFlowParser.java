package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Nodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Azure prompt flow DAGs (formats.md §1.8). The prompts of a flow are the Jinja files its llm and
 * prompt nodes point at ({@code source.path}); those files are collected as templates where they
 * are, so the flow itself is a "prompt-config": it lists them ({@code promptFiles}) and records
 * the model or deployment each llm node uses.
 */
public final class PromptFlowParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("flow.dag.yaml", "flow.dag.yml"));
    static final String FORMAT = "promptflow";
    private static final Set<String> PROMPT_NODES = Set.of("llm", "prompt");

    public PromptFlowParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("nodes")) {
            return false;
        }
        MapNode flow = file.yamlRoot().orElse(null);
        List<MapNode> nodes = flow == null ? List.of() : Nodes.maps(flow.get("nodes"));
        if (nodes.stream().noneMatch(node -> Nodes.string(node, "type") != null)) {
            return false;
        }
        sink.classify("prompt-config", FORMAT, "parsed");
        List<String> promptFiles = new ArrayList<>();
        for (MapNode node : nodes) {
            String type = Nodes.string(node, "type");
            String name = Nodes.string(node, "name");
            if (type == null || !PROMPT_NODES.contains(type) || name == null) {
                continue;
            }
            String path = Nodes.string(node, "source", "path");
            if (path != null && !promptFiles.contains(path)) {
                promptFiles.add(path);
            }
            MapNode inputs = node.map("inputs").orElse(null);
            record(file, sink, inputs, name, "model", false);
            record(file, sink, inputs, name, "deployment_name", true);
        }
        if (!promptFiles.isEmpty()) {
            sink.fact("promptFiles", promptFiles);
        }
        return true;
    }

    private static void record(ParsedFile file, FileSink sink, MapNode inputs, String node, String key, boolean deployment) {
        String value = Nodes.text(inputs, key);
        if (value == null) {
            return;
        }
        ModelRefs.Reference ref = deployment ? ModelRefs.Reference.deployment(value) : ModelRefs.Reference.of(value);
        ModelRefs.record(sink, file.subjectId(), "nodes." + node + ".inputs." + key, "inputs." + key, ref,
                sink.location(Nodes.line(inputs.get(key))));
    }
}
