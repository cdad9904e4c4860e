package dev.rubric.collect.tree;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.formats.Formats;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One file, named like an artifact some parser asks for and filled with fuzzed text, walked by the
 * real {@link TreeCollector} with every registered format: nothing may escape as an internal
 * error, and no file may run over a (short) parse budget. See docs/fuzzing.md.
 */
class FormatRegistryFuzzTest {
    /** Every input file of the collector fixtures: each is a name (and folder) a signature accepts. */
    private static final List<String> NAMES = fixtureNames();
    private static final TreeCollector COLLECTOR = new TreeCollector(Formats.all(),
            new FileLimits(FileLimits.DEFAULT_MAX_FILE_BYTES, 1), Set.of(), Duration.ofSeconds(2));
    private static final PathTarget TARGET = new PathTarget("fuzz", "fuzz", Path.of("fuzz"));

    @FuzzTest(maxDuration = "10m")
    void everyParserSurvivesAnyText(FuzzedDataProvider data) {
        String name = NAMES.get(data.consumeInt(0, NAMES.size() - 1));
        byte[] content = data.consumeRemainingAsBytes();
        EvidenceBuilder builder = new EvidenceBuilder();
        Source source = COLLECTOR.collect(TARGET, new OneFile(name, content), "directory", new EvidenceSink(builder));
        builder.source(source);

        assertThat(builder.build("fuzz").errors()).extracting(CollectionError::message)
                .noneMatch(message -> message.startsWith("internal error"))
                .noneMatch(message -> message.contains("parsing took longer"));
    }

    private static List<String> fixtureNames() {
        try (Stream<Path> files = Files.walk(Path.of(FormatRegistryFuzzTest.class.getResource("/collect").toURI()))) {
            return files.filter(Files::isRegularFile)
                    .map(path -> path.toString().replace('\\', '/'))
                    .filter(path -> path.contains("/input/"))
                    .map(path -> path.substring(path.indexOf("/input/") + "/input/".length()))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A tree of exactly one file, held in memory: no disk in the loop. */
    private record OneFile(String relative, byte[] content) implements TreeInput {
        @Override
        public void walk(Visitor visitor) {
            String[] parts = relative.split("/");
            StringBuilder folder = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                folder.append(i == 0 ? "" : "/").append(parts[i]);
                if (!visitor.enterDirectory(folder.toString(), parts[i])) {
                    return;
                }
            }
            visitor.file(relative, parts[parts.length - 1], new Blob() {
                @Override
                public long size() {
                    return content.length;
                }

                @Override
                public byte[] read() {
                    return content;
                }
            });
        }
    }

}
