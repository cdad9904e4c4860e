package dev.rubric.collect.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One tree that puts a secret into every carrier the parsers read: env files, manifests (env
 * literals, args, ConfigMap values, a collector config inside one), Dockerfile ARG defaults, ENV
 * and labels, CI workflow env and commands, CycloneDX properties and service endpoints, an AI
 * inventory, prompt configuration and parameters, dependency index URLs, a LiteLLM config, a
 * serving script, a collector config file, and a malformed JSON file whose parser error would
 * quote the bare token. None of the seeded values may reach the evidence, in any field.
 */
class SecretsProofTest {
    static final Path TREE = Path.of("src/test/resources/secrets-proof");

    /** Every secret value written into the tree; each is unique so a hit names its carrier. */
    static final List<String> SEEDED = List.of(
            "sk-proj-SEEDED0env0file0000000000001",
            "SeededPgPass0002",
            "SeededUrlPass0003",
            "seeded-langfuse-secret-0004",
            "seeded-vllm-key-0005",
            "sk-SEEDED0configmap000000006",
            "hf_SEEDEDdockerfile0000000000000007",
            "SeededPipPass0008",
            "SeededLabelPass0009",
            "sk-SEEDED0workflow0000000010",
            "SeededDockerPass0011",
            "SeededBomPass0012",
            "seeded-bom-key-0013",
            "seeded-prompty-key-0014",
            "seeded-prompt-param-0015",
            "SeededPypiPass0016",
            "SeededNpmPass0017",
            "SeededMavenPass0018",
            "seeded-inventory-key-0019",
            "SeededInvPass0020",
            "seeded-otel-token-0021",
            "sk-SEEDED0litellm00000000000022",
            "seeded-vllm-shell-0023",
            "seeded-dotprompt-key-0024",
            "seeded-gitlab-pass-0025",
            "seeded-bare-token-0026",
            "SeededRedisPass0027",
            "seeded-dockerfile-env-0028",
            "sk-SEEDED0litellm0master000000029",
            "seeded-otel-file-key-0030");

    @Test
    void no_seeded_secret_value_appears_in_the_evidence() {
        Evidence evidence = FixtureCasesTest.collect(TREE);
        String json = Json.pretty(evidence);

        // the tree was really read: the carriers this build recognises are in the evidence
        assertThat(evidence.files()).extracting(f -> f.path())
                .contains("Dockerfile", ".github/workflows/build.yml", "aibom/answer.cdx.json", "ai-inventory.yaml",
                        "prompts/answer.prompty", "deploy/answer.yaml", "requirements.txt", "web/package.json");
        assertThat(evidence.errors()).anyMatch(e -> "api/package.json".equals(e.location().path()));
        for (String secret : SEEDED) {
            assertThat(json).as("seeded secret %s leaked into the evidence", secret).doesNotContain(secret);
        }
        // a fragment of a value must not leak either, e.g. the part of a token a parser error quotes
        assertThat(json.toLowerCase(java.util.Locale.ROOT)).doesNotContain("seeded");
    }
}
