package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Json;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Report;
import dev.rubric.report.ReportLink;
import dev.rubric.report.Status;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.GateThresholds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples are what a new user runs first: the levels their READMEs promise must hold,
 * per dimension. Each variant is judged as its own repository ({@link SampleEvidence}): the strong
 * ones as a tagged release with signed commits, the weak ones as an untagged, unsigned commit.
 */
class SamplesTest {
    private static final Map<String, Report> REPORTS = new HashMap<>();

    @BeforeAll
    static void audit() throws Exception {
        for (String sample : List.of("invoice-rpa", "consumer-rag", "lora-serving")) {
            for (String variant : List.of("weak", "strong")) {
                String path = "samples/" + sample + "/" + variant;
                REPORTS.put(sample + "/" + variant, new Engine().report(new RubricLoader().load(null),
                        SampleEvidence.judged(path), GateThresholds.none(), true));
            }
        }
    }

    // ---- weak variants: at or below level 1 everywhere, for the reasons their READMEs give ----

    @Test
    void the_weak_invoice_pipeline_is_opaque() {
        Report report = REPORTS.get("invoice-rpa/weak");
        assertThat(report.level()).isZero();
        assertThat(report.complete()).isTrue();
        // its prompts are in files, so they are identified (level 1), but none carries a version (level 2)
        assertThat(levels(report)).containsExactlyEntriesOf(levels(0, 0, 1, 1, 1, 1, null));
        assertThat(report.score()).isLessThan(25.0);
        // ingestion and query embed with different models: the RAG dimension names it and stays capped
        assertThat(contradicted(report)).extracting(ReportLink::kind).containsExactly("same-embedding-model");
        assertThat(dimension(report, "rag").contradictions()).hasSize(1);
        assertThat(failing(report)).contains("environment.image_pinned", "prompt.versioned", "model.pinned",
                "logs.instrumented", "code.deps_locked", "model.eval_gate");
    }

    @Test
    void the_weak_shop_assistant_is_opaque() {
        Report report = REPORTS.get("consumer-rag/weak");
        assertThat(report.level()).isZero();
        assertThat(levels(report)).containsExactlyEntriesOf(levels(0, 0, 1, 0, 1, 1, null));
        assertThat(contradicted(report)).extracting(ReportLink::kind).containsExactly("same-embedding-model");
        assertThat(failing(report)).contains("prompt.externalized", "code.mcp_servers_pinned", "rag.index_versioned",
                "environment.image_pinned", "logs.instrumented");
    }

    @Test
    void the_weak_lora_server_applies_its_adapters_to_the_wrong_base_model() {
        Report report = REPORTS.get("lora-serving/weak");
        assertThat(report.level()).isZero();
        assertThat(levels(report)).containsExactlyEntriesOf(levels(0, 0, 1, 0, 1, null, 1));
        assertThat(contradicted(report)).filteredOn(link -> link.kind().equals("serves-adapter")).hasSize(2).allSatisfy(link ->
                assertThat(link.why()).contains("trained on meta-llama/Llama-3.1-8B-Instruct")
                        .contains("serves meta-llama/Llama-3.2-3B-Instruct"));
        // rank 64 adapters on a server started with --max-lora-rank=16
        assertThat(contradicted(report)).filteredOn(link -> link.kind().equals("fits-lora-rank")).hasSize(2).allSatisfy(link ->
                assertThat(link.why()).contains("has rank 64").contains("above --max-lora-rank 16"));
        assertThat(dimension(report, "finetune").contradictions()).hasSize(4);
        assertThat(failing(report)).contains("finetune.datasets_pinned", "finetune.run_tracked",
                "model.serving_engine_pinned", "prompt.externalized");
    }

    // ---- strong variants: level 3 or more, or the criteria that still stand in the way ----

    /** Every dimension reaches level 3 or more, every consistency link it states is verified. */
    @Test
    void the_strong_invoice_pipeline_is_linked_and_verified() {
        Report report = REPORTS.get("invoice-rpa/strong");
        assertThat(levels(report)).containsExactlyEntriesOf(levels(3, 3, 3, 3, 4, 3, null));
        assertThat(report.level()).isEqualTo(3);
        assertThat(belowLevelThree(report)).isEmpty();
        assertThat(report.links()).extracting(ReportLink::status).containsOnly("verified");
        assertThat(report.links()).extracting(ReportLink::kind)
                .contains("same-embedding-model", "fits-index-dimension", "labels-revision");
        // the decision model is trained from scratch: no fine-tune to judge
        assertThat(dimension(report, "finetune").status()).isEqualTo(DimensionResult.State.NOT_APPLICABLE);
    }

    /**
     * Level 3: the registry prompts are bound to the model the code sends them with, or to the model
     * kept in the prompt version's Langfuse config (prompt); the ingest job's dated collection is read
     * as its name scheme, products_{%Y_%m_%d}, of which the retriever's collection and the committed
     * Qdrant definition are builds, so the embedding model and dimension are verified across the three
     * (RAG). The catalogue export the job reads is given at run time: only the version it stamps on every
     * document is seen, which is half of rag.source_data_versioned.
     */
    @Test
    void the_strong_shop_assistant_is_linked_and_verified() {
        Report report = REPORTS.get("consumer-rag/strong");
        assertThat(levels(report)).containsExactlyEntriesOf(levels(3, 3, 3, 3, 4, 3, null));
        assertThat(report.level()).isEqualTo(3);
        assertThat(belowLevelThree(report)).isEmpty();
        // Langfuse's OpenAI integration keeps inputs and outputs, and the client masks personal data first
        assertThat(criterion(report, "logs.content_capture_decided").status()).isEqualTo(Status.PASS);
        assertThat(criterion(report, "prompt.version_in_trace").status()).isEqualTo(Status.PASS);
        assertThat(criterion(report, "prompt.versioned").status()).isEqualTo(Status.PASS);
        assertThat(criterion(report, "prompt.model_bound").status()).isEqualTo(Status.PASS);
        assertThat(criterion(report, "rag.index_shape_declared").status()).isEqualTo(Status.PASS);
        assertThat(criterion(report, "rag.source_data_versioned").status()).isEqualTo(Status.PARTIAL);
        assertThat(report.links()).extracting(ReportLink::status).containsOnly("verified");
        assertThat(report.links()).extracting(ReportLink::kind).contains("same-embedding-model", "fits-index-dimension");
    }

    /**
     * Level 3. Each adapter's model card names its base model and datasets without revisions; joined
     * with the adapter's adapter_config.json and recipe, which pin them, the card counts as pinned
     * (fine-tune, model). vLLM loads the adapters by path, from a volume an init container fills from
     * an adapter image pinned by digest: the paths are as immutable as that image.
     */
    @Test
    void the_strong_lora_server_serves_adapters_consistent_with_its_base_model() {
        Report report = REPORTS.get("lora-serving/strong");
        assertThat(levels(report)).containsExactlyEntriesOf(levels(3, 3, 3, 3, 4, null, 3));
        assertThat(report.level()).isEqualTo(3);
        assertThat(belowLevelThree(report)).isEmpty();
        assertThat(report.links()).extracting(ReportLink::status).containsOnly("verified");
        assertThat(report.links()).extracting(ReportLink::kind).contains("serves-adapter", "fits-lora-rank");
        // card + adapter_config.json + recipe of each of the two adapters: two links per adapter
        assertThat(report.links()).filteredOn(link -> link.kind().equals("same-adapter")).hasSize(4)
                .allSatisfy(link -> assertThat(link.why()).contains("at revision 0e9e39f249a16976918f6564b8830bc894c89659"));
        assertThat(criterion(report, "finetune.base_model_pinned").status()).isEqualTo(Status.PASS);
        assertThat(criterion(report, "finetune.datasets_pinned").status()).isEqualTo(Status.PASS);
        assertThat(criterion(report, "finetune.adapter_identity").status()).isEqualTo(Status.PASS);
        assertThat(criterion(report, "model.pinned").status()).isEqualTo(Status.PASS);
    }

    @Test
    void a_strong_sample_is_judged_as_a_tagged_release_with_an_owner_for_its_prompts() {
        for (String sample : List.of("invoice-rpa", "consumer-rag", "lora-serving")) {
            Report report = REPORTS.get(sample + "/strong");
            assertThat(List.of("code.release_tagged", "code.owned", "code.signed_commits", "prompt.change_control"))
                    .as(sample).allSatisfy(id -> assertThat(criterion(report, id).status()).as(sample + " " + id)
                            .isIn(Status.PASS, Status.PARTIAL));
            assertThat(criterion(report, "code.release_tagged").status()).isEqualTo(Status.PASS);
            assertThat(criterion(report, "code.owned").status()).isEqualTo(Status.PASS);
        }
        assertThat(criterion(REPORTS.get("invoice-rpa/weak"), "code.release_tagged").status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void the_weak_sample_finds_what_its_readme_promises() {
        Evidence evidence = SampleEvidence.collect("samples/invoice-rpa/weak");
        assertThat(evidence.prompts()).hasSize(2).allMatch(p -> p.version() == null);
        assertThat(evidence.workloads()).hasSize(4);
        // the two prompts' models, the extractor's AZURE_OPENAI_DEPLOYMENT in the manifest, and the two
        // different embedding models of ingestion and query
        assertThat(evidence.models()).extracting(m -> m.name() + " " + m.pinning()).containsExactlyInAnyOrder(
                "gemini-2.5-flash floating", "invoices-gpt opaque", "invoices-gpt opaque", "text-embedding-3-small pinned",
                "text-embedding-3-large pinned");
        assertThat(Json.pretty(evidence)).as("the literal API key in the manifest never reaches evidence")
                .doesNotContain("sk-weakSampleNotARealKey");
    }

    /** environment, logs, model, prompt, code, rag, finetune; null where the dimension is not applicable. */
    private static Map<String, Integer> levels(Integer environment, Integer logs, Integer model, Integer prompt,
                                               Integer code, Integer rag, Integer finetune) {
        Map<String, Integer> levels = new TreeMap<>();
        String[] ids = {"environment", "logs", "model", "prompt", "code", "rag", "finetune"};
        Integer[] values = {environment, logs, model, prompt, code, rag, finetune};
        for (int i = 0; i < ids.length; i++) {
            if (values[i] != null) {
                levels.put(ids[i], values[i]);
            }
        }
        return levels;
    }

    private static Map<String, Integer> levels(Report report) {
        Map<String, Integer> levels = new TreeMap<>();
        report.dimensions().stream().filter(d -> d.level() != null).forEach(d -> levels.put(d.id(), d.level()));
        return levels;
    }

    /** The criteria that keep a dimension below level 3: of level 3 under 0.5, or of level 1–2 under 1. */
    private static List<String> belowLevelThree(Report report) {
        return report.criteria().stream()
                .filter(c -> c.score() != null && (c.level() <= 2 ? c.score() < 1.0 : c.level() == 3 && c.score() < 0.5))
                .map(CriterionResult::id).toList();
    }

    /** The criteria that do not pass (partial or fail): the report's findings. */
    private static List<String> failing(Report report) {
        return report.criteria().stream().filter(c -> c.status() == Status.FAIL || c.status() == Status.PARTIAL)
                .map(CriterionResult::id).toList();
    }

    private static List<ReportLink> contradicted(Report report) {
        return report.links().stream().filter(ReportLink::contradicted).toList();
    }

    private static CriterionResult criterion(Report report, String id) {
        return report.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static DimensionResult dimension(Report report, String id) {
        return report.dimensions().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }
}
