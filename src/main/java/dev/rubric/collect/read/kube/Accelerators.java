package dev.rubric.collect.read.kube;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises GPU requests and GPU placement (formats.md §4.6). Device-plugin resource names are
 * vendor conventions, so they are matched by name; placement is the other half, because a pod
 * can land on GPU nodes through a runtime class, a node selector or a toleration without asking
 * for a device in its own resources.
 */
final class Accelerators {
    private static final String NVIDIA_GPU = "nvidia.com/gpu";

    private Accelerators() {
    }

    static boolean isAcceleratorResource(String resource) {
        String name = resource.toLowerCase(Locale.ROOT);
        return name.equals(NVIDIA_GPU) || name.equals("amd.com/gpu") || name.startsWith("gpu.intel.com/")
                || name.startsWith("nvidia.com/mig-");
    }

    /** Accelerators asked for: limits are what the scheduler counts for extended resources; requests if only they name one. */
    static long count(Map<String, String> limits, Map<String, String> requests) {
        long fromLimits = sum(limits);
        return fromLimits >= 0 ? fromLimits : Math.max(0, sum(requests));
    }

    /** Sum of accelerator quantities, or -1 when no accelerator resource is named at all. */
    private static long sum(Map<String, String> resources) {
        long total = -1;
        for (Map.Entry<String, String> entry : resources.entrySet()) {
            if (isAcceleratorResource(entry.getKey())) {
                total = Math.max(total, 0) + quantity(entry.getValue());
            }
        }
        return total;
    }

    /** Device counts are whole numbers; anything else written there still asks for a device. */
    private static long quantity(String value) {
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static boolean steersToGpu(String runtimeClassName, Map<String, String> nodeSelector,
                               Collection<String> tolerationKeys) {
        if (runtimeClassName != null && runtimeClassName.toLowerCase(Locale.ROOT).contains("nvidia")) {
            return true;
        }
        for (Map.Entry<String, String> entry : nodeSelector.entrySet()) {
            if (entry.getKey().contains(NVIDIA_GPU) || entry.getValue().contains(NVIDIA_GPU)) {
                return true;
            }
        }
        return tolerationKeys.stream().anyMatch(key -> key.startsWith(NVIDIA_GPU));
    }
}
