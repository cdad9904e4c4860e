package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.evidence.Evidence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubjectsTest {
    // every other top-level list of the evidence holds subjects, including any collection added later
    private static final Set<String> NOT_SUBJECTS = Set.of("sources", "links", "errors");

    @Test
    void counts_every_subject_collection_of_the_evidence() {
        Evidence evidence = new Engine().collect(new CollectRequest(List.of("src/test/resources/collect/rag/pgvector/input"), 5L << 20, Set.of()));
        JsonNode json = Engine.toJson(evidence);
        long expected = 0;
        for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) json::fields) {
            if (field.getValue().isArray() && !NOT_SUBJECTS.contains(field.getKey())) {
                expected += field.getValue().size();
            }
        }
        assertThat(evidence.ragConfigs()).as("the fixture has subjects beyond files, prompts, models and workloads").isNotEmpty();
        assertThat(Subjects.count(evidence)).isEqualTo(expected);
    }
}
