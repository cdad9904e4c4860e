package dev.rubric.render.terminal;

import dev.rubric.report.Gate;
import dev.rubric.report.Report;
import dev.rubric.report.Waiver;
import dev.rubric.report.WithoutWaivers;
import java.util.Locale;

/**
 * The summary's lines about .rubric.yaml: the score without waivers beside the waived one, each
 * waiver that lapsed or selects nothing (those need someone to act; active ones are counted), and
 * the baseline gate, whose count of regressions reads badly as "3 < 0".
 */
final class WaiverLines {
    private WaiverLines() {
    }

    static void append(Report report, Ansi ansi, StringBuilder out) {
        if (report.waivers().isEmpty()) {
            return;
        }
        long active = report.waivers().stream().filter(w -> Waiver.ACTIVE.equals(w.status())).count();
        int waived = report.waivers().stream().filter(w -> Waiver.ACTIVE.equals(w.status())).mapToInt(w -> w.waived().size()).sum();
        out.append('\n').append(ansi.bold("Waivers")).append(String.format(Locale.ROOT, " (%d active, %d finding%s waived)",
                active, waived, waived == 1 ? "" : "s")).append('\n');
        WithoutWaivers without = report.withoutWaivers();
        if (without != null && without.score() != null && report.score() != null) {
            out.append(String.format(Locale.ROOT, "  without waivers: score %.1f, level %d (with: %.1f, level %d)%n",
                    without.score(), without.level(), report.score(), report.level()));
        }
        for (Waiver waiver : report.waivers()) {
            String selector = waiver.subjects().isEmpty() ? "every subject" : String.join(", ", waiver.subjects());
            if (Waiver.EXPIRED.equals(waiver.status())) {
                out.append("  ").append(ansi.red("expired " + waiver.expires())).append(": ").append(waiver.criterion())
                        .append(" (").append(selector).append("), owner ").append(waiver.owner())
                        .append(waiver.waived().isEmpty() ? "" : " — " + waiver.waived().size() + " finding(s) count again")
                        .append('\n');
            } else if (Waiver.UNUSED.equals(waiver.status())) {
                out.append("  ").append(ansi.yellow("unused")).append(": ").append(waiver.criterion()).append(" (")
                        .append(selector).append(") selects no finding; remove it\n");
            }
        }
    }

    static void regression(Gate gate, Ansi ansi, StringBuilder out) {
        if (Gate.INCOMPARABLE.equals(gate.result())) {
            out.append("  ").append(ansi.red("✗ " + gate.id())).append(": ").append(gate.description()).append('\n');
        } else if (gate.failed()) {
            out.append("  ").append(ansi.red("✗ " + gate.id())).append(": ")
                    .append(gate.description().substring(gate.description().indexOf("regressed: "))).append('\n');
        } else {
            out.append("  ").append(ansi.green("✓ " + gate.id())).append(": nothing regressed\n");
        }
    }
}
