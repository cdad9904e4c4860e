package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignedNameTest {
    private static String nameOf(String code) {
        return AssignedName.before(code, code.indexOf("\"x\""));
    }

    @Test
    void readsAssignmentsInEachLanguageStyle() {
        assertThat(nameOf("SYSTEM_PROMPT = \"x\"")).isEqualTo("SYSTEM_PROMPT");
        assertThat(nameOf("SYSTEM_PROMPT = (\n    \"x\"")).isEqualTo("SYSTEM_PROMPT");
        assertThat(nameOf("prompt: str = \"x\"")).isEqualTo("prompt");
        assertThat(nameOf("const val PROMPT: String = \"x\"")).isEqualTo("PROMPT");
        assertThat(nameOf("private static final String PROMPT = \"x\"")).isEqualTo("PROMPT");
        assertThat(nameOf("prompt := \"x\"")).isEqualTo("prompt");
        assertThat(nameOf("{\"system_prompt\": \"x\"")).isEqualTo("system_prompt");
        assertThat(nameOf("{ systemPrompt: \"x\"")).isEqualTo("systemPrompt");
    }

    @Test
    void comparisonsCompoundAssignmentsAndFieldsAreNotNames() {
        assertThat(nameOf("if prompt == \"x\"")).isNull();
        assertThat(nameOf("if prompt != \"x\"")).isNull();
        assertThat(nameOf("prompt += \"x\"")).isNull();
        assertThat(nameOf("self.prompt = \"x\"")).isNull();
        assertThat(nameOf("print(\"x\")")).isNull();
        assertThat(nameOf("\"x\"")).isNull();
    }
}
