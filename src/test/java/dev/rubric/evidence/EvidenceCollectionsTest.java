package dev.rubric.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EvidenceCollectionsTest {
    /** Rubrics name collections in requires: a name that is no field of the evidence could never be met. */
    @Test
    void every_requirable_collection_is_a_field_of_the_evidence() {
        assertThat(Arrays.stream(Evidence.class.getRecordComponents()).map(RecordComponent::getName))
                .containsAll(Evidence.COLLECTIONS);
    }
}
