package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;
import java.util.List;

/**
 * LLaMA-Factory training and export configs (formats.md §3.2): {@code model_name_or_path} with
 * {@code stage} and {@code finetuning_type}, or with {@code template} and {@code dataset}.
 * Datasets are names registered in a {@code dataset_info.json}; they are kept as names here and
 * resolved against that registry by whoever sees both files.
 */
public final class LlamaFactoryParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json}"));
    static final String FRAMEWORK = "llama-factory";
    private static final String[] HYPERPARAMETERS = {
        "stage", "finetuning_type", "template", "learning_rate", "num_train_epochs", "max_steps",
        "per_device_train_batch_size", "per_device_eval_batch_size", "gradient_accumulation_steps", "cutoff_len",
        "max_samples", "lr_scheduler_type", "warmup_ratio", "warmup_steps", "weight_decay", "lora_alpha", "lora_dropout",
        "pref_beta", "pref_loss", "bf16", "fp16", "quantization_method", "val_size",
        "dataset_dir", "adapter_name_or_path", "deepspeed", "trust_remote_code", "do_train"};
    private static final String[] TRACKING = {"report_to", "run_name", "export_hub_model_id", "hub_model_id"};

    public LlamaFactoryParser() {
        super(FRAMEWORK, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("model_name_or_path") || !(text.contains("finetuning_type") || text.contains("template"))) {
            return false;
        }
        List<MapNode> documents = file.yamlMappings();
        for (MapNode config : documents) {
            if (isLlamaFactory(config)) {
                sink.classify("finetune-manifest", FRAMEWORK, "parsed");
                FineTuneDraft.emitSafely(sink, config.mark().line(), "LLaMA-Factory config", () -> read(file, config));
                return true;
            }
        }
        return false;
    }

    private static boolean isLlamaFactory(MapNode config) {
        if (Values.text(config, "model_name_or_path") == null) {
            return false;
        }
        return (config.get("stage") != null && config.get("finetuning_type") != null)
                || (config.get("template") != null && config.get("dataset") != null);
    }

    private static FineTuneDraft read(ParsedFile file, MapNode config) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), config.mark().line(), FRAMEWORK);
        draft.baseModel(Values.text(config, "model_name_or_path"), Values.text(config, "model_revision"),
                Values.line(config, "model_name_or_path"));
        String type = Values.text(config, "finetuning_type");
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
