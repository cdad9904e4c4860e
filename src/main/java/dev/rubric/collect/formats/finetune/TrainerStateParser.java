package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Hugging Face Trainer's {@code trainer_state.json} (formats.md §3.5). It names neither model
 * nor data, but it proves a run happened and holds its evaluation history: the metrics of the
 * last evaluation step, and the best metric with the checkpoint that reached it.
 */
public final class TrainerStateParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.strong("trainer_state.json").exactCase());
    static final String FRAMEWORK = "hf-trainer";
    private static final String[] HYPERPARAMETERS = {
        "global_step", "max_steps", "num_train_epochs", "epoch", "train_batch_size", "logging_steps", "eval_steps",
        "save_steps"};
    /** Throughput figures the Trainer logs next to each evaluation; they are not results. */
    private static final List<String> TIMINGS = List.of("_runtime", "_samples_per_second", "_steps_per_second");

    public TrainerStateParser() {
        super(FRAMEWORK, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "log_history") || !Needles.contains(file, "global_step")) {
            return false;
        }
        MapNode state = Values.single(file);
        if (state == null || !(state.get("log_history") instanceof ListNode history) || state.get("global_step") == null) {
            return false;
        }
        sink.classify("finetune-manifest", FRAMEWORK, "parsed");
        FineTuneDraft.emitSafely(sink, state.mark().line(), "trainer_state.json", () -> read(file, state, history));
        return true;
    }

    private static FineTuneDraft read(ParsedFile file, MapNode state, ListNode history) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), state.mark().line(), FRAMEWORK);
        Values.copy(state, draft.hyperparameters, HYPERPARAMETERS);
        draft.evalMetrics.putAll(lastEvaluation(history));
        Double best = number(state.get("best_metric"));
        if (best != null) {
            draft.evalMetrics.put("best_metric", best);
        }
        draft.output = Values.text(state, "best_model_checkpoint");
        return draft;
    }

    /**
     * The eval_* numbers logged at the last step that evaluated. Several entries can share that
     * step when a run evaluates on several datasets (eval_a_loss, eval_b_loss).
     */
    private static Map<String, Double> lastEvaluation(ListNode history) {
        Map<String, Double> metrics = new TreeMap<>();
        Object lastStep = null;
        for (Node item : history.items()) {
            if (!(item instanceof MapNode entry) || !hasEvaluation(entry)) {
                continue;
            }
            Object step = entry.get("step") instanceof ScalarNode s ? s.value() : null;
            if (lastStep == null || !lastStep.equals(step)) {
                metrics.clear();
                lastStep = step;
            }
            for (Map.Entry<String, Node> field : entry.entries().entrySet()) {
                Double value = number(field.getValue());
                if (isMetric(field.getKey()) && value != null) {
                    metrics.put(field.getKey(), value);
                }
            }
        }
        return metrics;
    }

    private static boolean hasEvaluation(MapNode entry) {
        return entry.keys().stream().anyMatch(TrainerStateParser::isMetric);
    }

    private static boolean isMetric(String key) {
        return key.startsWith("eval_") && TIMINGS.stream().noneMatch(key::endsWith);
    }

    private static Double number(Node node) {
        if (node instanceof ScalarNode scalar && scalar.value() instanceof Number number) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? value : null;
        }
        return null;
    }
}
