package dev.rubric.render.html.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.rubric.render.TestReports;
import dev.rubric.render.html.HtmlRenderer;
import dev.rubric.report.Report;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * scripts/bench-html: renders the HTML of a report with N findings (TestReports.huge: every criterion
 * of the built-in rubric, messages and paths as long as real ones, each message at two places) to
 * a file, and prints one tab-separated line: findings, first render in ms (a CLI renders once per
 * process, so this includes loading and compiling the templates) as wall time and as CPU time of
 * the whole process, garbage collector and compiler included (steady when other processes load the
 * machine), the median wall and CPU
 * time of the next runs, and bytes written.
 */
public final class HtmlBench {
    private HtmlBench() {
    }

    public static void main(String[] args) throws Exception {
        int findings = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Report report = TestReports.huge(findings);
        long[] first = render(report, file);
        long[] wall = new long[repeats];
        long[] cpu = new long[repeats];
        for (int i = 0; i < repeats; i++) {
            long[] run = render(report, file);
            wall[i] = run[0];
            cpu[i] = run[1];
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%d\t%d\t%d\t%d\t%d\t%d%n", findings, first[0] / 1_000_000, first[1] / 1_000_000,
                repeats == 0 ? 0 : wall[repeats / 2] / 1_000_000, repeats == 0 ? 0 : cpu[repeats / 2] / 1_000_000, Files.size(file));
    }

    /** Wall and CPU nanoseconds of one render. */
    private static long[] render(Report report, Path file) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            new HtmlRenderer().render(report, out);
        }
        return new long[] {System.nanoTime() - start, os.getProcessCpuTime() - cpuStart};
    }
}
