package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prompt calls are written twice: in the call table (PromptCalls) and in the file prefilter
 * (CALL_NAMES). A call added to the table alone would never be read, silently: a file holding
 * only it never passes the prefilter.
 */
class CallNamesTest {

    @Test
    void the_table_names_the_calls_this_test_expects_to_read() {
        assertThat(PromptCalls.names()).contains("SystemMessage", "PromptTemplate.from_template", "system", "defaultSystem",
                "completions.create", "chat.completions.create", "generateText", "streamText", "PromptTemplate.from");
    }

    @Test
    void every_call_of_the_table_passes_the_prefilter() {
        List<String> missed = new ArrayList<>();
        for (String name : PromptCalls.names()) {
            // a method call in a chain (Spring AI's .system) follows a receiver
            String code = "x = chat.prompt()." + name + "(\"You are a helpful assistant.\")";
            if (InlinePromptParser.CALL_NAMES.stream().noneMatch(code::contains)) {
                missed.add(name);
            }
        }
        assertThat(missed).isEmpty();
    }

    @Test
    void a_call_matches_on_the_end_of_its_path_and_the_longest_name_wins() {
        assertThat(PromptCalls.match(List.of("client", "beta", "chat", "completions", "create"), false, false).name())
                .isEqualTo("chat.completions.create");
        assertThat(PromptCalls.match(List.of("openai", "ChatCompletion", "create"), false, false).name())
                .isEqualTo("ChatCompletion.create");
        assertThat(PromptCalls.match(List.of("records", "create"), false, false)).isNull();
    }

    @Test
    void builder_names_count_only_with_a_receiver_in_a_file_that_uses_an_llm_library() {
        assertThat(PromptCalls.match(List.of("chatClient", "prompt", "()", "system"), false, true).name()).isEqualTo("system");
        assertThat(PromptCalls.match(List.of("chatClient", "prompt", "()", "system"), false, false)).isNull();
        assertThat(PromptCalls.match(List.of("system"), false, true)).isNull();
        assertThat(PromptCalls.match(List.of("UserMessage"), false, true)).as("a user message object").isNull();
        assertThat(PromptCalls.match(List.of("UserMessage"), true, true).name()).as("langchain4j's @UserMessage").isEqualTo("UserMessage");
    }
}
