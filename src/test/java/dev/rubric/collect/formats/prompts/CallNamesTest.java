package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The SDK calls an inline prompt is looked for in are written three times: in the CALL pattern,
 * in its start literals and in the file prefilter (CALL_NAMES). A name added to the pattern alone
 * would silently never match — the random-text test of StartAnchored draws from its own list and
 * cannot notice. Here every call name is read from the pattern itself and must be found, through
 * the start literals, and let through by the prefilter.
 */
class CallNamesTest {

    /** The call names spelled out in the CALL pattern, with their optional prefixes both ways. */
    static Set<String> callNamesOfThePattern() {
        String pattern = InlinePromptParser.CALL.pattern().pattern();
        String body = pattern.substring(pattern.indexOf("(?:") + 3, pattern.lastIndexOf("\\s*\\("));
        Set<String> names = new LinkedHashSet<>();
        for (String alternative : body.split("\\|")) {
            String plain = alternative.replace("(", "").replace(")", "").replace("@?", "").replace("\\.", ".");
            if (plain.contains("?:chat.?")) {
                names.add(plain.replace("?:chat.?", ""));
                names.add(plain.replace("?:chat.?", "chat."));
            } else {
                names.add(plain);
            }
        }
        return names;
    }

    @Test
    void the_pattern_names_the_calls_this_test_expects_to_read() {
        assertThat(callNamesOfThePattern()).contains("SystemMessage", "PromptTemplate.from_template", ".system",
                "completions.create", "chat.completions.create", "generateText", "streamText")
                .allSatisfy(name -> assertThat(name).matches("[A-Za-z_.]+"));
    }

    @Test
    void every_call_of_the_pattern_is_found_and_passes_the_prefilter() {
        List<String> missed = new ArrayList<>();
        for (String name : callNamesOfThePattern()) {
            // a method call in a chain (Spring AI's .system) follows a call, never an identifier
            String code = (name.startsWith(".") ? "x = chat.prompt()" : "x = ") + name + "(\"You are a helpful assistant.\")";
            List<String> found = new ArrayList<>();
            InlinePromptParser.CALL.forEachMatch(code, (Matcher m) -> found.add(m.group()));
            if (found.isEmpty()) {
                missed.add(name + " (no start literal finds it)");
            }
            if (InlinePromptParser.CALL_NAMES.stream().noneMatch(code::contains)) {
                missed.add(name + " (the prefilter CALL_NAMES skips a file holding only it)");
            }
        }
        assertThat(missed).isEmpty();
    }
}
