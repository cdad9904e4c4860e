package dev.rubric.link;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.RagConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A retriever that opens an existing collection states neither its dimension nor its metric: the
 * definition that created the collection does (a Qdrant collection body, the ingest job's
 * create_collection). Within one collection ({@link CollectionGroups}), a configuration that states
 * neither takes the id of the first that states both, {@code shapeDeclaredBy}, so that "is this
 * collection's shape declared" is asked of the collection, not of each file that uses it. One that
 * states one of the two keeps its own partial answer.
 */
public final class CollectionShapeJoin implements LinkStep {
    @Override
    public String name() {
        return "collection-shapes";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        Map<String, String> declaredBy = new HashMap<>();
        for (List<RagConfig> group : CollectionGroups.of(evidence.ragConfigs()).values()) {
            RagConfig declaring = group.stream().filter(c -> c.dimension() != null && c.metric() != null).findFirst().orElse(null);
            if (declaring == null) {
                continue;
            }
            for (RagConfig config : group) {
                if (config.dimension() == null && config.metric() == null && config.shapeDeclaredBy() == null) {
                    declaredBy.putIfAbsent(config.id(), declaring.id());
                }
            }
        }
        if (declaredBy.isEmpty()) {
            return evidence;
        }
        List<RagConfig> configs = new ArrayList<>();
        for (RagConfig config : evidence.ragConfigs()) {
            String declaring = declaredBy.get(config.id());
            configs.add(declaring == null ? config : config.withShapeDeclaredBy(declaring));
        }
        return evidence.withRagConfigs(configs);
    }
}
