package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.ScalarNode;
import java.util.Locale;

/**
 * Hugging Face PEFT {@code adapter_config.json} (formats.md §3.4), the identity card of an adapter
 * that is actually loaded at serving time. The name is a strong hint, but public repositories
 * hold unrelated files of that name (a wifi-monitor mapping), so {@code peft_type} and
 * {@code base_model_name_or_path} must both be present.
 */
public final class PeftAdapterParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("adapter_config.json").exactCase());
    static final String FRAMEWORK = "peft";
    private static final String[] HYPERPARAMETERS = {
        "peft_type", "task_type", "lora_alpha", "lora_dropout", "bias", "use_dora", "use_rslora", "fan_in_fan_out",
        "init_lora_weights", "inference_mode"};

    public PeftAdapterParser() {
        super(FRAMEWORK, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "peft_type") || !Needles.contains(file, "base_model_name_or_path")) {
            return false;
        }
        MapNode config = Values.single(file);
        if (config == null || Values.text(config, "peft_type") == null || config.get("base_model_name_or_path") == null) {
            return false;
        }
        sink.classify("finetune-manifest", FRAMEWORK, "parsed");
        FineTuneDraft.emitSafely(sink, config.mark().line(), "PEFT adapter config", () -> read(file, config));
        return true;
    }

    private static FineTuneDraft read(ParsedFile file, MapNode config) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), config.mark().line(), FRAMEWORK);
        draft.baseModel(Values.text(config, "base_model_name_or_path"), Values.text(config, "revision"),
                Values.line(config, "base_model_name_or_path"));
        draft.method = Values.text(config, "peft_type").toLowerCase(Locale.ROOT);
        Values.copy(config, draft.hyperparameters, HYPERPARAMETERS);
        draft.loraRank = Values.integer(config, "r");
        // a string here is one regular expression over module names, never a comma list
        if (config.get("target_modules") instanceof ScalarNode) {
            String pattern = Values.text(config, "target_modules");
            if (pattern != null) {
                draft.targetModules.add(pattern);
            }
        } else {
            draft.targetModules.addAll(Values.strings(config.get("target_modules")));
        }
        draft.frameworkVersion = Values.text(config, "peft_version");
        return draft;
    }
}
