package dev.rubric.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §1: renderers see only the Report, and the Report knows nothing of evidence or
 * collectors, so a new source or a new format never touches the other side.
 */
class ReportBoundaryTest {
    private static final Path MAIN = Path.of("src/main/java/dev/rubric");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.rubric\\.[\\w.]+);", Pattern.MULTILINE);

    @Test
    void the_report_imports_only_itself() throws IOException {
        assertThat(projectImports("report")).allMatch(i -> i.startsWith("dev.rubric.report."));
    }

    @Test
    void renderers_import_only_the_report() throws IOException {
        assertThat(projectImports("render"))
                .allMatch(i -> i.startsWith("dev.rubric.report.") || i.startsWith("dev.rubric.render."));
    }

    private static List<String> projectImports(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertThat(sources).as("sources of %s", pkg).isNotEmpty();
            return sources.stream().flatMap(ReportBoundaryTest::imports).toList();
        }
    }

    private static Stream<String> imports(Path file) {
        try {
            Matcher m = IMPORT.matcher(Files.readString(file));
            Stream.Builder<String> out = Stream.builder();
            while (m.find()) {
                out.add(m.group(1));
            }
            return out.build();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
