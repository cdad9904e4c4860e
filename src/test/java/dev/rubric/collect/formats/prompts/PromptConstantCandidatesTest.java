package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The prefilter must accept every form a prompt constant is written in, and may reject ordinary mentions. */
class PromptConstantCandidatesTest {
    private static boolean any(String text) {
        return PromptConstantCandidates.any(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void accepts_the_assignment_forms_of_every_language() {
        assertThat(any("SYSTEM_PROMPT = \"You are...\"")).as("python").isTrue();
        assertThat(any("SYSTEM_PROMPT = (\n    \"You are \"\n    \"helpful\"\n)")).as("python, parenthesised").isTrue();
        assertThat(any("prompt: str = f\"Hello {name}\"")).as("python, annotated f-string").isTrue();
        assertThat(any("INSTRUCTIONS = r'''raw'''")).as("python, raw prefix").isTrue();
        assertThat(any("static final String PROMPT = \"\"\"\n  text\n  \"\"\";")).as("java text block").isTrue();
        assertThat(any("val systemPrompt: String = \"\"\"x\"\"\"")).as("kotlin").isTrue();
        assertThat(any("const string Prompt = @\"verbatim\";")).as("c#").isTrue();
        assertThat(any("systemPrompt := `raw`")).as("go").isTrue();
        assertThat(any("const systemPrompt = `Hello ${x}`;")).as("typescript").isTrue();
        assertThat(any("{\"system_prompt\": \"You are...\"}")).as("a quoted mapping key").isTrue();
        assertThat(any("config = {instruction: 'Be brief'}")).as("an object property").isTrue();
        assertThat(any("promptÉtape = \"x\"")).as("a name with a non-ASCII letter").isTrue();
        assertThat(any("prompt\u2003= \"x\"")).as("a non-ASCII space before the sign").isTrue();
        assertThat(any("prompt =\u00a0\"x\"")).as("a non-ASCII space after the sign").isTrue();
        assertThat(any("const SYSTEM_CHAT_TEMPLATE = `You are...`;")).as("a system message template").isTrue();
        assertThat(any("String[] SYSTEM_PROMPTS = {\n  // step 1\n  \"\"\"\n  x\"\"\"};")).as("a java array of prompts").isTrue();
        assertThat(any("register(name=\"en\", system=\"The following are questions\")")).as("a system keyword").isTrue();
        assertThat(any("    default_system=(\n        \"Below is an instruction\"")).as("a default system message").isTrue();
        assertThat(any("PROMPTS[\"extract\"] = \"\"\"Goal\"\"\"")).as("a subscript assignment").isTrue();
        assertThat(any("_PROMPT_CONFIG = {\n    \"system\": (\"You are\")}")).as("a mapping of literals").isTrue();
    }

    /** The scan jumps up to six bytes at a time: a name must be found at every offset, after any bytes. */
    @Test
    void finds_the_name_at_every_offset() {
        for (String filler : new String[] {"x", "t", "u", "m", "pro", "instr", "sys", "é", "_"}) {
            for (int offset = 0; offset < 14; offset++) {
                String prefix = filler.repeat(offset) + " ";
                assertThat(any(prefix + "PROMPT = \"x\"")).as("'%s' before a prompt", prefix).isTrue();
                assertThat(any(prefix + "instructions = 'x'")).as("'%s' before instructions", prefix).isTrue();
                assertThat(any(prefix + "SYSTEM_MESSAGE = 'x'")).as("'%s' before a system message", prefix).isTrue();
                assertThat(any(prefix + "system_message = 'x'")).as("'%s' before a system message", prefix).isTrue();
            }
        }
        assertThat(any("prompt")).as("a name alone").isFalse();
        assertThat(any("prompt='x'")).as("nothing before the name").isTrue();
    }

    @Test
    void rejects_mentions_that_assign_no_literal() {
        assertThat(any("def prompt_model(value, limit=3):\n    return value  # prompt\n")).isFalse();
        assertThat(any("\"\"\"Returns the prompt for the model.\"\"\"")).isFalse();
        assertThat(any("prompt = build_prompt(context)")).as("a call, not a literal").isFalse();
        assertThat(any("system = platform.system()")).as("system, assigned a call").isFalse();
        assertThat(any("instructions: List[str] = []")).isFalse();
        assertThat(any("register(name=\"en\", system=\"The following are questions\")")).as("a system keyword").isTrue();
        assertThat(any("    default_system=(\n        \"Below is an instruction\"")).as("a default system message").isTrue();
        assertThat(any("PROMPTS[key] = build(key)")).as("a subscript set from a call").isFalse();
        assertThat(any("prompt_cache = {}")).as("an empty mapping").isFalse();
        assertThat(any("os.system(\"ls -la\")\nsystem = platform.system()")).as("a system call").isFalse();
        assertThat(any("{\"role\": \"system\", \"content\": text}")).as("system as a value").isFalse();
        assertThat(any("prompts = {k: v for k, v in items}")).as("a comprehension").isFalse();
        assertThat(any("")).isFalse();
    }

    private static boolean literalAssigned(String text) {
        return PromptConstantCandidates.literalAssigned(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A module named for prompts is parsed for any long string constant: every way one is written must pass. */
    @Test
    void a_prompt_module_passes_with_any_string_assignment() {
        assertThat(literalAssigned("EXTRACT = \"Read the invoice\"")).as("a plain literal").isTrue();
        assertThat(literalAssigned("x=1\nEXTRACT='''Read'''")).as("no spaces, after another assignment").isTrue();
        assertThat(literalAssigned("TEMPLATE: str = f\"Read {doc}\"")).as("annotated f-string").isTrue();
        assertThat(literalAssigned("RAW = rb'\\d+'")).as("a prefixed literal").isTrue();
        assertThat(literalAssigned("PARTS = (\n    # the role first\n    \"You are \"\n    \"brief\"\n)")).as("parenthesised, a comment first").isTrue();
        assertThat(literalAssigned("LONG = \\\n    \"continued\"")).as("a backslash continuation").isTrue();
        assertThat(literalAssigned("GUIDE = textwrap.dedent(\"\"\"\n    Steps\"\"\")")).as("a dedent call").isTrue();
        assertThat(literalAssigned("if DEBUG:\n    HINT = \"verbose\"")).as("indented, still module level").isTrue();
        assertThat(literalAssigned("NOTE =\u00a0\"x\"")).as("a non-ASCII space after the sign").isTrue();
        assertThat(literalAssigned("A = B = \"shared\"")).as("a chained assignment").isTrue();
        assertThat(literalAssigned("X = \"")).as("an unterminated literal still opens one").isTrue();
    }

    @Test
    void a_prompt_module_of_functions_and_docstrings_is_rejected() {
        assertThat(literalAssigned("def prompt_model(value, limit=3):\n    \"\"\"Returns the model.\"\"\"\n"
                + "    value = value + 3  # prompt\n    return value\n")).isFalse();
        assertThat(literalAssigned("RESULT = build(x, \"y\")")).as("a call whose literal is not its start").isFalse();
        assertThat(literalAssigned("if a == b: pass")).as("a comparison with no literal").isFalse();
        assertThat(literalAssigned("total = count  # \"quoted\" in a comment\n")).as("a quote in a comment after the value").isFalse();
        assertThat(literalAssigned("")).isFalse();
    }

    @Test
    void a_prompt_module_is_known_by_its_name() {
        for (String name : new String[] {"prompts.py", "graph_prompt.py", "prompt_templates.py", "PROMPTS.PY", "my-prompt-v2.py"}) {
            assertThat(PromptConstantCandidates.promptModule(name)).as(name).isTrue();
        }
        for (String name : new String[] {"prompts.pyi", "promptly.py", "prompts.ts", "reprompt.py", "models.py", "py", ""}) {
            assertThat(PromptConstantCandidates.promptModule(name)).as(name).isFalse();
        }
    }
}
