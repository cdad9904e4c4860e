package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.Needles;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Langfuse prompt exports and seed files (formats.md §1.6): {@code name} + {@code prompt} (text,
 * or chat messages) + {@code labels} or {@code type} text|chat. Many JSON files have a name and a
 * prompt, so the labels/type key is required. A file may hold one prompt or a list of them.
 * {@code version} is set by the server and present only in API exports.
 */
public final class LangfuseParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.json"));
    static final String FORMAT = "langfuse";
    private static final Set<String> TYPES = Set.of("text", "chat");

    public LangfuseParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "\"prompt\"")
                || (!Needles.contains(file, "\"labels\"") && !Needles.contains(file, "\"type\""))) {
            return false;
        }
        Node root = Documents.first(file);
        List<MapNode> candidates = root instanceof MapNode map ? List.of(map) : Nodes.maps(root);
        List<MapNode> prompts = new ArrayList<>();
        for (MapNode candidate : candidates) {
            if (isPrompt(candidate)) {
                prompts.add(candidate);
            }
        }
        if (prompts.isEmpty()) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        Map<String, Integer> seen = new HashMap<>();
        for (MapNode prompt : prompts) {
            try {
                // exports list every version of a prompt under the same name
                String name = Nodes.string(prompt, "name");
                int count = seen.merge(name, 1, Integer::sum);
                emit(file, sink, prompt, root instanceof MapNode, count == 1 ? name : name + "~" + count);
            } catch (RuntimeException e) {
                sink.error(Nodes.line(prompt), 0, "Langfuse prompt: cannot read it: " + e);
            }
        }
        return true;
    }

    private static boolean isPrompt(MapNode map) {
        Node prompt = map.get("prompt");
        boolean text = prompt instanceof ScalarNode scalar && scalar.value() instanceof String;
        boolean chat = prompt instanceof ListNode && !Nodes.maps(prompt).isEmpty()
                && Nodes.maps(prompt).stream().allMatch(m -> m.get("role") != null);
        String type = Nodes.string(map, "type");
        return Nodes.string(map, "name") != null && (text || chat)
                && (map.get("labels") instanceof ListNode || (type != null && TYPES.contains(type)));
    }

    private static void emit(ParsedFile file, FileSink sink, MapNode prompt, boolean alone, String key) {
        String name = Nodes.string(prompt, "name");
        String body;
        if (prompt.get("prompt") instanceof ListNode messages) {
            List<String> lines = new ArrayList<>();
            for (MapNode message : Nodes.maps(messages)) {
                lines.add(Nodes.text(message, "role") + ": " + nullToEmpty(Nodes.string(message, "content")));
            }
            body = String.join("\n", lines);
        } else {
            body = Nodes.string(prompt, "prompt");
            body = body == null ? "" : body;
        }
        MapNode config = prompt.map("config").orElse(null);
        Map<String, Object> parameters = Parameters.of(config);
        if (parameters != null) {
            parameters.remove("model");
            parameters = parameters.isEmpty() ? null : parameters;
        }
        PromptFacts facts = new PromptFacts(name, Nodes.text(prompt, "version"), null, null,
                Nodes.string(config, "model"), ModelPinning.Origin.MODEL, null, parameters, null, "mustache", body,
                config == null || config.get("model") == null ? 0 : Nodes.line(config.get("model")));
        String id = alone ? file.subjectId() : file.subjectId() + "#" + key;
        PromptEvidence.Site site = alone ? PromptSites.wholeFile(file)
                : new PromptEvidence.Site(id, Nodes.line(prompt), false, file.carrier(), null, true);
        PromptEvidence.emit(sink, site, FORMAT, facts, body, null);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
