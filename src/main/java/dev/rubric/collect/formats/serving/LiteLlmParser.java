package dev.rubric.collect.formats.serving;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.container.ServingArgs;
import dev.rubric.collect.read.container.ServingDraft;
import dev.rubric.collect.read.container.ServingEvidence;
import dev.rubric.collect.read.container.ShellWords;
import dev.rubric.collect.Secrets;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * LiteLLM proxy configs (formats.md §4.5): each {@code model_list} entry maps a public alias to
 * an upstream model, and that mapping is the traceability record, so each entry is one
 * ServingConfig. {@code os.environ/VAR} values are references, not secrets, and are kept.
 * Logging callbacks ({@code success_callback: ["langfuse"]}) are observability signals, and the
 * models of the entries are model references ({@link LiteLlmModels}).
 */
public final class LiteLlmParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml}"));
    private static final LiteLlmModels MODELS = new LiteLlmModels();
    private static final List<String> PARAMS = List.of("api_base", "api_version", "rpm", "tpm", "timeout", "max_tokens");
    private static final Set<String> TRACERS = Set.of("langfuse", "langsmith", "otel", "arize", "arize_phoenix", "mlflow",
            "opentelemetry", "phoenix");

    public LiteLlmParser() {
        super("litellm", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        // the model reader also takes a model_list whose entries the serving reader cannot use, and
        // then classifies the file itself; both classify it alike
        boolean recognised = readServing(file, sink);
        return MODELS.read(file, sink) | recognised;
    }

    private boolean readServing(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "litellm_params") || !Needles.contains(file, "model_list")) {
            return false;
        }
        MapNode root = file.yamlRoot().orElse(null);
        if (root == null || !(root.get("model_list") instanceof ListNode models)) {
            return false;
        }
        List<MapNode> entries = new ArrayList<>();
        for (Node item : models.items()) {
            if (item instanceof MapNode entry && entry.get("litellm_params") instanceof MapNode) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty()) {
            return false;
        }
        sink.classify("serving-config", "litellm", "parsed");
        Map<String, Integer> seen = new HashMap<>();
        for (MapNode entry : entries) {
            String alias = entry.text("model_name").orElse("unnamed");
            int count = seen.merge(alias, 1, Integer::sum);
            String id = file.subjectId() + "#" + alias + (count == 1 ? "" : "~" + count);
            // the models package records each LiteLLM model (and base_model) under its field path
            ServingEvidence.emit(draft(entry, alias), id, sink.location(entry.mark().line()), sink, false);
        }
        callbacks(file, sink, root);
        return true;
    }

    private static ServingDraft draft(MapNode entry, String alias) {
        ServingDraft draft = new ServingDraft("litellm", "config");
        MapNode params = entry.map("litellm_params").orElseThrow();
        params.text("model").ifPresent(model -> ServingArgs.model(draft,
                new ShellWords.Word(model, model.startsWith("os.environ/"), entry.mark().line())));
        draft.servedModelNames.add(alias);
        for (String key : PARAMS) {
            params.text(key).ifPresent(value -> draft.settings.put(key.replace('_', '-'), Secrets.scrubText(value)));
        }
        params.text("api_key").ifPresent(key -> draft.settings.put("api-key",
                key.startsWith("os.environ/") ? key : Secrets.MARKER));
        entry.text("model_info", "base_model").ifPresent(base -> draft.settings.put("base-model", base));
        return draft;
    }

    /** {@code litellm_settings.success_callback}, {@code failure_callback} and {@code callbacks}. */
    private static void callbacks(ParsedFile file, FileSink sink, MapNode root) {
        Map<String, Set<String>> byTracer = new TreeMap<>();
        Map<String, Integer> lines = new HashMap<>();
        root.map("litellm_settings").ifPresent(settings -> {
            for (String field : List.of("success_callback", "failure_callback", "callbacks")) {
                Node value = settings.get(field);
                List<Node> items = value instanceof ListNode list ? list.items() : value == null ? List.of() : List.of(value);
                for (Node item : items) {
                    if (item instanceof ScalarNode scalar && scalar.value() != null) {
                        String tracer = scalar.text().toLowerCase(Locale.ROOT);
                        if (TRACERS.contains(tracer)) {
                            String kind = tracer.startsWith("arize") || tracer.equals("phoenix") ? "phoenix"
                                    : tracer.equals("opentelemetry") ? "otel" : tracer;
                            byTracer.computeIfAbsent(kind, k -> new TreeSet<>()).add(field);
                            lines.putIfAbsent(kind, scalar.mark().line());
                        }
                    }
                }
            }
        });
        byTracer.forEach((kind, fields) -> sink.observability(new ObservabilitySignal(file.subjectId() + "#" + kind,
                sink.location(lines.get(kind)), kind, "config", List.of("traces"), List.of(), null,
                Map.of("callbacks", String.join(",", fields)))));
    }
}
