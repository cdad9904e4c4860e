package dev.rubric.collect.read.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatTemplatesTest {
    @Test
    void messageLoopWithRolesIsAChatTemplate() {
        assertThat(ChatTemplates.isChatTemplate(
                "{% for message in messages %}{{ '<|im_start|>' + message['role'] }}{% endfor %}")).isTrue();
        assertThat(ChatTemplates.isChatTemplate("{%- for m in messages %}{{ m.role }}{%- endfor %}")).isTrue();
        assertThat(ChatTemplates.isChatTemplate(
                "{% for turn in loop_messages %}{{ turn.content }}{% endfor %}{% if add_generation_prompt %}A:{% endif %}")).isTrue();
    }

    /** Look-alikes: prompts that loop over other things, or name messages in prose. */
    @Test
    void promptsThatLoopOverOtherThingsAreNot() {
        assertThat(ChatTemplates.isChatTemplate(
                "You are a support assistant.\n{% for doc in documents %}{{ doc.role }}: {{ doc.text }}{% endfor %}")).isFalse();
        assertThat(ChatTemplates.isChatTemplate("Summarise the messages below.\n{{ messages }}")).isFalse();
        assertThat(ChatTemplates.isChatTemplate("{% for message in messages %}{{ message.content }}{% endfor %}")).isFalse();
        assertThat(ChatTemplates.isChatTemplate(null)).isFalse();
    }

    @Test
    void registryNeedsTheCallAndAFormatter() {
        assertThat(ChatTemplates.isTemplateRegistry("register_template(\n  name='x', format_user=StringFormatter(slots=[]))")).isTrue();
        assertThat(ChatTemplates.isTemplateRegistry("# we used to call register_template here")).isFalse();
    }
}
