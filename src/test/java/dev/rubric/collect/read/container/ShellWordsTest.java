package dev.rubric.collect.read.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.read.container.ShellWords.Command;
import dev.rubric.collect.read.container.ShellWords.Word;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    private static List<Word> only(String text, Map<String, String> variables) {
        List<Command> commands = ShellWords.commands(text, variables, 1);
        assertThat(commands).hasSize(1);
        return commands.get(0).words();
    }

    @Test
    void defaultsExpandAndUnknownVariablesStayUnresolved() {
        List<Word> words = only("vllm serve \"${MODEL:-org/m}\" --revision ${REV} --x=$Y", new HashMap<>());
        assertThat(words).extracting(Word::text).containsExactly("vllm", "serve", "org/m", "--revision", "${REV}", "--x=$Y");
        assertThat(words).extracting(Word::unresolved).containsExactly(false, false, false, false, true, true);
    }

    @Test
    void alternativeExpansionSplicesItsWordsWhenTheVariableIsUnknown() {
        List<Word> words = only("run ${REV:+--revision \"$REV\"} --port 1", new HashMap<>());
        assertThat(words).extracting(Word::text).containsExactly("run", "--revision", "$REV", "--port", "1");
        assertThat(words.get(2).unresolved()).isTrue();
        Map<String, String> known = new HashMap<>(Map.of("REV", "abc"));
        assertThat(only("run ${REV:+--revision \"$REV\"}", known)).extracting(Word::text)
                .containsExactly("run", "--revision", "abc");
    }

    @Test
    void assignmentsContinuationsCommentsAndSeparators() {
        List<Command> commands = ShellWords.commands("""
                # vllm serve in a comment
                M=org/a; export P=8000
                echo 'vllm serve x' && vllm serve $M \\
                  --port "$P" # trailing
                """, new HashMap<>(), 1);
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).words()).extracting(Word::text).containsExactly("echo", "vllm serve x");
        assertThat(commands.get(1).words()).extracting(Word::text).containsExactly("vllm", "serve", "org/a", "--port", "8000");
        assertThat(commands.get(1).line()).isEqualTo(3);
        assertThat(commands.get(1).words().get(4).line()).isEqualTo(4);
    }
}
