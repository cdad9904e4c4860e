package dev.rubric.engine;

import dev.rubric.evidence.Evidence;
import java.util.List;
import java.util.stream.Stream;

/** How many subjects a collection found: everything a criterion can judge, not sources, links or errors. */
public final class Subjects {
    private Subjects() {
    }

    public static long count(Evidence e) {
        return Stream.<List<?>>of(e.repositories(), e.files(), e.prompts(), e.models(), e.modelDeployments(), e.ragConfigs(), e.fineTunes(),
                        e.servingConfigs(), e.observability(), e.environments(), e.workloads(), e.services(), e.images(), e.agents())
                .mapToLong(List::size).sum();
    }
}
