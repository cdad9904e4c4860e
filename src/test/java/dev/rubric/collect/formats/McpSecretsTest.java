package dev.rubric.collect.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MCP client configs hand servers tokens in env, headers, URLs and docker -e flags: none reaches the evidence. */
class McpSecretsTest {
    private static final List<String> SEEDED = List.of("SeededMcpKey123", "SeededBearer456", "SeededPgPw", "SeededSapPw789",
            "sap.internal");

    @Test
    void noSeededSecretReachesEvidence() {
        String evidence = Json.pretty(FixtureCasesTest.collect(
                FixtureCasesTest.ROOT.resolve(Path.of("agents", "mcp-configs", "input"))));

        assertThat(evidence).as("the env names are kept").contains("SAP_PASSWORD", "DATABASE_URL", "Authorization");
        for (String secret : SEEDED) {
            assertThat(evidence).doesNotContain(secret);
        }
    }
}
