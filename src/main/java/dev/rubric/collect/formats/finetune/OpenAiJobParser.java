package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI fine-tuning job objects saved as JSON (formats.md §3.6): one job, or a list response
 * ({@code object: list}, {@code data[]}). The {@code object: fine_tuning.job} marker is the
 * signature. Training files are opaque upload ids: they name an upload, not its content, so
 * they never count as pinned.
 */
public final class OpenAiJobParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.json"));
    static final String FRAMEWORK = "openai";
    static final String[] HYPERPARAMETERS = {"n_epochs", "batch_size", "learning_rate_multiplier", "beta"};

    public OpenAiJobParser() {
        super("openai-fine-tuning", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("fine_tuning.job")) {
            return false;
        }
        List<MapNode> documents = file.yamlMappings();
        List<MapNode> jobs = new ArrayList<>();
        for (MapNode document : documents) {
            if (isJob(document)) {
                jobs.add(document);
            } else if ("list".equals(Values.text(document, "object")) && document.get("data") instanceof ListNode data) {
                data.items().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast)
                        .filter(OpenAiJobParser::isJob).forEach(jobs::add);
            }
        }
        if (jobs.isEmpty()) {
            return false;
        }
        sink.classify("finetune-manifest", "openai-fine-tuning-job", "parsed");
        for (MapNode job : jobs) {
            String jobId = Values.text(job, "id");
            String id = jobs.size() == 1 ? file.subjectId() : file.subjectId() + "#" + (jobId != null ? jobId : "line" + job.mark().line());
            FineTuneDraft.emitSafely(sink, job.mark().line(), "fine-tuning job " + jobId, () -> read(id, job));
        }
        return true;
    }

    private static boolean isJob(MapNode map) {
        return "fine_tuning.job".equals(Values.text(map, "object"));
    }

    private static FineTuneDraft read(String id, MapNode job) {
        FineTuneDraft draft = new FineTuneDraft(id, job.mark().line(), FRAMEWORK);
        draft.baseModel(Values.text(job, "model"), null, Values.line(job, "model"));
        draft.dataset(Values.text(job, "training_file"), "train", null, null, null, null);
        draft.dataset(Values.text(job, "validation_file"), "validation", null, null, null, null);
        job.map("hyperparameters").ifPresent(h -> Values.copy(h, draft.hyperparameters, HYPERPARAMETERS));
        // newer jobs put the method and its hyperparameters under method.{type}.hyperparameters
        job.map("method").ifPresent(method -> {
            draft.method = Values.text(method, "type");
            if (draft.method != null) {
                method.map(draft.method, "hyperparameters")
                        .ifPresent(h -> Values.copy(h, draft.hyperparameters, HYPERPARAMETERS));
            }
        });
        Values.copy(job, draft.hyperparameters, "suffix");
        draft.seed = Values.integer(job, "seed");
        draft.output = Values.text(job, "fine_tuned_model");
        draft.trackingRunId = Values.text(job, "id");
        draft.status = Values.text(job, "status");
        job.list("integrations").ifPresent(list -> {
            for (Node item : list.items()) {
                if (item instanceof MapNode integration) {
                    integration.map("wandb").ifPresent(w -> Values.copyText(w, draft.tracking, "project", "entity", "name"));
                }
            }
        });
        return draft;
    }
}
