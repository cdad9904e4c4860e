package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ProviderPrefix;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/**
 * promptfoo evaluation configs (formats.md §1.3). The file proves that prompts are evaluated
 * (fact {@code evaluates}) and names the models they are evaluated against. Inline prompts become
 * prompts of their own; {@code file://} prompts are listed, not followed, because the files they
 * name are collected where they are. A {@code langfuse://name:version} prompt is pulled from the
 * Langfuse registry when the evaluation runs: it is listed too, as the registry prompt it names,
 * not taken for an inline prompt whose text is its own address.
 */
public final class PromptfooParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("promptfooconfig.{yaml,yml,json}", "*promptfoo*.{yaml,yml}"));
    static final String FORMAT = "promptfoo";
    private static final String FILE_SCHEME = "file://";
    private static final String LANGFUSE_SCHEME = "langfuse://";

    public PromptfooParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("prompts") || !file.text().contains("providers")) {
            return false;
        }
        MapNode config = file.yamlRoot().orElse(null);
        if (config == null || config.get("prompts") == null || config.get("providers") == null) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        sink.fact("evaluates", true);
        try {
            List<String> promptFiles = new ArrayList<>();
            List<String> registryPrompts = new ArrayList<>();
            prompts(file, sink, config.get("prompts"), promptFiles, registryPrompts);
            if (!promptFiles.isEmpty()) {
                sink.fact("promptFiles", promptFiles);
            }
            if (!registryPrompts.isEmpty()) {
                sink.fact("registryPrompts", registryPrompts);
            }
            providers(file, sink, config.get("providers"));
            if (config.get("tests") instanceof ListNode tests) {
                sink.fact("tests", tests.items().size());
            }
        } catch (RuntimeException e) {
            sink.error(1, 0, "promptfoo config: cannot read it fully: " + e);
        }
        return true;
    }

    private static void prompts(ParsedFile file, FileSink sink, Node prompts, List<String> promptFiles,
                                List<String> registryPrompts) {
        List<Node> items = prompts instanceof ListNode list ? list.items() : List.of(prompts);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String raw = null;
            String label = null;
            if (item instanceof ScalarNode scalar && scalar.value() instanceof String text) {
                raw = text;
            } else if (item instanceof MapNode map) {
                raw = Nodes.string(map, "raw");
                label = Nodes.string(map, "label");
                String id = Nodes.string(map, "id");
                if (raw == null && id != null) {
                    raw = id;
                } else if (label == null) {
                    label = id;
                }
            }
            if (raw == null || raw.isBlank()) {
                continue;
            }
            if (raw.strip().startsWith(FILE_SCHEME)) {
                promptFiles.add(raw.strip().substring(FILE_SCHEME.length()));
                continue;
            }
            if (raw.strip().startsWith(LANGFUSE_SCHEME) && !raw.strip().contains("\n")) {
                registryPrompts.add(raw.strip());
                continue;
            }
            PromptFacts facts = new PromptFacts(label, null, null, null, null, ModelPinning.Origin.MODEL, null, null,
                    null, "nunjucks", raw);
            PromptEvidence.emit(sink, PromptSites.inConfig(file, file.subjectId() + "#prompts[" + i + "]",
                    Nodes.line(item)), FORMAT, facts, raw, null);
        }
    }

    /** Strings {@code provider:model}, objects {@code {id, config{model}}} or single-key maps. */
    private static void providers(ParsedFile file, FileSink sink, Node providers) {
        List<Node> items = providers instanceof ListNode list ? list.items() : List.of(providers);
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String id = null;
            String model = null;
            // the ModelRef points at the value that names the model, not at the start of the entry
            int line = Nodes.line(item);
            if (item instanceof ScalarNode scalar && scalar.value() instanceof String text) {
                id = text;
            } else if (item instanceof MapNode map) {
                id = Nodes.string(map, "id");
                model = Nodes.string(map, "config", "model");
                MapNode holder = map;
                if (id == null && map.keys().size() == 1 && map.get(map.keys().get(0)) instanceof MapNode options) {
                    id = map.keys().get(0);
                    model = Nodes.string(options, "config", "model");
                    holder = options;
                }
                Node value = model != null ? holder.at("config", "model").orElse(null) : holder == map ? map.get("id") : null;
                line = value == null ? line : Nodes.line(value);
            }
            // a custom provider written in code names no model here
            if (id == null || id.startsWith(FILE_SCHEME) || id.startsWith("exec:") || id.startsWith("python:")) {
                if (model == null) {
                    continue;
                }
            }
            String provider = id == null ? null : ProviderPrefix.split(id).provider();
            ModelRefs.Reference ref = model != null
                    ? new ModelRefs.Reference(model, null, ModelPinning.Origin.MODEL, provider)
                    : ModelRefs.Reference.of(id);
            ModelRefs.record(sink, file.subjectId(), "providers[" + i + "]", "providers", ref, sink.location(line));
        }
    }
}
