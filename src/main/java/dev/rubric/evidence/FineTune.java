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
 * {@code baseModelRevisionFrom} is set by the link stage when the base model's revision is not
 * written in this record but in another record of the same adapter (its id): the model card of an
 * adapter whose adapter_config.json or recipe pins the base.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FineTune(String id, Location location, String framework, String method, String baseModel,
                       String baseModelRevision, String baseModelPinning, String baseModelRelation,
                       List<Dataset> datasets, Map<String, Object> hyperparameters, Long seed, String output,
                       Long loraRank, List<String> targetModules, String quantization,
                       Map<String, Double> evalMetrics, String trackingRunId, Map<String, String> tracking,
                       String frameworkVersion, String image, String imagePinning, String license, String status,
                       String baseModelRevisionFrom) {

    /** A record as a collector writes it, every fact its own. */
    public FineTune(String id, Location location, String framework, String method, String baseModel,
                    String baseModelRevision, String baseModelPinning, String baseModelRelation,
                    List<Dataset> datasets, Map<String, Object> hyperparameters, Long seed, String output,
                    Long loraRank, List<String> targetModules, String quantization,
                    Map<String, Double> evalMetrics, String trackingRunId, Map<String, String> tracking,
                    String frameworkVersion, String image, String imagePinning, String license, String status) {
        this(id, location, framework, method, baseModel, baseModelRevision, baseModelPinning, baseModelRelation, datasets,
                hyperparameters, seed, output, loraRank, targetModules, quantization, evalMetrics, trackingRunId, tracking,
                frameworkVersion, image, imagePinning, license, status, null);
    }

    /** This record with its base model's revision and datasets completed from another record of the same adapter. */
    public FineTune joined(String revision, String pinning, String revisionFrom, List<Dataset> joinedDatasets) {
        return new FineTune(id, location, framework, method, baseModel, revision, pinning, baseModelRelation,
                joinedDatasets, hyperparameters, seed, output, loraRank, targetModules, quantization, evalMetrics,
                trackingRunId, tracking, frameworkVersion, image, imagePinning, license, status, revisionFrom);
    }

    /**
     * A dataset a run trained or evaluated on; {@code pinned} when a revision that is a commit
     * SHA, or a content hash, fixes it. {@code format} is the prompt format or loader type
     * (alpaca, sharegpt, chat_template, json, ...); {@code files} the files selected inside it.
     * {@code revisionFrom}: set by the link stage when the revision or hash is another record's of
     * the same adapter (its id), as for {@code baseModelRevisionFrom}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dataset(String name, String split, String format, List<String> files, String revision, String hash,
                          boolean pinned, String revisionFrom) {

        public Dataset(String name, String split, String format, List<String> files, String revision, String hash,
                       boolean pinned) {
            this(name, split, format, files, revision, hash, pinned, null);
        }

        /** This dataset pinned by another record's revision or hash of it. */
        public Dataset pinnedBy(Dataset other, String recordId) {
            return new Dataset(name, split, format, files, other.revision(), other.hash(), true, recordId);
        }
    }
}
