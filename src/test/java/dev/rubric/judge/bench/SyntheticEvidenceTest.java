package dev.rubric.judge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.engine.Schemas;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** What bench-judge measures must be evidence a collector could have written. */
class SyntheticEvidenceTest {

    @Test
    void generated_evidence_has_the_asked_size_and_conforms_to_the_schema() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticEvidence().write(301, Evidence.COLLECTIONS, out);
        JsonNode evidence = Json.mapper().readTree(out.toByteArray());
        int subjects = 0;
        for (String collection : Evidence.COLLECTIONS) {
            assertThat(evidence.path(collection).size()).as(collection).isPositive();
            subjects += evidence.path(collection).size();
        }
        assertThat(subjects).isEqualTo(301);
        assertThat(Schemas.validate("evidence", evidence)).isEmpty();
    }
}
