package dev.rubric.collect.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScopeRulesTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            *.spec.py             | app/x.spec.py              | true
            *.spec.py             | x.spec.py                  | true
            *.spec.py             | app/x.spec.pyc             | false
            examples              | examples/a/b.py            | true
            examples              | src/examples/b.py          | true
            examples/             | src/examples/b.py          | true
            /examples             | src/examples/b.py          | false
            services/legacy/**    | services/legacy/a/b.yaml   | true
            services/legacy/**    | x/services/legacy/b.yaml   | false
            services/*/prompts    | services/api/prompts/a.md  | true
            services/*/prompts    | services/a/b/prompts/a.md  | false
            **/golden/*.json      | tests/golden/a.json        | true
            **/golden/*.json      | golden/a.json              | true
            prompt?.md            | prompts/prompt1.md         | true
            prompt?.md            | prompts/prompt10.md        | false
            a.b                   | axb                        | false
            ./deploy              | deploy/k8s.yaml            | true
            """)
    void globs(String glob, String path, boolean matches) {
        assertThat(Glob.of(glob).matches(path)).isEqualTo(matches);
    }

    @Test
    void includeMakesAConventionalRoleProductionAndExcludeWinsOverIt() {
        ScopeRules rules = ScopeRules.of(List.of("examples/reference-app/**", "tests/golden"),
                List.of("examples/reference-app/legacy/**", "services/old"));
        assertThat(rules.role("examples/reference-app/main.py")).isEqualTo("production");
        assertThat(rules.role("tests/golden/prompt.md")).isEqualTo("production");
        assertThat(rules.role("examples/reference-app/legacy/main.py")).isEqualTo("excluded");
        assertThat(rules.role("services/old/app.py")).isEqualTo("excluded");
        assertThat(rules.role("examples/other/main.py")).isEqualTo("example");
        assertThat(rules.role("services/new/app.py")).isEqualTo("production");
    }
}
