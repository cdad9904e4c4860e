package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;

/**
 * MLflow's {@code MLmodel} descriptor (formats.md §3.7): the packaged model's flavors and the run
 * that logged it. A file of that name that is not YAML with {@code flavors} (Python source exists
 * under this name in public repositories) is not one. The run id is what links the package to
 * its training parameters and metrics in the tracking server. Only a package built from a base
 * model (the transformers flavor's {@code source_model_name}) is a fine-tune; a model trained from
 * scratch (a scikit-learn router, an XGBoost scorer) is recorded as the file's facts and no more,
 * so that it is not judged for a base model it never had.
 */
public final class MlflowModelParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("MLmodel").exactCase());
    static final String FRAMEWORK = "mlflow";

    public MlflowModelParser() {
        super(FRAMEWORK, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("flavors")) {
            return false;
        }
        MapNode model = Values.single(file);
        if (model == null || !(model.get("flavors") instanceof MapNode flavors)
                || (model.get("mlflow_version") == null && model.get("artifact_path") == null)) {
            return false;
        }
        sink.classify("finetune-manifest", FRAMEWORK, "parsed");
        sink.fact("flavors", flavors.keys().stream().sorted().toList());
        sink.fact("signature", model.get("signature") instanceof MapNode);
        String runId = Values.text(model, "run_id");
        if (runId != null) {
            sink.fact("runId", runId);
        }
        boolean fromBase = flavors.map("transformers").map(t -> Values.text(t, "source_model_name") != null).orElse(false);
        if (!fromBase) {
            return true;
        }
        FineTuneDraft.emitSafely(sink, model.mark().line(), "MLmodel", () -> read(file, model, flavors));
        return true;
    }

    private static FineTuneDraft read(ParsedFile file, MapNode model, MapNode flavors) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), model.mark().line(), FRAMEWORK);
        draft.trackingRunId = Values.text(model, "run_id");
        draft.output = Values.text(model, "model_uuid");
        draft.frameworkVersion = Values.text(model, "mlflow_version");
        Values.copyText(model, draft.tracking, "artifact_path");
        // the transformers flavor records which hub model the package was built from
        flavors.map("transformers").ifPresent(transformers -> {
            draft.baseModel(Values.text(transformers, "source_model_name"),
                    Values.text(transformers, "source_model_revision"), Values.line(transformers, "source_model_name"));
            Values.copy(transformers, draft.hyperparameters, "task", "transformers_version", "peft_adapter");
        });
        return draft;
    }
}
