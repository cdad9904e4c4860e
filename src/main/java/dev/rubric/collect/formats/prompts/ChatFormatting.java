package dev.rubric.collect.formats.prompts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text is only a chat format: special tokens of a model's template, role names and
 * placeholders, with no words anyone wrote for the model to read
 * ({@code f"<|start_header_id|>user<|end_header_id|>\n\n{sample['input']}<|eot_id|>"}). Code that
 * builds a training sample or probes a tokenizer writes such strings; they are chat templates
 * (issue 11 item 6), not prompts. A format wrapped around real text
 * ({@code "<|im_start|>system\nYou are a helpful assistant.<|im_end|>"}) is still a prompt.
 */
final class ChatFormatting {
    /** Special tokens: <|eot_id|>, <｜User｜>, <start_of_turn>, [INST], <<SYS>>, <s>; and {x} / {{x}} / ${x} placeholders. */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\|[^|<>\\s]{1,40}\\|>|<｜[^｜<>]{1,40}｜>|</?(?:start_of_turn|end_of_turn|s|bos|eos)>|\\[/?INST]|<</?SYS>>"
                    + "|\\$?\\{\\{[^{}]*}}|\\$?\\{[^{}]*}");
    private static final Set<String> ROLES = Set.of("system", "user", "assistant", "human", "model", "tool", "bot", "gpt", "ai");

    private ChatFormatting() {
    }

    static boolean onlyFormatting(String text) {
        String rest = MARKUP.matcher(text).replaceAll(" ");
        for (String word : rest.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !ROLES.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
