package dev.rubric.collect.formats.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.formats.Formats;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Json;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fine-tuning fixtures seed a W&B key and a Hugging Face token; neither may reach the evidence. */
class FineTuneSecretsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/collect/finetune");

    @Test
    void seededSecretsNeverReachEvidence() {
        for (String fixture : new String[] {"axolotl-qlora", "kubeflow"}) {
            String json = collect(FIXTURES.resolve(fixture).resolve("input"));
            assertThat(json).as(fixture).contains("fineTunes")
                    .doesNotContain("0123456789abcdef0123456789abcdef01234567")
                    .doesNotContain("hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789")
                    .doesNotContain("wandb_api_key").doesNotContain("hf_token").doesNotContain("hub_token");
        }
    }

    private static String collect(Path input) {
        EvidenceBuilder builder = new EvidenceBuilder();
        TreeCollector collector = new TreeCollector(Formats.all(), FileLimits.defaults(), Set.of());
        builder.source(collector.collect(new PathTarget("fixture", "fixture", input), new EvidenceSink(builder)));
        return Json.pretty(builder.build("test"));
    }
}
