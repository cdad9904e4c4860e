package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A model server's configuration. {@code engine}: vllm, tgi, kserve, litellm, ollama, nim,
 * lorax, vllm-production-stack. {@code carrier}: where the settings were read (manifest args,
 * dockerfile, shell script, helm values, config file). {@code loraModules} are "name=path"
 * pairs; {@code settings} keeps the other memory- and behaviour-relevant flags as written
 * (gpu-memory-utilization, max-model-len, tensor-parallel-size, quantization, ...).
 * {@code unresolved} lists values that depend on variables without a default. {@code image} is
 * the server's container image (its tag or digest is the engine version), when known.
 * {@code loraImages} is set by the link stage: for a {@code loraModules} entry whose path lies in a
 * container image (the server's own, an image volume, or a volume an init container fills from
 * its image), that image's reference; the adapter is then as immutable as the image.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServingConfig(String id, Location location, String engine, String carrier, String model,
                            String revision, String modelPinning, List<String> servedModelNames,
                            List<String> loraModules, Long maxLoraRank, Long maxLoras, Boolean promptLogging,
                            Map<String, String> settings, List<String> unresolved, ImageRef image,
                            Map<String, String> loraImages) {

    /** A server as a reader records it, before the link stage knows where its adapters come from. */
    public ServingConfig(String id, Location location, String engine, String carrier, String model,
                         String revision, String modelPinning, List<String> servedModelNames,
                         List<String> loraModules, Long maxLoraRank, Long maxLoras, Boolean promptLogging,
                         Map<String, String> settings, List<String> unresolved, ImageRef image) {
        this(id, location, engine, carrier, model, revision, modelPinning, servedModelNames, loraModules, maxLoraRank,
                maxLoras, promptLogging, settings, unresolved, image, null);
    }

    /** This server with the images its adapters are shipped in. */
    public ServingConfig withLoraImages(Map<String, String> images) {
        return new ServingConfig(id, location, engine, carrier, model, revision, modelPinning, servedModelNames,
                loraModules, maxLoraRank, maxLoras, promptLogging, settings, unresolved, image, images);
    }
}
