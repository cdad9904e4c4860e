package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What the audited system is made of, as far as the in-scope evidence names it: the models it calls
 * or trains (adapters with the base model they were trained from), the datasets those runs name,
 * and the model servers and deployments that serve them. It is the Report's input to the AI-BOM
 * ({@code -f cyclonedx}); the engine builds it from evidence so that no renderer reads evidence.
 * Every entry has a stable {@code ref} (the same input gives the same refs) and the places it was found.
 */
public record Inventory(List<Model> models, List<Dataset> datasets, List<Service> services) {
    public static final Inventory EMPTY = new Inventory(List.of(), List.of(), List.of());

    public Inventory {
        models = List.copyOf(models);
        datasets = List.copyOf(datasets);
        services = List.copyOf(services);
    }

    /**
     * A model named by the system. {@code kind}: model (called or served as named), adapter (a LoRA
     * or other adapter trained on {@code baseModel}) or fine-tune (full weights trained from it).
     * {@code pinning}: pinned, floating, opaque or untraceable, the evidence's verdict; for an
     * adapter, that of its base model. {@code datasets}: refs of the datasets it was trained or
     * evaluated on.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Model(String ref, String kind, String name, String provider, String revision, String pinning,
                        String baseModel, String baseModelRevision, String baseModelPinning, List<String> datasets,
                        List<ReportLocation> locations) {
    }

    /** A dataset a training or evaluation run names; {@code pinned} when a commit revision or content hash fixes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dataset(String ref, String name, String revision, String hash, boolean pinned,
                          List<ReportLocation> locations) {
    }

    /**
     * A model server's configuration or a cloud model deployment. {@code engine}: vllm, tgi, ... or
     * the cloud platform (azure, aws-bedrock, vertex-ai); {@code model}/{@code revision}/{@code pinning}
     * what it serves; {@code servedNames} the names clients ask for; {@code adapters} the adapters it
     * loads ("name=path"); {@code image} its container image.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(String ref, String name, String engine, String model, String revision, String pinning,
                          List<String> servedNames, List<String> adapters, String image, List<ReportLocation> locations) {
    }
}
