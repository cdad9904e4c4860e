package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogoFileTest {
    @TempDir
    Path tmp;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(tmp.resolve(name), bytes);
    }

    @Test
    void images_are_told_by_their_bytes() throws Exception {
        assertThat(LogoFile.read(write("a.bin", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).mediaType())
                .isEqualTo("image/png");
        assertThat(LogoFile.read(write("b", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).mediaType()).isEqualTo("image/jpeg");
        assertThat(LogoFile.read(write("c", "GIF89a...".getBytes(StandardCharsets.US_ASCII))).mediaType()).isEqualTo("image/gif");
        assertThat(LogoFile.read(write("d", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).mediaType()).isEqualTo("image/webp");
        String svg = "\uFEFF<?xml version=\"1.0\"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assertThat(LogoFile.read(write("e.svg", svg.getBytes(StandardCharsets.UTF_8))).mediaType()).isEqualTo("image/svg+xml");
    }

    @Test
    void a_look_alike_is_not_an_image() throws Exception {
        Path named = write("logo.png", "not really a png".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> LogoFile.read(named)).isInstanceOf(UserError.class)
                .hasMessage("--logo '" + named + "': not a PNG, JPEG, GIF, WebP or SVG image");
        Path page = write("page.svg", "<html><body><svg></svg></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> LogoFile.read(page)).isInstanceOf(UserError.class).hasMessageContaining("not a PNG");
        Path svgish = write("s.svg", "<svgfoo/>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> LogoFile.read(svgish)).isInstanceOf(UserError.class).hasMessageContaining("not a PNG");
    }

    @Test
    void a_missing_or_oversized_logo_is_a_usage_error() throws Exception {
        Path missing = tmp.resolve("none.png");
        assertThatThrownBy(() -> LogoFile.read(missing)).isInstanceOf(UserError.class)
                .hasMessage("--logo '" + missing + "': no such file");
        byte[] big = new byte[LogoFile.MAX_BYTES + 1];
        big[0] = (byte) 0x89;
        Path large = write("big.png", big);
        assertThatThrownBy(() -> LogoFile.read(large)).isInstanceOf(UserError.class).hasMessageContaining("larger than 256 KB");
        byte[] fits = new byte[LogoFile.MAX_BYTES];
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, fits, 0, 3);
        assertThat(LogoFile.read(write("fits.jpg", fits)).bytes()).hasSize(LogoFile.MAX_BYTES);
    }
}
