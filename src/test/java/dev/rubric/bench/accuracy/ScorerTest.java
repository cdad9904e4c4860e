package dev.rubric.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each figure of the benchmark on tiny hand-written evidence and truth documents. */
class ScorerTest {
    private static final String HEAD = """
            repository: https://github.com/acme/shop
            commit: 0123456789abcdef0123456789abcdef01234567
            """;

    private static RepoScore score(String truthBody, String evidenceJson) throws Exception {
        Truth truth = TruthReader.read("acme__shop.yaml", HEAD + truthBody);
        JsonNode evidence = new ObjectMapper().readTree(evidenceJson.replace('\'', '"'));
        return Scorer.score(truth, evidence);
    }

    private static String model(String path, int line, String name, String pinning) {
        return "{'id':'tree/" + path + "#L" + line + "','location':{'source':'tree','path':'" + path + "','line':" + line
                + "},'name':'" + name + "','pinning':'" + pinning + "','reason':'because'}";
    }

    @Test
    void aModelMatchesOnFileNameCaseAndLineWithinThree() throws Exception {
        RepoScore score = score("""
                models:
                  - {file: app/chat.py, line: 10, value: gpt-4o-mini, pinning: floating}
                  - {file: app/embed.py, line: 10, value: text-embedding-3-large}
                  - {file: app/rank.py, line: 10, value: rerank-v3}
                  - {file: app/other.py, value: llama3}
                """, "{'models':[" + String.join(",",
                model("app/chat.py", 13, "GPT-4o-MINI", "floating"),     // 3 lines off, other case: matches
                model("app/embed.py", 14, "text-embedding-3-large", "floating"), // 4 lines off: no match
                model("app/rank.py", 10, "rerank-v2", "floating"),       // right place, wrong name: no match
                model("app/chat.py", 10, "gpt-4o-mini", "floating"),     // duplicate report of a real model: correct
                model("app/other.py", 400, "llama3", "floating")         // truth without a line: any line
        ) + "]}");
        Figures f = score.figures();
        assertThat(f.modelsReported()).isEqualTo(5);
        assertThat(f.modelsMatched()).isEqualTo(3);
        assertThat(f.mustModels()).isEqualTo(4);
        assertThat(f.foundModels()).isEqualTo(2);
        assertThat(score.misses()).extracting(Finding::path).containsExactly("app/embed.py", "app/rank.py");
        assertThat(score.falsePositives()).extracting(Finding::text)
                .containsExactly("text-embedding-3-large [floating]", "rerank-v2 [floating]");
    }

    @Test
    void recallCountsOnlyMustEntriesAcrossModelsPromptsAndFacts() throws Exception {
        RepoScore score = score("""
                models:
                  - {file: a.py, value: m1, must: false}
                  - {file: a.py, value: m2}
                prompts:
                  - {file: p/system.txt}
                  - {file: p/minor.txt, must: false}
                facts:
                  - {collection: ragConfigs, file: rag.py, field: embeddingModel, value: ada}
                """, """
                {'models':[%s],
                 'prompts':[{'id':'tree/p/minor.txt','location':{'path':'p/minor.txt'},'excerpt':'x'}],
                 'ragConfigs':[{'id':'r','location':{'path':'rag.py','line':5},'embeddingModel':'text-embedding-ADA-002'}]}
                """.formatted(model("a.py", 1, "m1", "floating")));
        Figures f = score.figures();
        assertThat(f.mustTotal()).isEqualTo(3);
        assertThat(f.mustFound()).isEqualTo(1);
        assertThat(f.foundFacts()).isEqualTo(1);
        assertThat(f.modelsMatched()).as("a must:false entry still makes its report correct").isEqualTo(1);
        assertThat(f.promptsMatched()).isEqualTo(1);
        assertThat(score.misses()).extracting(Finding::path).containsExactly("a.py", "p/system.txt");
    }

    @Test
    void promptsMatchByFileAndLineWithinThree() throws Exception {
        RepoScore score = score("""
                prompts:
                  - {file: app/prompts.py, line: 20}
                  - {file: app/prompts.py, line: 60}
                  - {file: app/chat.prompty}
                """, """
                {'prompts':[
                  {'id':'a','location':{'path':'app/prompts.py','line':17},'excerpt':'You answer.'},
                  {'id':'b','location':{'path':'app/prompts.py','line':40},'excerpt':'Not a prompt.'},
                  {'id':'c','location':{'path':'app/chat.prompty'},'excerpt':'system: hi'}]}
                """);
        Figures f = score.figures();
        assertThat(f.promptsReported()).isEqualTo(3);
        assertThat(f.promptsMatched()).isEqualTo(2);
        assertThat(f.foundPrompts()).isEqualTo(2);
        assertThat(score.misses()).extracting(Finding::line).containsExactly(60);
        assertThat(score.falsePositives()).extracting(Finding::line).containsExactly(40);
    }

    @Test
    void pinningIsComparedOnTheNearestMatchingReportOfEachTruthModel() throws Exception {
        RepoScore score = score("""
                models:
                  - {file: a.py, line: 10, value: gpt-4o-2024-08-06, pinning: pinned}
                  - {file: a.py, line: 30, value: llama3-8b-8192, pinning: floating}
                  - {file: a.py, line: 50, value: chat}
                """, "{'models':[" + String.join(",",
                model("a.py", 12, "gpt-4o-2024-08-06", "floating"),
                model("a.py", 10, "gpt-4o-2024-08-06", "pinned"),
                model("a.py", 30, "llama3-8b-8192", "pinned"),
                model("a.py", 50, "chat", "opaque")) + "]}");
        Figures f = score.figures();
        assertThat(f.pinningJudged()).as("the entry without a truth pinning is not judged").isEqualTo(2);
        assertThat(f.pinningAgreed()).isEqualTo(1);
        assertThat(score.pinningDisagreements()).singleElement()
                .satisfies(d -> assertThat(d.text()).startsWith("llama3-8b-8192: truth floating, reported pinned"));
    }

    @Test
    void onlyProductionSubjectsUnderPathsAreJudged() throws Exception {
        RepoScore score = score("""
                paths: [app/]
                models:
                  - {file: app/a.py, value: gpt-4o}
                noise:
                  - {collection: models, file: app/a.py, value: test-model}
                """, "{'files':[{'path':'app/fixtures.py','role':'test'},{'path':'app/a.py','role':'production'}],"
                + "'models':[" + String.join(",",
                model("app/a.py", 1, "gpt-4o", "floating"),
                model("docs/guide.py", 1, "gpt-5", "floating"),          // outside paths
                model("app/fixtures.py", 1, "stub", "floating"),         // a test file, by its file record
                "{'id':'x','location':{'path':'app/a.py','line':9,'role':'test'},'name':'test-model','pinning':'floating'}",
                "{'id':'y','location':{'path':'app/b.py','line':9,'role':'production'},'name':'bert','pinning':'floating'}"
        ) + "]}");
        Figures f = score.figures();
        assertThat(f.modelsReported()).isEqualTo(2);
        assertThat(f.modelsMatched()).isEqualTo(1);
        assertThat(f.noiseHits()).as("noise in a subject whose own role is test does not count").isZero();
        assertThat(score.falsePositives()).extracting(Finding::text).containsExactly("bert [floating]");
    }

    @Test
    void noiseCountsEachEntryOnceWhenItAppearsInScope() throws Exception {
        RepoScore score = score("""
                noise:
                  - {collection: models, file: src/locales/fr.json, value: Modèle, why: UI string}
                  - {collection: models, file: src/types.py, line: 4, value: PreTrainedModel}
                  - {collection: prompts, file: tok/template.jinja, value: "{% for message"}
                  - {collection: prompts, file: src/app.py, value: "Bitte geben Sie"}
                """, "{'models':[" + String.join(",",
                model("src/locales/fr.json", 3, "modèle", "floating"),
                model("src/locales/fr.json", 9, "Modèle", "floating"),
                model("src/types.py", 8, "PreTrainedModel", "floating")) + "],"  // 4 lines from the noise: not it
                + "'prompts':[{'id':'t','location':{'path':'tok/template.jinja'},'excerpt':'{% FOR MESSAGE in messages %}'},"
                + "{'id':'u','location':{'path':'src/app.py','line':3},'excerpt':'Geben Sie'}]}");
        assertThat(score.figures()).extracting(Figures::noiseEntries, Figures::noiseHits).containsExactly(4, 2);
        assertThat(score.noiseHits()).extracting(Finding::path).containsExactly("src/locales/fr.json", "tok/template.jinja");
    }

    @Test
    void factsReadDottedFieldsThroughListsAsCaseInsensitiveSubstrings() throws Exception {
        RepoScore score = score("""
                facts:
                  - {collection: servingConfigs, file: helm/values.yaml, field: settings.max-model-len, value: "8192"}
                  - {collection: workloads, file: k8s/deploy.yaml, field: containers.image.name, value: vllm/VLLM-openai}
                  - {collection: servingConfigs, file: helm/values.yaml, line: 40, field: model, value: llama}
                  - {collection: ragConfigs, file: helm/values.yaml, field: model, value: llama}
                  - {collection: servingConfigs, file: helm/values.yaml, field: engine, value: tgi}
                """, """
                {'servingConfigs':[{'id':'s','location':{'path':'helm/values.yaml','line':12},'engine':'vllm',
                   'model':'meta-llama/Llama-3.1-8B','settings':{'max-model-len':'8192'}}],
                 'workloads':[{'id':'w','location':{'path':'k8s/deploy.yaml','line':1},
                   'containers':[{'name':'a','image':{'name':'busybox'}},{'name':'b','image':{'name':'vllm/vllm-openai'}}]}]}
                """);
        Figures f = score.figures();
        assertThat(f.mustFacts()).isEqualTo(5);
        assertThat(f.foundFacts()).as("line 40 is too far from 12; the model is not in ragConfigs; engine is not tgi")
                .isEqualTo(2);
        assertThat(score.misses()).extracting(Finding::collection)
                .containsExactly("ragConfigs", "servingConfigs", "servingConfigs");
    }

    @Test
    void aDeploymentResolvedToItsModelAnswersToEitherName() throws Exception {
        RepoScore score = score("""
                models:
                  - {file: app/chat.py, value: gpt-4o, pinning: pinned}
                  - {file: app/embed.py, value: embed}
                """, """
                {'models':[
                  {'id':'a','location':{'path':'app/chat.py','line':3},'name':'chat','pinning':'pinned',
                   'resolved':{'model':'gpt-4o','version':'2024-08-06'}},
                  {'id':'b','location':{'path':'app/embed.py','line':3},'name':'text-embedding-3-small',
                   'deployment':'embed','pinning':'opaque'},
                  {'id':'c','location':{'path':'app/chat.py','line':5},'name':'chat','pinning':'opaque',
                   'provider':'gpt-4o'}]}
                """);
        Figures f = score.figures();
        assertThat(f.foundModels()).isEqualTo(2);
        assertThat(f.modelsMatched()).as("a field that is not about resolution does not make a match").isEqualTo(2);
        assertThat(f.pinningAgreed()).isEqualTo(1);
    }

    @Test
    void aProviderPrefixedTruthValueMatchesANameSplitFromItsProvider() throws Exception {
        RepoScore score = score("""
                models:
                  - {file: conf.py, line: 5, value: "openai:gpt-4.1"}
                  - {file: conf.py, line: 20, value: "anthropic:claude-sonnet-4"}
                """, """
                {'models':[
                  {'id':'a','location':{'path':'conf.py','line':5},'name':'gpt-4.1','provider':'openai'},
                  {'id':'b','location':{'path':'conf.py','line':20},'name':'claude-sonnet-4','provider':'openai'}]}
                """);
        assertThat(score.figures().foundModels()).as("the provider must be the one written").isEqualTo(1);
        assertThat(score.falsePositives()).extracting(Finding::line).containsExactly(20);
    }

    @Test
    void nothingReportedGivesZeroCountsNotErrors() throws Exception {
        RepoScore score = score("models:\n  - {file: a.py, value: m}\n", "{}");
        assertThat(score.figures()).isEqualTo(new Figures(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(List.of(score.falsePositives(), score.noiseHits(), score.pinningDisagreements())).allMatch(List::isEmpty);
    }
}
