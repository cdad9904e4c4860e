package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.render.Renderer;
import dev.rubric.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void writes_each_format_as_rubric_report_dot_extension_and_returns_the_paths() throws IOException {
        Path out = dir.resolve("reports");
        List<Path> written = new ReportWriter(out).write(null, List.of(renderer("json", "{}"), renderer("md", "# r")));
        assertThat(written).containsExactly(out.resolve("rubric-report.json"), out.resolve("rubric-report.md"));
        assertThat(Files.readString(out.resolve("rubric-report.md"))).isEqualTo("# r");
        assertThat(Files.list(out)).as("no temporary file is left").hasSize(2);
    }

    @Test
    void a_renderer_that_fails_half_way_leaves_the_previous_report_whole() throws IOException {
        Files.writeString(dir.resolve("rubric-report.json"), "previous");
        Renderer failing = new Renderer() {
            public String format() {
                return "json";
            }

            public String extension() {
                return "json";
            }

            public void render(Report report, OutputStream out) throws IOException {
                out.write("half".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> new ReportWriter(dir).write(null, List.of(failing)))
                .isInstanceOf(UserError.class).hasMessageContaining("disk full");
        assertThat(Files.readString(dir.resolve("rubric-report.json"))).isEqualTo("previous");
        assertThat(Files.list(dir)).hasSize(1);
    }

    private static Renderer renderer(String format, String content) {
        return new Renderer() {
            public String format() {
                return format;
            }

            public String extension() {
                return format;
            }

            public void render(Report report, OutputStream out) throws IOException {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
