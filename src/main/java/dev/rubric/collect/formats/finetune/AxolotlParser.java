package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.List;

/**
 * Axolotl training configs (formats.md §3.1). They live under any name, so the signature decides:
 * {@code base_model} plus {@code datasets} or {@code adapter}, confirmed by one of Axolotl's own
 * keys ({@code sequence_len}, {@code micro_batch_size}, {@code lora_r}), because {@code base_model}
 * alone also appears in model cards, LLaMA-Factory exports and unrelated configs.
 */
public final class AxolotlParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml}"));
    static final String FRAMEWORK = "axolotl";
    private static final Needles CONFIRMING = Needles.of("sequence_len", "micro_batch_size", "lora_r");
    private static final String[] HYPERPARAMETERS = {
        "learning_rate", "num_epochs", "max_steps", "micro_batch_size", "gradient_accumulation_steps", "eval_batch_size",
        "sequence_len", "sample_packing", "pad_to_sequence_len", "lora_alpha", "lora_dropout", "lora_target_linear",
        "peft_use_dora", "optimizer", "lr_scheduler", "warmup_steps", "warmup_ratio", "weight_decay", "max_grad_norm",
        "bf16", "fp16", "tf32", "gradient_checkpointing", "flash_attention", "val_set_size", "chat_template", "rl",
        "model_type", "tokenizer_type", "trust_remote_code", "deepspeed", "fsdp_version", "dataset_prepared_path"};
    private static final String[] TRACKING = {
        "wandb_project", "wandb_entity", "wandb_name", "wandb_run_id", "mlflow_tracking_uri", "mlflow_experiment_name",
        "mlflow_run_name", "hub_model_id", "hub_revision", "hub_strategy"};

    public AxolotlParser() {
        super(FRAMEWORK, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("base_model") || CONFIRMING.noneIn(file)) {
            return false;
        }
        List<MapNode> documents = file.yamlMappings();
        for (MapNode config : documents) {
            if (isAxolotl(config)) {
                sink.classify("finetune-manifest", FRAMEWORK, "parsed");
                FineTuneDraft.emitSafely(sink, config.mark().line(), "Axolotl config", () -> read(file, config));
                return true;
            }
        }
        return false;
    }

    private static boolean isAxolotl(MapNode config) {
        return Values.text(config, "base_model") != null
                && (config.get("datasets") != null || config.get("adapter") != null)
                && CONFIRMING.needles().stream().anyMatch(key -> config.get(key) != null);
    }

    private static FineTuneDraft read(ParsedFile file, MapNode config) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), config.mark().line(), FRAMEWORK);
        String revision = Values.text(config, "revision_of_model");
        if (revision == null) {
            revision = Values.text(config, "model_revision");
        }
        draft.baseModel(Values.text(config, "base_model"), revision, Values.line(config, "base_model"));
        String adapter = Values.text(config, "adapter");
        draft.method = adapter != null ? adapter : "full";
        datasets(config, "datasets", null, draft);
        datasets(config, "test_datasets", "test", draft);
        Values.copy(config, draft.hyperparameters, HYPERPARAMETERS);
        Values.copyText(config, draft.tracking, TRACKING);
        draft.seed = Values.integer(config, "seed");
        draft.output = Values.text(config, "output_dir");
        draft.loraRank = Values.integer(config, "lora_r");
        draft.targetModules.addAll(Values.strings(config.get("lora_target_modules")));
        if (Values.isTrue(config, "load_in_4bit")) {
            draft.quantization = "4bit";
        } else if (Values.isTrue(config, "load_in_8bit")) {
            draft.quantization = "8bit";
        }
        draft.trackingRunId = Values.text(config, "wandb_run_id");
        return draft;
    }

    /** {@code datasets[{path, type, split, revision, data_files}]}; a bare string is a path. */
    private static void datasets(MapNode config, String key, String role, FineTuneDraft draft) {
        if (!(config.get(key) instanceof ListNode list)) {
            return;
        }
        for (Node item : list.items()) {
            if (item instanceof MapNode entry) {
                String split = Values.text(entry, "split");
                String type = Values.text(entry, "type");
                draft.dataset(Values.text(entry, "path"), split != null ? split : role,
                        type != null ? type : Values.text(entry, "ds_type"),
                        Values.strings(entry.get("data_files")), Values.text(entry, "revision"), null);
            } else {
                Values.strings(item).forEach(path -> draft.dataset(path, role, null, null, null, null));
            }
        }
    }
}
