package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a cluster says about a running pod, which no manifest can: the node it landed on, its
 * phase, and per container the image digest actually running, restarts and why the previous
 * run ended (OOMKilled is the S3 incident). Only pods have one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkloadStatus(String node, String phase, List<ContainerState> containers, NodeAccelerators nodeAccelerators) {

    public WorkloadStatus(String node, String phase, List<ContainerState> containers) {
        this(node, phase, containers, null);
    }

    public WorkloadStatus onNode(NodeAccelerators accelerators) {
        return new WorkloadStatus(node, phase, containers, accelerators);
    }

    /**
     * The accelerators of the node a pod runs on, from its labels (the GPU feature discovery's
     * {@code nvidia.com/gpu.product}, {@code nvidia.com/gpu.memory}) and its capacity and
     * allocatable counts: which GPU, and how much of it, a model server really had.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NodeAccelerators(String product, String memory, String capacity, String allocatable) {
    }

    /**
     * {@code imageId} is the runtime's own reference (status.containerStatuses[].imageID) and
     * {@code digest} the sha256 digest read from it; {@code lastTermination} is the reason the
     * previous run ended (OOMKilled, Error, Completed …), absent when it never ended.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContainerState(String name, boolean init, String image, String imageId, String digest, long restarts,
                                 boolean ready, String lastTermination, Integer lastExitCode) {
    }
}
