package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A fine-tuning recipe, adapter or training record. {@code framework}: axolotl, llama-factory,
 * torchtune, peft, hf-trainer, hf-model-card, mlflow, openai, kubeflow. {@code method}: lora,
 * qlora, full, dpo, ... {@code baseModelPinning} classifies the base model with its revision.
 * {@code hyperparameters} keeps scalar settings only; {@code evalMetrics} named numbers.
 * {@code tracking} says where the run and its outputs are recorded (tracker project and run
 * names, hub repository), {@code frameworkVersion} which library version wrote the record, and
 * {@code image}/{@code imagePinning} which container a training job runs in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FineTune(String id, Location location, String framework, String method, String baseModel,
                       String baseModelRevision, String baseModelPinning, String baseModelRelation,
                       List<Dataset> datasets, Map<String, Object> hyperparameters, Long seed, String output,
                       Long loraRank, List<String> targetModules, String quantization,
                       Map<String, Double> evalMetrics, String trackingRunId, Map<String, String> tracking,
                       String frameworkVersion, String image, String imagePinning, String license, String status) {

    /**
     * A dataset a run trained or evaluated on; {@code pinned} when a revision that is a commit
     * SHA, or a content hash, fixes it. {@code format} is the prompt format or loader type
     * (alpaca, sharegpt, chat_template, json, ...); {@code files} the files selected inside it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dataset(String name, String split, String format, List<String> files, String revision, String hash,
                          boolean pinned) {
    }
}
