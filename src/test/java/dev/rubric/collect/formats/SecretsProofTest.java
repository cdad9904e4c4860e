package dev.rubric.collect.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import org.junit.jupiter.api.Test;

/** None of the values seeded in {@link SecretsProofCorpus#TREE} may reach the evidence, in any field. */
class SecretsProofTest {
    @Test
    void no_seeded_secret_value_appears_in_the_evidence() {
        Evidence evidence = FixtureCasesTest.collect(SecretsProofCorpus.TREE);
        String json = Json.pretty(evidence);

        // the tree was really read: the carriers this build recognises are in the evidence
        assertThat(evidence.files()).extracting(f -> f.path())
                .contains("Dockerfile", ".github/workflows/build.yml", "aibom/answer.cdx.json", "ai-inventory.yaml",
                        "prompts/answer.prompty", "deploy/answer.yaml", "requirements.txt", "web/package.json");
        assertThat(evidence.errors()).anyMatch(e -> "api/package.json".equals(e.location().path()));
        for (String secret : SecretsProofCorpus.SEEDED) {
            assertThat(json).as("seeded secret %s leaked into the evidence", secret).doesNotContain(secret);
        }
        // a fragment of a value must not leak either, e.g. the part of a token a parser error quotes
        assertThat(json.toLowerCase(java.util.Locale.ROOT)).doesNotContain("seeded");
    }
}
