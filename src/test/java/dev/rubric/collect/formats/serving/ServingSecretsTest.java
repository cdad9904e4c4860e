package dev.rubric.collect.formats.serving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.formats.Formats;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The serving and observability fixtures seed credentials next to the config; none may reach the evidence. */
class ServingSecretsTest {
    private static final List<String> SEEDED = List.of(
            "sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345", "sk-1234", "hf_abcdefghijklmnopqrstuvwxyz0123456789",
            "cGstbGYtMTIzOnNrLWxmLTQ1Ng", "hunter2", "abc123", "lsv2_pt_0123456789abcdef", "phx-secret", "pk-lf-1234",
            "VLLM_API_KEY");

    @Test
    void noSeededSecretReachesTheEvidence() {
        for (String family : List.of("serving", "observability")) {
            EvidenceBuilder builder = new EvidenceBuilder();
            TreeCollector collector = new TreeCollector(Formats.all(), FileLimits.defaults(), Set.of());
            Path root = Path.of("src/test/resources/collect", family);
            builder.source(collector.collect(new PathTarget("fixture", "fixture", root), new EvidenceSink(builder)));
            String json = Json.pretty(builder.build("test"));
            assertThat(json).contains("<redacted>");
            for (String secret : SEEDED) {
                assertThat(json).as("evidence of %s", family).doesNotContain(secret);
            }
        }
    }
}
