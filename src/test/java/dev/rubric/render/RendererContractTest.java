package dev.rubric.render;

import dev.rubric.engine.Renderers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.render.terminal.TerminalRenderer;
import dev.rubric.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every renderer promises, so a new format gets these checks by being registered. */
class RendererContractTest {
    private static Report report;

    @BeforeAll
    static void sample() throws Exception {
        report = GoldenReportTest.report("samples/invoice-rpa/weak");
    }

    static Stream<Renderer> renderers() {
        List<String> unknown = new ArrayList<>();
        List<Renderer> selectable = Renderers.select(Renderers.formats(), unknown);
        assertThat(unknown).isEmpty();
        return Stream.concat(selectable.stream(), Stream.of(new TerminalRenderer(true, List.of("out/rubric-report.json"))));
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void names_its_format_and_file_extension(Renderer renderer) {
        assertThat(renderer.format()).isNotBlank().isLowerCase();
        assertThat(renderer.extension()).isNotBlank().doesNotStartWith(".");
    }

    @ParameterizedTest
    @MethodSource("renderers")
    void renders_the_same_report_to_the_same_bytes(Renderer renderer) throws Exception {
        String first = GoldenReportTest.render(renderer, report);
        assertThat(first).isNotEmpty();
        assertThat(GoldenReportTest.render(renderer, report)).isEqualTo(first);
    }

    @Test
    void formats_are_unique_and_the_terminal_is_not_selectable() {
        assertThat(Renderers.formats()).doesNotHaveDuplicates().doesNotContain("terminal");
    }
}
