package dev.rubric.collect.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The texts a thread redacted recently are answered from memory, with the answers the scanners give. */
class TextRedactorRecentTest {

    @Test
    void a_remembered_secret_is_redacted_again() {
        String first = TextRedactor.redact("OPENAI_API_KEY=sk-abcdefghijklmnop1234");
        String again = TextRedactor.redact(new String("OPENAI_API_KEY=sk-abcdefghijklmnop1234"));

        assertThat(first).isEqualTo("OPENAI_API_KEY=<redacted>");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void a_remembered_clean_text_comes_back_as_the_callers_own_instance() {
        String text = "registry.example.com/app:1.2.3";
        TextRedactor.redact(text);
        String sameWords = new String(text);

        // callers tell "nothing changed" by identity, so an equal copy from memory would not do
        assertThat(TextRedactor.redact(sameWords)).isSameAs(sameWords);
    }

    @Test
    void long_texts_and_a_full_memory_still_get_every_scanner() {
        String longText = "x".repeat(600) + " password=Hunter2isLong";
        assertThat(TextRedactor.redact(longText)).endsWith("password=<redacted>");
        for (int i = 0; i < 5000; i++) {
            TextRedactor.redact("image-" + i + ":tag-" + i);
        }
        assertThat(TextRedactor.redact("Authorization: Bearer abcdefghijklmnopqrstuvwxyz")).contains("<redacted>")
                .doesNotContain("abcdefghijklmnopqrstuvwxyz");
    }
}
