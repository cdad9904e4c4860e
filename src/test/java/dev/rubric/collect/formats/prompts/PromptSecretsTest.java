package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.formats.FixtureCasesAccess;
import dev.rubric.evidence.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keys pasted next to models (an LLM chain's api key, a .env, a LiteLLM master key) never reach evidence. */
class PromptSecretsTest {
    @Test
    void seededKeysStayOutOfEvidence() {
        for (String fixture : new String[] {"prompts/langchain", "models/env", "models/litellm"}) {
            String json = Json.pretty(FixtureCasesAccess.collect(Path.of("src/test/resources/collect", fixture, "input")));
            assertThat(json).as(fixture)
                    .doesNotContain("sk-thisisnotarealkeybutlookslikeone1234")
                    .doesNotContain("sk-proj-abcdefghijklmnopqrstuvwxyz123456")
                    .doesNotContain("sk-1234");
        }
    }
}
