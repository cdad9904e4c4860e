package dev.rubric.bench.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A truth file is read strictly, and each mistake is reported at its line and column. */
class TruthReaderTest {
    private static final String HEAD = """
            repository: https://github.com/acme/shop
            commit: 0123456789abcdef0123456789abcdef01234567
            """;

    private static Truth read(String body) throws TruthException {
        return TruthReader.read("t.yaml", HEAD + body);
    }

    @Test
    void readsEveryKindOfEntryWithDefaults() throws TruthException {
        Truth truth = read("""
                read: 2026-12-06
                paths: [app/, infra]
                models:
                  - file: app/a.py
                    line: 42
                    value: "1.10"
                    pinning: opaque
                prompts:
                  - {file: app/p.prompty, must: false}
                facts:
                  - {collection: ragConfigs, file: infra/main.bicep, field: embeddingModel, value: ada}
                noise:
                  - {collection: prompts, file: app/locale/de.json, value: Systemprompt, why: translation}
                """);
        assertThat(truth.name()).isEqualTo("acme/shop");
        assertThat(truth.models()).singleElement().satisfies(m -> {
            assertThat(m.spot()).isEqualTo(new Truth.Spot("app/a.py", 42));
            assertThat(m.value()).as("a version is kept as written").isEqualTo("1.10");
            assertThat(m.must()).as("must defaults to true").isTrue();
            assertThat(m.at()).as("the entry's line in the truth file").isEqualTo(6);
        });
        assertThat(truth.prompts().get(0).must()).isFalse();
        assertThat(truth.facts().get(0).spot().line()).isNull();
        assertThat(truth.noise().get(0).why()).isEqualTo("translation");
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsPlace() {
        assertThatThrownBy(() -> read("models:\n  - file: a.py\n    value: m\n    pinnig: pinned\n"))
                .hasMessageStartingWith("t.yaml:6:5: unknown key 'pinnig'");
    }

    @Test
    void valuesOfTheWrongShapeAreErrors() {
        assertThatThrownBy(() -> read("models:\n  - {file: a.py, value: m, pinning: fixed}\n"))
                .hasMessageStartingWith("t.yaml:4:").hasMessageContaining("pinning must be one of");
        assertThatThrownBy(() -> read("models:\n  - {file: a.py}\n")).hasMessageContaining("'value' is required");
        assertThatThrownBy(() -> read("prompts:\n  - {file: a.py, line: 0}\n")).hasMessageContaining("positive");
        assertThatThrownBy(() -> read("prompts:\n  - {file: /etc/a.py}\n")).hasMessageContaining("relative");
        assertThatThrownBy(() -> read("prompts:\n  - {file: a/../../b.py}\n")).hasMessageContaining("relative");
        assertThatThrownBy(() -> read("prompts:\n  - {file: a.py, must: yes please}\n")).hasMessageContaining("true or false");
        assertThatThrownBy(() -> read("facts:\n  - {collection: rag, file: a.py, field: x, value: y}\n"))
                .hasMessageContaining("collection must be one of");
        assertThatThrownBy(() -> read("noise:\n  - {collection: ragConfigs, file: a.py, value: y}\n"))
                .hasMessageContaining("[models, prompts]");
        assertThatThrownBy(() -> read("models: {file: a.py}\n")).hasMessageContaining("models must be a list");
    }

    @Test
    void anEntryOutsidePathsWouldNeverBeJudged() {
        assertThatThrownBy(() -> read("paths: [app/]\nprompts:\n  - {file: application/p.txt}\n"))
                .hasMessageStartingWith("t.yaml:5:").hasMessageContaining("outside paths [app/]");
    }

    @Test
    void theHeaderIsChecked() {
        assertThatThrownBy(() -> TruthReader.read("t.yaml", "repository: https://gitlab.com/a/b\ncommit: x\n"))
                .hasMessageStartingWith("t.yaml:1:13: repository must be https://github.com/OWNER/NAME");
        assertThatThrownBy(() -> TruthReader.read("t.yaml", "repository: https://github.com/a/b\ncommit: 0123abc\n"))
                .hasMessageStartingWith("t.yaml:2:9: commit must be 40");
        assertThatThrownBy(() -> TruthReader.read("t.yaml", "repository: https://github.com/a/b\ncommit: 1\ncommit: 2\n"))
                .hasMessageStartingWith("t.yaml:3:1: duplicate key 'commit'");
        assertThatThrownBy(() -> TruthReader.read("t.yaml", "- a\n")).hasMessageContaining("a truth file is a mapping");
    }
}
