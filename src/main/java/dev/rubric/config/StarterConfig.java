package dev.rubric.config;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Report;
import java.util.Comparator;
import java.util.Locale;

/**
 * The commented {@code .rubric.yaml} that {@code rubric init} writes, from an audit of the
 * repository it is run in: which dimensions apply, and gates at today's values (rounded down, so
 * the next run of the same tree passes and any slide fails). Every key it writes is one the
 * loader reads, so the file it produces always loads.
 */
public final class StarterConfig {
    private StarterConfig() {
    }

    public static String text(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("# .rubric.yaml, written by `rubric init` (rubric ").append(report.tool().version()).append(", rubric ")
                .append(report.rubric().id()).append(' ').append(report.rubric().version()).append(")\n");
        if (report.score() != null) {
            out.append(String.format(Locale.ROOT, "# from an audit of this repository: overall level %d (%s), score %.1f, coverage %s.%n",
                    report.level(), report.levelName(), report.score(), percent(report.coverage())));
        } else {
            out.append("# from an audit of this repository, in which no dimension could be audited.\n");
        }
        out.append("""
                # `rubric audit` reads this file from the audited folder; every key is described in docs/config.md.

                # What `rubric audit` audits when it is given no target: folders (relative to this file) and git URLs.
                targets:
                  paths: ["."]
                  repositories: []

                # Which files are judged. Tests, examples, docs and vendored code are out of scope by convention;
                # include takes files back in as production, exclude takes them out (globs, ** across folders).
                scope:
                  include: []
                  exclude: []

                # CI gates at today's values: the build fails (exit 1) when the audit falls below them.
                gates:
                """);
        if (report.score() != null) {
            gate(out, "failUnder: " + (long) Math.floor(report.score()),
                    String.format(Locale.ROOT, "overall score today: %.1f (minimum over audited dimensions)", report.score()));
            gate(out, "minLevel: " + report.level(), "overall level today: " + report.level() + " " + report.levelName());
        }
        if (report.coverage() != null) {
            gate(out, "minCoverage: " + (long) Math.floor(report.coverage() * 100),
                    "share of applicable criteria that could be evaluated today: " + percent(report.coverage()));
        }
        dimensions(report, out);
        out.append("""
                  # noRegression: baseline/rubric-report.json   # fail on any regression against a saved JSON report

                # Accepted shortfalls, each with a reason, an owner and an end date; expired waivers stop applying.
                waivers: []
                """);
        exampleWaiver(report, out);
        return out.toString();
    }

    private static void dimensions(Report report, StringBuilder out) {
        boolean any = report.dimensions().stream().anyMatch(d -> d.status() == DimensionResult.State.AUDITED);
        out.append(any ? "  dimensions:\n" : "  dimensions: {}\n");
        for (DimensionResult d : report.dimensions()) {
            String title = d.title() == null ? d.id() : d.title();
            switch (d.status()) {
                case AUDITED -> gate(out, String.format(Locale.ROOT, "  %s: {failUnder: %d, minLevel: %d}", d.id(),
                        (long) Math.floor(d.score()), d.level()), String.format(Locale.ROOT, "%s: score %.1f, level %d %s",
                        oneLine(title), d.score(), d.level(), d.levelName()));
                case NOT_AUDITED -> out.append("    # ").append(d.id()).append(": not audited")
                        .append(d.howToAudit() == null ? "" : " (" + oneLine(d.howToAudit()) + ")").append("; no gate suggested\n");
                default -> out.append("    # ").append(d.id()).append(": not applicable")
                        .append(d.reason() == null ? "" : " (" + oneLine(d.reason()) + ")").append('\n');
            }
        }
    }

    /** An example, commented out, on the criterion with the most findings today, if any. */
    private static void exampleWaiver(Report report, StringBuilder out) {
        String criterion = report.criteria().stream().filter(c -> !c.findings().isEmpty())
                .max(Comparator.comparingInt((CriterionResult c) -> c.findings().size()).thenComparing(CriterionResult::id,
                        Comparator.reverseOrder()))
                .map(CriterionResult::id).orElse("prompt.versioned");
        out.append("#  - criterion: ").append(criterion).append('\n')
                .append("#    subjects: [\"legacy/**\"]          # globs over subject ids or file paths; omit for all\n")
                .append("#    reason: why this shortfall is accepted for now\n")
                .append("#    owner: team-or-person\n")
                .append("#    expires: 2027-06-30               # last day it applies\n");
    }

    /** One gate line of the {@code gates} mapping, its comment aligned with the others'. */
    private static void gate(StringBuilder out, String entry, String comment) {
        out.append(String.format(Locale.ROOT, "  %-42s # %s%n", entry, comment));
    }

    private static String percent(Double fraction) {
        return fraction == null ? "–" : String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
