package dev.rubric.cli;

import dev.rubric.engine.ReportSnapshots;
import dev.rubric.evidence.Json;
import dev.rubric.score.Comparison;
import dev.rubric.score.Snapshot;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonProcessingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two JSON reports: what improved, what regressed (overall, per dimension, per criterion) and "
                + "how much is unchanged. Reports judged by another rubric id or version are incomparable.",
        footer = {"", "Examples:", "  rubric diff main/rubric-report.json rubric-report/rubric-report.json",
                "  rubric diff --json old.json new.json | jq '.regressions[].subject'", "",
                "Exit codes:", "  0  nothing regressed", "  1  something regressed, or the reports are incomparable",
                "  2  usage error, or a file that is not a rubric JSON report"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier JSON report (rubric-report.json).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later JSON report.")
    Path after;

    @Option(names = "--json", description = "Print the comparison as JSON: improvements, regressions, unchanged, incomparable.")
    boolean json;

    @Override
    public Integer call() {
        Snapshot old = ReportSnapshots.read(before, before.toString());
        Snapshot now = ReportSnapshots.read(after, after.toString());
        Comparison comparison = Comparison.of(old, now);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(comparison));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            text(old, now, comparison, out);
        }
        out.flush();
        return comparison.regressed() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
    }

    private static void text(Snapshot old, Snapshot now, Comparison comparison, PrintWriter out) {
        out.println("rubric diff " + old.origin() + " → " + now.origin());
        if (comparison.incomparable() != null) {
            out.println("Incomparable: " + comparison.incomparable() + ".");
            out.println(String.format(Locale.ROOT, "  overall score %s → %s, level %s → %s (for reference only)",
                    number(old.score()), number(now.score()), old.level(), now.level()));
            return;
        }
        section("Regressions", "✗", comparison.regressions(), out);
        section("Improvements", "✓", comparison.improvements(), out);
        out.println("Unchanged: " + comparison.unchanged());
    }

    private static void section(String title, String mark, List<Comparison.Change> changes, PrintWriter out) {
        out.println(title + " (" + changes.size() + ")" + (changes.isEmpty() ? "" : ":"));
        changes.forEach(change -> out.println("  " + mark + " " + change));
    }

    private static String number(Double value) {
        return value == null ? "not audited" : String.format(Locale.ROOT, "%.1f", value);
    }
}
