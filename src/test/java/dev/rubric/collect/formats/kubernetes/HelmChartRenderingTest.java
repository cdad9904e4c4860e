package dev.rubric.collect.formats.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.formats.Formats;
import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendering charts with the real Helm library: what it leaves behind, and what a chart Helm cannot read costs. */
class HelmChartRenderingTest {
    private static final Path FIXTURES = Path.of("src/test/resources/collect/kubernetes");

    @TempDir
    Path root;

    @BeforeEach
    void helmRunsHere() {
        assumeTrue(HelmRuntime.unsupportedReason() == null, "the bundled Helm library is for linux-amd64 only");
    }

    @Test
    void theAuditedChartIsByteForByteAsItWasAndNoCopyIsLeftBehind() throws IOException {
        copy(FIXTURES.resolve("helm-chart/input"), root);
        copy(FIXTURES.resolve("helm-missing-dependency/input"), root);
        Map<String, String> before = snapshot(root);
        Set<String> copiesBefore = chartCopies();

        Evidence evidence = collect(root);

        assertThat(evidence.workloads()).extracting(Workload::id).contains(
                "t/deploy/llm/templates/deployment.yaml#Deployment/release-name-llm",
                "t/rag/templates/api.yaml#Deployment/rag-api");
        // a missing dependency must not be fetched or stubbed into the audited chart: no charts/ appears there
        assertThat(snapshot(root)).isEqualTo(before);
        assertThat(chartCopies()).isEqualTo(copiesBefore);
    }

    @Test
    void aSubchartIsRenderedWithItsParentOnly() throws IOException {
        Path parent = root.resolve("stack");
        copy(FIXTURES.resolve("helm-chart/input/deploy/llm"), parent.resolve("charts/llm"));
        Files.writeString(parent.resolve("Chart.yaml"), """
                apiVersion: v2
                name: stack
                version: 1.0.0
                dependencies:
                  - name: llm
                    version: 0.3.0
                """);

        Evidence evidence = collect(root);

        assertThat(evidence.workloads()).extracting(Workload::id)
                .containsExactly("t/stack/charts/llm/templates/deployment.yaml#Deployment/release-name-llm");
        assertThat(evidence.errors()).isEmpty();
    }

    @Test
    void aLibraryChartIsNotRenderedAlone() throws IOException {
        copy(FIXTURES.resolve("helm-chart/input/deploy/llm"), root.resolve("lib"));
        Files.writeString(root.resolve("lib/Chart.yaml"), "apiVersion: v2\nname: lib\nversion: 1.0.0\ntype: library\n");

        Evidence evidence = collect(root);

        assertThat(evidence.workloads()).isEmpty();
        assertThat(evidence.errors()).isEmpty();
    }

    @Test
    void aRenderOverItsBudgetCostsThatRenderNotTheAudit() throws IOException {
        Path chart = root.resolve("slow");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: slow\nversion: 1.0.0\n");
        // Go templates have no loop bound of their own; seconds of looping, far over a 300 ms budget, that
        // still end on their own so that the abandoned render does not spin through the rest of the tests
        Files.writeString(chart.resolve("templates/loop.yaml"),
                "{{- range $i := until 4000 }}{{- range $j := until 20000 }}{{- end }}{{- end }}\n");
        copy(FIXTURES.resolve("helm-chart/input"), root);
        List<FormatParser> parsers = Formats.all().stream()
                .map(p -> p instanceof HelmChartParser ? new HelmChartParser(Duration.ofMillis(300), Duration.ofSeconds(20)) : p)
                .toList();

        Evidence evidence = collect(root, parsers);

        assertThat(evidence.errors()).extracting(CollectionError::message)
                .contains("not rendered with default: Helm took longer than 300 ms (the time budget for one rendering)");
        assertThat(evidence.workloads()).extracting(Workload::id)
                .contains("t/deploy/llm/templates/deployment.yaml#Deployment/release-name-llm");
    }

    private static Evidence collect(Path root) {
        return collect(root, Formats.all());
    }

    private static Evidence collect(Path root, List<FormatParser> parsers) {
        EvidenceBuilder builder = new EvidenceBuilder();
        TreeCollector collector = new TreeCollector(parsers, FileLimits.defaults(), Set.of(), Duration.ofSeconds(60));
        builder.source(collector.collect(new PathTarget("t", "t", root), new EvidenceSink(builder)));
        return builder.build("test");
    }

    /** Every path below root (folders too) with its content hash and modification time. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                FileTime modified = Files.getLastModifiedTime(path);
                out.put(root.relativize(path).toString(),
                        (Files.isDirectory(path) ? "dir" : sha256(Files.readAllBytes(path))) + " " + modified);
            }
        }
        return out;
    }

    private static Set<String> chartCopies() throws IOException {
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return Set.copyOf(list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rubric-chart-")).toList());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
