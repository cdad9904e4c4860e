package dev.rubric.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SplitJsonWriterTest {
    /** The sample evidence with {@code count} distinct files and workloads: two long lists, text that needs escaping. */
    private static Evidence large(int count) {
        Evidence sample = (Evidence) RecordSamples.of(Evidence.class);
        RecordShape files = RecordShape.of(ArtifactFile.class);
        RecordShape workloads = RecordShape.of(Workload.class);
        List<ArtifactFile> manyFiles = new ArrayList<>();
        List<Workload> manyWorkloads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object[] file = files.values(sample.files().get(0));
            file[0] = "repo/file-" + i + "/\"quoted\" é ✓ \u2028";
            manyFiles.add((ArtifactFile) files.build(file));
            Object[] workload = workloads.values(sample.workloads().get(0));
            workload[0] = "cluster/Pod/ns/pod-" + i;
            Map<String, String> labels = new TreeMap<>();
            labels.put("app", "pod-" + (i % 7));
            workload[7] = labels;
            manyWorkloads.add((Workload) workloads.build(workload));
        }
        RecordShape evidence = RecordShape.of(Evidence.class);
        Object[] values = evidence.values(sample);
        for (int i = 0; i < values.length; i++) {
            if (evidence.name(i).equals("files")) {
                values[i] = manyFiles;
            } else if (evidence.name(i).equals("workloads")) {
                values[i] = manyWorkloads;
            }
        }
        return (Evidence) evidence.build(values);
    }

    private static String written(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Json.write(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void longListsWrittenInSlicesGiveTheBytesOfAWholeWrite() throws IOException {
        for (int count : new int[] {2 * SplitJsonWriter.SLICE, 2 * SplitJsonWriter.SLICE + 1, 5 * SplitJsonWriter.SLICE - 3}) {
            Evidence evidence = large(count);
            assertThat(SplitJsonWriter.worthSplitting(evidence)).isTrue();
            assertThat(written(evidence)).as("%d items", count).isEqualTo(Json.pretty(evidence));
        }
    }

    @Test
    void theSlicesAreReallyUsed() throws IOException {
        Evidence evidence = large(3 * SplitJsonWriter.SLICE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(SplitJsonWriter.write(evidence, Json.writer(), Json.printer(), out)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8) + "\n").isEqualTo(Json.pretty(evidence));
    }

    @Test
    void aShortListIsNotSplit() {
        assertThat(SplitJsonWriter.worthSplitting(large(2 * SplitJsonWriter.SLICE - 1))).isFalse();
    }

    record Renamed(@JsonProperty("items") List<String> values) {
    }

    record LeftOutWhenEmpty(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> values, String after) {
    }

    @Test
    void aListTheMapperRenamesOrLeavesOutIsWrittenWhole() throws IOException {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 3 * SplitJsonWriter.SLICE; i++) {
            many.add("v" + i);
        }
        for (Record value : List.of(new Renamed(many), new LeftOutWhenEmpty(many, "x"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(SplitJsonWriter.write(value, Json.writer(), Json.printer(), out)).isFalse();
            assertThat(out.toString(StandardCharsets.UTF_8) + "\n").isEqualTo(Json.pretty(value));
        }
    }
}
