package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Link;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.RubricLoader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The consistency steps over what the collectors really record (the link cases start from
 * hand-written evidence): a weak LoRA deployment and a model variable set two ways, collected from
 * files, come out contradicted in the finetune and model dimensions.
 */
class ConsistencyLinksTest {
    @Test
    void collected_files_give_contradicted_links() throws Exception {
        Evidence evidence = new Engine().collect(new CollectRequest(
                List.of("src/test/resources/link-e2e/weak-lora-and-slots"), 5L << 20, Set.of()));
        List<Link> links = evidence.links();
        assertThat(links).filteredOn(l -> l.kind().equals("serves-adapter"))
                .singleElement().satisfies(l -> {
                    assertThat(l.status()).isEqualTo(Link.CONTRADICTED);
                    assertThat(dimensionsListing(l.kind())).containsExactly("finetune");
                    assertThat(l.why()).contains("mistralai/Mistral-7B-Instruct-v0.3", "meta-llama/Llama-3.1-8B-Instruct");
                });
        assertThat(links).filteredOn(l -> l.kind().equals("fits-lora-rank"))
                .singleElement().satisfies(l -> assertThat(l.status()).isEqualTo(Link.CONTRADICTED));
        assertThat(links).filteredOn(l -> l.kind().equals("same-model-slot"))
                .singleElement().satisfies(l -> {
                    assertThat(l.status()).isEqualTo(Link.CONTRADICTED);
                    assertThat(dimensionsListing(l.kind())).containsExactly("model");
                });
        assertThat(links).filteredOn(l -> l.kind().equals("reads-model"))
                .extracting(Link::status).containsOnly(Link.CONTRADICTED);
    }

    /** Which dimension a link speaks for is the rubric's to say: the dimensions whose {@code links:} list its kind. */
    private static List<String> dimensionsListing(String kind) throws Exception {
        return new RubricLoader().load(null).dimensions().stream().filter(d -> d.links().contains(kind))
                .map(Dimension::id).toList();
    }
}
