package dev.rubric.judge.bench;

import dev.rubric.engine.Engine;
import dev.rubric.judge.CelValues;
import dev.rubric.evidence.Json;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Report;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLoader;
import dev.rubric.score.GateThresholds;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measurement of scripts/bench-judge: the whole rubric judged over synthetic evidence of N
 * subjects, spread over every collection the rubric reads. Wall time covers what follows
 * linking in {@code rubric score}: the evidence file read into CEL values → criterion results →
 * scores → report. Peak heap is the most the heap held during that phase (the evidence values
 * included: "evidence" is what they alone take), so one JVM per size. Prints one tab-separated line: subjects, wall ms, CPU ms, peak MB, evidence MB, what was judged.
 */
public final class JudgeBench {
    private JudgeBench() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        int subjects = Integer.parseInt(args[0]);
        Rubric rubric = new RubricLoader().load(args.length > 1 ? args[1] : null);
        List<String> collections = rubric.criteria().stream().flatMap(c -> c.requires().stream()).distinct().sorted().toList();
        // the evidence goes to a file and its tree is dropped, as `rubric score evidence.json` starts
        Path file = Files.createTempFile("bench-judge", ".json");
        long jsonBytes = write(subjects, collections, file);
        System.gc();
        long baseline = heapUsed();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = cpu();
        Map<String, Object> values;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            values = (Map<String, Object>) CelValues.read(in);
        } finally {
            Files.deleteIfExists(file);
        }
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long evidenceBytes = heapUsed() - baseline;
        Report report = new Engine().report(rubric, values, GateThresholds.none(), true);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (cpu() - cpuStart) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<String, Integer> statuses = new TreeMap<>();
        for (CriterionResult result : report.criteria()) {
            statuses.merge(result.status().json(), 1, Integer::sum);
        }
        List<String> unknown = report.criteria().stream().filter(r -> r.reason() != null && r.status().json().equals("unknown"))
                .map(r -> r.id() + ": " + r.reason()).toList();
        System.out.printf(Locale.ROOT, "%d\t%d\t%d\t%.0f\t%.0f\t%d criteria over %s (%d bytes of JSON per subject, read in %d ms): %s%n", subjects, millis, cpuMillis,
                peak / 1e6, evidenceBytes / 1e6, rubric.criteria().size(), String.join(",", collections), jsonBytes / subjects, readMillis, statuses);
        unknown.forEach(u -> System.out.println("#\tunknown " + u));
    }

    /** The synthetic evidence, streamed to {@code file}; its size in bytes. */
    private static long write(int subjects, List<String> collections, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            new SyntheticEvidence().write(subjects, collections, out);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return Files.size(file);
    }

    /** CPU time of the whole process (every thread, the collector's too): steadier than wall time on a busy machine. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

}
