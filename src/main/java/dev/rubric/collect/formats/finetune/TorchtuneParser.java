package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * torchtune recipe configs (formats.md §3.3): sections whose {@code _component_} names a
 * {@code torchtune.} class, with a {@code checkpointer}. The base model is only a local
 * checkpoint directory; upstream configs say in a comment which hub repository {@code tune
 * download} fetched into it, and that comment is the only name the model has, so it is used.
 */
public final class TorchtuneParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml}"));
    static final String FRAMEWORK = "torchtune";
    // RE2/J: with java.util.regex the search is quadratic on a long line or a run of blank lines
    private static final com.google.re2j.Pattern DOWNLOAD = com.google.re2j.Pattern.compile("(?m)^\\s*#.*\\btune\\s+download\\s+([\\w.-]+/[\\w.-]+)");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([\\w.]+)}");
    private static final String[] TOP_HYPERPARAMETERS = {
        "epochs", "batch_size", "gradient_accumulation_steps", "max_steps_per_epoch", "compile", "enable_activation_checkpointing",
        "dtype", "clip_grad_norm"};

    public TorchtuneParser() {
        super(FRAMEWORK, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "_component_") || !Needles.contains(file, "torchtune.")
                || !Needles.contains(file, "checkpointer")) {
            return false;
        }
        List<MapNode> documents = file.yamlMappings();
        for (MapNode config : documents) {
            if (config.get("checkpointer") instanceof MapNode && component(config, "model") != null
                    && isTorchtune(config)) {
                sink.classify("finetune-manifest", FRAMEWORK, "parsed");
                FineTuneDraft.emitSafely(sink, config.mark().line(), "torchtune config", () -> read(file, config));
                return true;
            }
        }
        return false;
    }

    private static boolean isTorchtune(MapNode config) {
        for (Node section : config.entries().values()) {
            if (section instanceof MapNode map) {
                String component = Values.text(map, "_component_");
                if (component != null && component.startsWith("torchtune.")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static FineTuneDraft read(ParsedFile file, MapNode config) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), config.mark().line(), FRAMEWORK);
        MapNode model = config.map("model").orElse(null);
        MapNode checkpointer = config.map("checkpointer").orElseThrow();
        String modelComponent = component(config, "model");
        draft.hyperparameters.put("model", modelComponent);
        String builder = modelComponent.substring(modelComponent.lastIndexOf('.') + 1);
        draft.method = builder.startsWith("qlora_") ? "qlora" : builder.startsWith("lora_") ? "lora" : "full";
        if (draft.method.equals("qlora")) {
            // torchtune's QLoRA builders always quantize the frozen base to NF4
            draft.quantization = "4bit";
        }
        com.google.re2j.Matcher download = DOWNLOAD.matcher(file.text());
        if (download.find()) {
            draft.baseModel(download.group(1), null, file.lineOf(download.start(1)));
        } else {
            draft.baseModel(resolve(config, Values.text(checkpointer, "checkpoint_dir")), null,
                    Values.line(checkpointer, "checkpoint_dir"));
        }
        putText(draft, "checkpointer", component(config, "checkpointer"));
        putText(draft, "checkpoint_dir", resolve(config, Values.text(checkpointer, "checkpoint_dir")));
        putText(draft, "model_type", Values.text(checkpointer, "model_type"));
        datasets(config.get("dataset"), draft);
        Values.copy(config, draft.hyperparameters, TOP_HYPERPARAMETERS);
        config.map("optimizer").ifPresent(optimizer -> {
            putText(draft, "optimizer", Values.text(optimizer, "_component_"));
            Values.copy(optimizer, draft.hyperparameters, "lr", "weight_decay");
        });
        config.map("tokenizer").ifPresent(tokenizer -> Values.copy(tokenizer, draft.hyperparameters, "max_seq_len"));
        if (model != null) {
            Values.copy(model, draft.hyperparameters, "lora_alpha", "lora_dropout", "apply_lora_to_mlp", "apply_lora_to_output");
            draft.loraRank = Values.integer(model, "lora_rank");
            draft.targetModules.addAll(Values.strings(model.get("lora_attn_modules")));
        }
        config.map("metric_logger").ifPresent(logger -> {
            Values.copyText(logger, draft.tracking, "project", "entity", "name", "log_dir");
            String component = Values.text(logger, "_component_");
            if (component != null) {
                draft.tracking.put("metric_logger", component);
            }
        });
        draft.tracking.replaceAll((key, value) -> resolve(config, value));
        draft.seed = Values.integer(config, "seed");
        String output = Values.text(config, "output_dir");
        draft.output = output != null ? output : resolve(config, Values.text(checkpointer, "output_dir"));
        return draft;
    }

    /** {@code dataset} is one component or a list of them (a dataset mix). */
    private static void datasets(Node node, FineTuneDraft draft) {
        List<MapNode> entries = new ArrayList<>();
        if (node instanceof MapNode map) {
            entries.add(map);
        } else if (node instanceof ListNode list) {
            list.items().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast).forEach(entries::add);
        }
        for (MapNode entry : entries) {
            String component = Values.text(entry, "_component_");
            String source = Values.text(entry, "source");
            String name = source != null ? source : component;
            String format = source != null && component != null ? component.substring(component.lastIndexOf('.') + 1) : null;
            draft.dataset(name, Values.text(entry, "split"), format, Values.strings(entry.get("data_files")),
                    Values.text(entry, "revision"), null);
        }
    }

    private static String component(MapNode config, String section) {
        return config.map(section).map(map -> Values.text(map, "_component_")).orElse(null);
    }

    private static void putText(FineTuneDraft draft, String key, String value) {
        if (value != null) {
            draft.hyperparameters.put(key, value);
        }
    }

    /** Replaces {@code ${output_dir}}-style references to top-level scalars; others stay as written. */
    private static String resolve(MapNode config, String value) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Matcher matcher = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = Values.text(config, matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement != null ? replacement : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
