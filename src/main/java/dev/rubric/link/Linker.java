package dev.rubric.link;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Link;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The link stage of DESIGN.md §1: the steps run in order over the collected evidence, on the
 * audit path and again on the score path. Links come out sorted by id and a hop found twice is
 * kept once, so the order of steps and of discovery never shows in the output.
 */
public final class Linker {
    private final List<LinkStep> steps;

    public Linker(List<LinkStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * The steps of this build, in the order they must run; {@code names} compares model references
     * (the engine passes the model identity table's).
     */
    public static Linker standard(ModelNames names) {
        // the parameters joins before the references: a reference takes the verdict of the deployment
        // completed from its parameters file, and a variable the value a workload's parameters file gives it; model slots after both, so that a variable carrying a
        // deployment is left to the deployment; adapters after KServe, so that a service has its
        // runtime's model and flags; an adapter's records join before the server is checked against them;
        // served names after adapters, whose join decides an adapter name's verdict
        return new Linker(List.of(new FileHistoryJoin(), new DeploymentParameterJoin(), new WorkloadParameterJoin(),
                new DeploymentRefResolution(names),
                new KServeRuntimeJoin(), new ModelSlotAgreement(names), new AdapterImageJoin(), new AdapterRecordsJoin(names),
                new LoraBaseAgreement(names), new ServedNameResolution(), new ServiceRouteResolution(names),
                new EmbeddingAgreement(names), new CollectionShapeJoin(), new RevisionLabelAgreement()));
    }

    public List<LinkStep> steps() {
        return steps;
    }

    /** Applies every step; {@code log} gets one timing line per step (null for none). */
    public Evidence link(Evidence evidence, Consumer<String> log) {
        Evidence linked = evidence;
        for (LinkStep step : steps) {
            long start = System.nanoTime();
            linked = step.apply(linked);
            if (log != null) {
                log.accept("link step " + step.name() + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
        return linked.withLinks(unique(linked.links()));
    }

    private static List<Link> unique(List<Link> links) {
        Map<String, Link> byId = new LinkedHashMap<>();
        links.forEach(link -> byId.putIfAbsent(link.id(), link));
        List<Link> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparing(Link::id));
        return List.copyOf(out);
    }
}
