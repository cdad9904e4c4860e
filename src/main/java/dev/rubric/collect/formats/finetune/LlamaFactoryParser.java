package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;
import java.util.Arrays;
import java.util.List;

/**
 * LLaMA-Factory training and export configs (formats.md §3.2), in both of its formats:
 * <ul>
 * <li>the original one: {@code model_name_or_path} with {@code stage} and {@code finetuning_type},
 * or with {@code template} and {@code dataset}; datasets are names registered in a
 * {@code dataset_info.json}, kept as names here and resolved against that registry by whoever
 * sees both files;</li>
 * <li>the v1 one ({@code examples/v1/}, 2026): {@code model} with plug-in blocks
 * ({@code peft_config: {name: lora, r, target_modules}}, {@code quant_config},
 * {@code dist_config}, {@code kernel_config}), {@code train_dataset}/{@code eval_dataset} naming
 * a dataset file or hub id, {@code micro_batch_size}; no {@code stage}: the trainer is chosen on
 * the command line.</li>
 * </ul>
 */
public final class LlamaFactoryParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json}"));
    static final String FRAMEWORK = "llama-factory";
    private static final String[] HYPERPARAMETERS = {
        "stage", "finetuning_type", "template", "learning_rate", "num_train_epochs", "max_steps",
        "per_device_train_batch_size", "per_device_eval_batch_size", "gradient_accumulation_steps", "cutoff_len",
        "max_samples", "lr_scheduler_type", "warmup_ratio", "warmup_steps", "weight_decay", "lora_alpha", "lora_dropout",
        "pref_beta", "pref_loss", "bf16", "fp16", "quantization_method", "val_size",
        "dataset_dir", "adapter_name_or_path", "deepspeed", "trust_remote_code", "do_train", "export_size",
        "export_quantization_bit"};
    private static final String[] TRACKING = {"report_to", "run_name", "export_hub_model_id", "hub_model_id"};
    /** Keys only the v1 format has; one of them must be present next to {@code model}. */
    private static final String[] V1_KEYS = {"model_class", "peft_config", "quant_config", "dist_config", "kernel_config",
        "micro_batch_size", "global_batch_size"};
    private static final String[] V1_HYPERPARAMETERS = {
        "model_class", "learning_rate", "num_train_epochs", "max_steps", "micro_batch_size", "global_batch_size",
        "cutoff_len", "max_grad_norm", "pref_loss", "pref_beta", "pref_ftx", "simpo_gamma", "batching_strategy",
        "enable_activation_checkpointing", "trust_remote_code", "custom_chat_template", "full_determinism",
        "resume_from_checkpoint"};
    private static final String[] V1_PEFT = {"lora_alpha", "lora_dropout", "adapter_name_or_path",
        "freeze_trainable_layers", "freeze_trainable_modules"};

    public LlamaFactoryParser() {
        super(FRAMEWORK, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        boolean original = Needles.contains(file, "model_name_or_path")
                && (Needles.contains(file, "finetuning_type") || Needles.contains(file, "template"));
        boolean v1 = Needles.contains(file, "model")
                && (Needles.contains(file, "train_dataset") || Needles.contains(file, "peft_config"));
        if (!original && !v1) {
            return false;
        }
        List<MapNode> documents = file.yamlMappings();
        for (MapNode config : documents) {
            if (original && isLlamaFactory(config)) {
                sink.classify("finetune-manifest", FRAMEWORK, "parsed");
                FineTuneDraft.emitSafely(sink, config.mark().line(), "LLaMA-Factory config", () -> read(file, config));
                return true;
            }
            if (v1 && isV1(config)) {
                sink.classify("finetune-manifest", FRAMEWORK, "parsed");
                FineTuneDraft.emitSafely(sink, config.mark().line(), "LLaMA-Factory v1 config", () -> readV1(file, config));
                return true;
            }
        }
        return false;
    }

    /**
     * {@code model} as text, something to train on or export from, and a key of the v1 format:
     * {@code model} and {@code train_dataset} alone are too common to mean LLaMA-Factory.
     */
    private static boolean isV1(MapNode config) {
        if (Values.text(config, "model") == null || config.get("model_name_or_path") != null) {
            return false;
        }
        MapNode peft = config.get("peft_config") instanceof MapNode map ? map : null;
        boolean work = config.get("train_dataset") != null
                || (peft != null && (peft.get("adapter_name_or_path") != null || peft.get("export_dir") != null));
        return work && Arrays.stream(V1_KEYS).anyMatch(key -> config.get(key) != null)
                && (peft == null || Values.text(peft, "name") != null);
    }

    private static FineTuneDraft readV1(ParsedFile file, MapNode config) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), config.mark().line(), FRAMEWORK);
        draft.baseModel(Values.text(config, "model"), Values.text(config, "model_revision"), Values.line(config, "model"));
        MapNode peft = config.get("peft_config") instanceof MapNode map ? map : null;
        MapNode quant = config.get("quant_config") instanceof MapNode map ? map : null;
        String bits = quant == null ? null : Values.text(quant, "quantization_bit");
        String type = peft == null ? "full" : Values.text(peft, "name");
        draft.method = "lora".equals(type) && bits != null ? "qlora" : type;
        draft.quantization = bits == null ? null : bits + "bit";
        for (String name : Values.strings(config.get("train_dataset"))) {
            draft.dataset(name, "train", null, null, null, null);
        }
        for (String name : Values.strings(config.get("eval_dataset"))) {
            draft.dataset(name, "validation", null, null, null, null);
        }
        Values.copy(config, draft.hyperparameters, V1_HYPERPARAMETERS);
        if (peft != null) {
            Values.copy(peft, draft.hyperparameters, V1_PEFT);
            draft.loraRank = Values.integer(peft, "r");
            draft.targetModules.addAll(Values.strings(peft.get("target_modules")));
        }
        for (String plugin : List.of("dist_config", "kernel_config", "quant_config", "optim_config", "lr_scheduler_config")) {
            if (config.get(plugin) instanceof MapNode block && Values.text(block, "name") != null) {
                draft.hyperparameters.put(plugin, Values.text(block, "name"));
            }
        }
        draft.seed = Values.integer(config, "seed");
        String output = Values.text(config, "output_dir");
        draft.output = output != null ? output : peft == null ? null : Values.text(peft, "export_dir");
        return draft;
    }

    private static boolean isLlamaFactory(MapNode config) {
        if (Values.text(config, "model_name_or_path") == null) {
            return false;
        }
        // a training run, or the export that merges an adapter into its base (examples/merge_lora)
        return (config.get("stage") != null && config.get("finetuning_type") != null)
                || (config.get("template") != null && (config.get("dataset") != null || config.get("export_dir") != null));
    }

    private static FineTuneDraft read(ParsedFile file, MapNode config) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), config.mark().line(), FRAMEWORK);
        draft.baseModel(Values.text(config, "model_name_or_path"), Values.text(config, "model_revision"),
                Values.line(config, "model_name_or_path"));
        // lora is LLaMA-Factory's default finetuning_type, which merge configs leave out
        String type = Values.text(config, "finetuning_type") != null ? Values.text(config, "finetuning_type")
                : Values.text(config, "adapter_name_or_path") != null ? "lora" : null;
        String bits = Values.text(config, "quantization_bit");
        // LLaMA-Factory has no "qlora" type: QLoRA is LoRA over a base loaded with quantization_bit
        draft.method = "lora".equals(type) && bits != null ? "qlora" : type;
        draft.quantization = bits == null ? null : bits + "bit";
        for (String name : Values.strings(config.get("dataset"))) {
            draft.dataset(name, "train", null, null, null, null);
        }
        for (String name : Values.strings(config.get("eval_dataset"))) {
            draft.dataset(name, "validation", null, null, null, null);
        }
        Values.copy(config, draft.hyperparameters, HYPERPARAMETERS);
        Values.copyText(config, draft.tracking, TRACKING);
        draft.seed = Values.integer(config, "seed");
        String output = Values.text(config, "output_dir");
        draft.output = output != null ? output : Values.text(config, "export_dir");
        draft.loraRank = Values.integer(config, "lora_rank");
        draft.targetModules.addAll(Values.strings(config.get("lora_target")));
        return draft;
    }
}
