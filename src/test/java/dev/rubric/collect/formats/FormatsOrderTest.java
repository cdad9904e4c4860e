package dev.rubric.collect.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.Hint;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.EvidenceSink;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.yaml.SafeYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry order only matters where two parsers both classify one file, differently. Every
 * such pair met in the fixtures and samples is listed here, earlier parser first, and must keep
 * that order in {@link Formats#all()}: swapping them would change what the file is recorded as.
 * A new pair fails the test too, so that its order is chosen (and commented in Formats) on purpose.
 */
class FormatsOrderTest {
    private static final Set<String> ORDERED = Set.of(
            // an InferenceService is a Kubernetes object first; KServe adds its serving config
            "KubernetesManifestParser before KServeParser",
            // a compose file that sets a RAG platform's variables stays that platform's rag-config; its
            // services are workloads either way
            "ComposeRagParser before ComposeParser");

    @Test
    void parsers_that_classify_the_same_file_differently_keep_their_order() throws IOException {
        List<FormatParser> parsers = Formats.all();
        Set<String> met = new TreeSet<>();
        for (Path file : files()) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString()
                        .replace("\r\n", "\n");
            } catch (CharacterCodingException e) {
                continue;
            }
            String path = relative(file);
            String name = file.getFileName().toString();
            String[] kinds = new String[parsers.size()];
            for (int i = 0; i < parsers.size(); i++) {
                if (parsers.get(i).hint(path, name) == Hint.NONE) {
                    continue;
                }
                ParsedFile parsed = new ParsedFile("t", path, text, new SafeYaml(1 << 24));
                FileSink sink = new FileSink(new EvidenceSink(new EvidenceBuilder()), parsed, parsers);
                try {
                    parsers.get(i).parse(parsed, sink);
                } catch (RuntimeException e) {
                    continue;
                }
                kinds[i] = sink.kind();
            }
            for (int i = 0; i < kinds.length; i++) {
                for (int j = i + 1; j < kinds.length; j++) {
                    if (kinds[i] != null && kinds[j] != null && !kinds[i].equals(kinds[j])) {
                        met.add(simpleName(parsers.get(i)) + " before " + simpleName(parsers.get(j)));
                    }
                }
            }
        }
        assertThat(met).as("pairs that classify one fixture differently, in registry order").isEqualTo(ORDERED);
    }

    private static String simpleName(FormatParser parser) {
        return parser.getClass().getSimpleName();
    }

    private static List<Path> files() throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/collect"), Path.of("samples"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("expected.json"))
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static String relative(Path file) {
        String path = file.toString().replace('\\', '/');
        int input = path.indexOf("/input/");
        return input >= 0 ? path.substring(input + "/input/".length()) : path;
    }
}
