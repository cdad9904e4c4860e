package dev.rubric.collect.images;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Workload;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Notes, on their way into the evidence, the images that production workloads run and that
 * production Dockerfiles build FROM, each with where it was first named, so they can be inspected
 * after the targets are collected (sinks are write-only: nothing is read back). References that
 * are templates or variables cannot be looked up; build stages and scratch are not images.
 */
public final class ReferencedImages extends ForwardingSink {
    private final Map<String, Location> seen = new TreeMap<>();

    public ReferencedImages(SubjectSink next) {
        super(next);
    }

    @Override
    public void workload(Workload workload) {
        if (isProduction(workload.location()) && workload.containers() != null) {
            for (Container container : workload.containers()) {
                ImageRef image = container.image();
                if (image != null && !ImageRef.UNRESOLVED.equals(image.pinning())) {
                    note(image.ref(), workload.location());
                }
            }
        }
        super.workload(workload);
    }

    @Override
    public void file(ArtifactFile file) {
        if ("dockerfile".equals(file.kind()) && isProduction(file.location()) && file.facts() != null
                && file.facts().get("stages") instanceof List<?> stages) {
            for (Object stage : stages) {
                if (stage instanceof Map<?, ?> s && !s.containsKey("fromStage") && !s.containsKey("scratch")
                        && !ImageRef.UNRESOLVED.equals(s.get("pinning")) && s.get("image") instanceof String image) {
                    Object line = s.get("line");
                    note(image, line instanceof Integer l ? Location.file(file.location().source(), file.path(), l)
                            : file.location());
                }
            }
        }
        super.file(file);
    }

    /** Files are parsed on several threads: the earliest place wins, not the first to arrive. */
    private synchronized void note(String ref, Location where) {
        seen.merge(ref, where, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
    }

    private static final Comparator<Location> EARLIEST = Comparator
            .comparing((Location l) -> String.valueOf(l.source()))
            .thenComparing(l -> String.valueOf(l.path()))
            .thenComparing(l -> l.line() == null ? 0 : l.line())
            .thenComparing(l -> String.valueOf(l.name()))
            .thenComparing(l -> String.valueOf(l.namespace()))
            .thenComparing(l -> String.valueOf(l.kind()));

    private static boolean isProduction(Location location) {
        return location == null || location.role() == null;
    }

    /** Every image noted, by reference, in reference order. */
    public synchronized Map<String, Location> references() {
        return new TreeMap<>(seen);
    }
}
