package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A fine-tuning recipe, adapter or training record. {@code framework}: axolotl, llama-factory,
 * torchtune, peft, hf-trainer, hf-model-card, mlflow, openai, kubeflow. {@code method}: lora,
 * qlora, full, dpo, ... {@code baseModelPinning} classifies the base model with its revision.
 * {@code hyperparameters} keeps scalar settings only; {@code evalMetrics} named numbers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FineTune(String id, Location location, String framework, String method, String baseModel,
                       String baseModelRevision, String baseModelPinning, List<Dataset> datasets,
                       Map<String, Object> hyperparameters, Long seed, String output, Long loraRank,
                       List<String> targetModules, String quantization, Map<String, Double> evalMetrics,
                       String trackingRunId) {

    /** A dataset a run trained or evaluated on; {@code pinned} when a revision or content hash fixes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dataset(String name, String split, String revision, String hash, boolean pinned) {
    }
}
