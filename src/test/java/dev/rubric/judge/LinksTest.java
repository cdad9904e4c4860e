package dev.rubric.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Json;
import dev.rubric.report.ReportLink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinksTest {
    private static final String EVIDENCE = """
            {"prompts": [
               {"id": "app/prompts/a.prompty", "location": {"source": "app", "path": "prompts/a.prompty"}},
               {"id": "app/tests/b.prompty", "location": {"source": "app", "path": "tests/b.prompty", "role": "test"}}],
             "servingConfigs": [
               {"id": "app/serve.yaml", "location": {"source": "app", "path": "serve.yaml"}}],
             "links": [
               {"id": "app/prompts/a.prompty -same-model-> app/serve.yaml", "from": "app/prompts/a.prompty",
                "to": "app/serve.yaml", "kind": "same-model", "status": "contradicted", "why": "gpt-4o vs llama"},
               {"id": "app/tests/b.prompty -same-model-> app/serve.yaml", "from": "app/tests/b.prompty",
                "to": "app/serve.yaml", "kind": "same-model", "status": "contradicted", "why": "a test's model"},
               {"id": "app/prompts/a.prompty -deployed-as-> deployment:x", "from": "app/prompts/a.prompty",
                "to": "deployment:x", "kind": "deployed-as", "status": "unresolved"}]}
            """;

    @Test
    @SuppressWarnings("unchecked")
    void a_link_touching_a_subject_out_of_scope_does_not_count() throws Exception {
        Map<String, Object> evidence = (Map<String, Object>) CelValues.of(Json.mapper().readTree(EVIDENCE));
        List<ReportLink> all = Links.all(evidence);
        assertThat(all).hasSize(3);
        assertThat(all.get(0).why()).isEqualTo("gpt-4o vs llama");
        assertThat(Links.inScope(evidence, all, List.of("production"))).extracting(ReportLink::from)
                .as("the test prompt's link is left out; an end that is no subject keeps its link")
                .containsExactly("app/prompts/a.prompty", "app/prompts/a.prompty");
        assertThat(Links.inScope(evidence, all, List.of("production", "test"))).hasSize(3);
    }
}
