package dev.rubric.collect.formats.prompts;

import java.util.List;

/**
 * The calls whose arguments hold prompts, matched on the end of the callee's dotted path so that
 * the receiver does not matter ({@code client.chat.completions.create},
 * {@code openai.ChatCompletion.create}). Two kinds: a prompt constructor or a prompt API takes the
 * prompt as its first argument; an SDK request carries prompts in its keyword arguments and
 * messages, next to its model and sampling parameters.
 */
final class PromptCalls {
    /** One matched call: {@code name} as evidence reports it. */
    record Match(String name, boolean firstArgument) {
    }

    private record Call(List<String> suffix, boolean firstArgument, boolean needsReceiver, boolean annotationOnly,
                        boolean builderFileOnly) {
        String name() {
            return String.join(".", suffix);
        }
    }

    /** Longer suffixes first: {@code chat.completions.create} is reported as such, not as {@code completions.create}. */
    private static final List<Call> CALLS = List.of(
            prompt("SystemMessagePromptTemplate", "from_template"),
            prompt("ChatPromptTemplate", "from_template"),
            prompt("PromptTemplate", "from_template"),
            prompt("PromptTemplate", "from"),
            prompt("SystemMessage", "from"),
            prompt("SystemMessage"),
            new Call(List.of("UserMessage"), true, false, true, false),
            prompt("PromptTemplate"),
            prompt("CreateFunctionFromPrompt"),
            prompt("InvokePromptAsync"),
            // system(...) and defaultSystem(...) are common builder names: Spring AI's only in a JVM file that uses an LLM
            // library (in Python, get_ipython().system("pip install …") and os.system(…) run shell commands)
            new Call(List.of("system"), true, true, false, true),
            new Call(List.of("defaultSystem"), true, true, false, true),
            // Spring AI's chatClient.prompt("...") and the MCP sampling request's .systemPrompt("..."), likewise
            new Call(List.of("prompt"), true, true, false, true),
            new Call(List.of("systemPrompt"), true, true, false, true),
            sdk("chat", "completions", "create"),
            sdk("completions", "create"),
            sdk("ChatCompletion", "create"),
            sdk("responses", "create"),
            sdk("messages", "create"),
            sdk("generate_content"),
            sdk("generateContent"),
            sdk("chat", "complete"),
            sdk("ChatPromptTemplate", "from_messages"),
            sdk("from_messages"),
            sdk("generateText"),
            sdk("streamText"));

    private PromptCalls() {
    }

    private static Call prompt(String... suffix) {
        return new Call(List.of(suffix), true, false, false, false);
    }

    private static Call sdk(String... suffix) {
        return new Call(List.of(suffix), false, false, false, false);
    }

    /** Every call name, for the prefilter's test: each must be let through by the file's needles. */
    static List<String> names() {
        return names(true);
    }

    /** The names of the calls {@link #match} can return for a file that is a builder file or not. */
    static List<String> names(boolean builderFile) {
        return CALLS.stream().filter(call -> builderFile || !call.builderFileOnly()).map(Call::name).toList();
    }

    /**
     * The prompt call a callee path names, or null.
     *
     * @param annotation true for a Java annotation ({@code @SystemMessage("...")})
     * @param builderFile true when the builder calls can be Spring AI's: a Java or Kotlin file that
     *                    mentions an LLM library
     */
    static Match match(List<String> path, boolean annotation, boolean builderFile) {
        for (Call call : CALLS) {
            List<String> suffix = call.suffix();
            if (path.size() < suffix.size() || !path.subList(path.size() - suffix.size(), path.size()).equals(suffix)) {
                continue;
            }
            if (call.needsReceiver() && path.size() == suffix.size() || call.annotationOnly() && !annotation
                    || call.builderFileOnly() && !builderFile) {
                continue;
            }
            return new Match(call.name(), call.firstArgument());
        }
        return null;
    }
}
