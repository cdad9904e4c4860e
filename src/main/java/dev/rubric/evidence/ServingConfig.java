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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServingConfig(String id, Location location, String engine, String carrier, String model,
                            String revision, String modelPinning, List<String> servedModelNames,
                            List<String> loraModules, Long maxLoraRank, Long maxLoras, Boolean promptLogging,
                            Map<String, String> settings, List<String> unresolved, ImageRef image) {
}
