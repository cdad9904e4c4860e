package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chat formats built in code are not prompts; a format around written words still is. */
class ChatFormattingTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "<|start_header_id|>system<|end_header_id|>\n\n{sample['system']}<|eot_id|>",
        "<|start_header_id|>user<|end_header_id|>\n\n{sample['input']}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
        "<|im_start|>user\n{{content}}<|im_end|>\n<|im_start|>assistant\n",
        "<start_of_turn>user\n{query}<end_of_turn>\n<start_of_turn>model\n",
        "<s>[INST] <<SYS>>\n{system}\n<</SYS>>\n\n{question} [/INST]",
        "<｜User｜>{content}<｜Assistant｜>",
        "### Human: ${input}\n### Assistant:"})
    void formatsAloneAreNotPrompts(String text) {
        assertThat(ChatFormatting.onlyFormatting(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<|im_start|>system\nYou are a helpful assistant.<|im_end|>",
        "<|start_header_id|>system<|end_header_id|>\n\nAnswer from the {context} only.<|eot_id|>",
        "### Instruction:\n{instruction}\n\n### Response:\n",
        "Summarize the ticket for an engineer: {ticket}"})
    void writtenWordsMakeAPrompt(String text) {
        assertThat(ChatFormatting.onlyFormatting(text)).as(text).isFalse();
    }
}
