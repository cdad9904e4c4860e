package dev.rubric.collect.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FileTextTest {
    /** The text a parser gets: ASCII content is decoded on first use, anything else at once. */
    private static String text(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        FileText.Decoded decoded = FileText.decode(bytes);
        assertThat(decoded.ok()).isTrue();
        return decoded.ascii() ? FileText.ascii(bytes) : decoded.text();
    }

    @Test
    void line_endings_become_newlines_wherever_the_carriage_return_is() {
        // the search reads eight bytes at a time: a '\r' at every position of a word, and in the tail
        for (int at = 0; at < 20; at++) {
            String text = "a".repeat(at) + "\r\nb\rc";
            assertThat(text(text)).as("'\\r' at %d", at).isEqualTo("a".repeat(at) + "\nb\nc");
        }
        assertThat(text("no carriage return\n")).isEqualTo("no carriage return\n");
    }

    @Test
    void ascii_content_is_left_undecoded_and_other_content_is_decoded_at_once() {
        for (int at = 0; at < 20; at++) {
            String ascii = "a".repeat(at) + "z";
            assertThat(FileText.decode(ascii.getBytes(StandardCharsets.UTF_8)).ascii()).as("ASCII of %d bytes", at + 1).isTrue();
            String other = "a".repeat(at) + "é";
            FileText.Decoded decoded = FileText.decode(other.getBytes(StandardCharsets.UTF_8));
            assertThat(decoded.ascii()).as("é after %d bytes", at).isFalse();
            assertThat(decoded.text()).isEqualTo(other);
        }
    }

    @Test
    void a_byte_order_mark_is_dropped() {
        assertThat(text("\uFEFFname: x\r\n")).isEqualTo("name: x\n");
    }

    @Test
    void a_nul_among_the_first_8000_bytes_is_binary_content() {
        for (int at : new int[] {0, 7, 8, 4095, 7999}) {
            byte[] bytes = new byte[9000];
            Arrays.fill(bytes, (byte) 'a');
            bytes[at] = 0;
            assertThat(FileText.decode(bytes).binary()).as("NUL at %d", at).isTrue();
        }
        byte[] late = new byte[9000];
        Arrays.fill(late, (byte) 'a');
        late[8000] = 0;
        assertThat(FileText.decode(late).binary()).as("a NUL after the sniffed bytes").isFalse();
    }

    @Test
    void invalid_utf8_is_located_and_a_real_replacement_character_is_not_an_error() {
        byte[] invalid = {'o', 'k', '\n', (byte) 0xC3, '(', '\n'};
        FileText.Decoded decoded = FileText.decode(invalid);
        assertThat(decoded.ok()).isFalse();
        assertThat(decoded.invalidAt()).isEqualTo(3);
        assertThat(FileText.lineAtByte(invalid, decoded.invalidAt())).isEqualTo(2);

        assertThat(text("a \uFFFD b")).isEqualTo("a \uFFFD b");
        assertThat(text("é ü ✓")).isEqualTo("é ü ✓");
    }
}
