package dev.rubric.collect.read.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptTextTest {

    @Test
    void excerptFoldsWhitespace() {
        assertThat(PromptText.excerpt("\n  system:\n\tBe   brief.\n\n")).isEqualTo("system: Be brief.");
    }

    @Test
    void longExcerptIsCutAt120WithAnEllipsis() {
        String excerpt = PromptText.excerpt("word ".repeat(60));
        assertThat(excerpt).endsWith("…").doesNotContain("  ");
        assertThat(excerpt.length()).isLessThanOrEqualTo(121);
        assertThat(PromptText.excerpt("x".repeat(120))).isEqualTo("x".repeat(120));
        assertThat(PromptText.excerpt("x".repeat(121))).isEqualTo("x".repeat(120) + "…");
    }

    @Test
    void blankTemplateHasNoExcerpt() {
        assertThat(PromptText.excerpt(" \n\t")).isNull();
    }

    @Test
    void credentialsNeverReachTheExcerpt() {
        assertThat(PromptText.excerpt("Call the API with sk-abcdefghijklmnopqrstuvwxyz123456 and summarise."))
                .doesNotContain("sk-abcdefghijklmnop").contains("<redacted>");
    }

    @Test
    void hashIsSha256OfUtf8() {
        assertThat(PromptText.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
