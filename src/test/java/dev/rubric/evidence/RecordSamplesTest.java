package dev.rubric.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSamplesTest {
    @Test
    void aSampleEvidenceHoldsOneFilledRecordOfEveryCollection() {
        Evidence sample = (Evidence) RecordSamples.of(Evidence.class);
        JsonNode json = Json.mapper().valueToTree(sample);
        List<String> empty = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (json.get(name).isArray() && json.get(name).size() != 1) {
                empty.add(name);
            }
        });
        // a record whose constructor rejects made-up values would be missing: its serializer would not be prepared
        assertThat(empty).isEmpty();
        assertThat(json.path("workloads").get(0).path("containers").get(0).path("image").path("ref").asText())
                .isEqualTo("sample");
    }

    @Test
    void aRecordThatContainsItselfEndsInNull() {
        Object sample = RecordSamples.of(Nested.class);
        assertThat(sample).isEqualTo(new Nested("sample", List.of()));
    }

    record Nested(String name, List<Nested> children) {
    }
}
