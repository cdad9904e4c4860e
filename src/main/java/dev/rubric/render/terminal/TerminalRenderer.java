package dev.rubric.render.terminal;

import dev.rubric.render.FindingGroups;
import dev.rubric.render.Numbers;
import dev.rubric.render.Places;
import dev.rubric.render.Renderer;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Gate;
import dev.rubric.report.Report;
import dev.rubric.report.ReportError;
import dev.rubric.report.ReportLink;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.ReportScope;
import dev.rubric.report.ReportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The short summary printed after an audit: per dimension score, level and coverage, the worst
 * findings with their locations, collection problems, gates, and where the files went. Reads only
 * the Report, and the paths the other formats were written to, which the Report cannot know; so it
 * is printed, never selected with -f nor written to a file.
 */
public final class TerminalRenderer implements Renderer {
    /** How many findings the summary lists unless --top says otherwise. */
    public static final int TOP_FINDINGS = 5;
    private static final int ERRORS_SHOWN = 3;
    private static final int CONTRADICTIONS_SHOWN = 3;

    private final Ansi ansi;
    private final List<String> writtenFiles;
    private final int top;

    /** {@code writtenFiles}: the report files as the user would type them, named at the end. */
    public TerminalRenderer(boolean color, List<String> writtenFiles) {
        this(color, writtenFiles, TOP_FINDINGS);
    }

    /** {@code top}: how many findings to list (0: none). */
    public TerminalRenderer(boolean color, List<String> writtenFiles, int top) {
        this.ansi = new Ansi(color);
        this.writtenFiles = List.copyOf(writtenFiles);
        this.top = top;
    }

    @Override
    public String format() {
        return "terminal";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        out.write(summary(report).getBytes(StandardCharsets.UTF_8));
    }

    private String summary(Report report) {
        StringBuilder out = new StringBuilder();
        Places places = new Places(report);
        out.append(ansi.bold("rubric " + report.tool().version())).append(" · ")
                .append(report.rubric().title()).append(' ').append(report.rubric().version());
        if (report.rubric().sha256() != null) {
            out.append(" · sha256:").append(report.rubric().sha256(), 0, Math.min(8, report.rubric().sha256().length()));
        }
        out.append('\n');
        for (ReportSource source : report.sources()) {
            out.append("Source: ").append(source.target());
            revision(source.revision(), out);
            out.append(" (").append(source.kind()).append(", ").append(statusWord(source.status()));
            if (source.summary() != null) {
                out.append(", ").append(source.summary());
            }
            if (source.error() != null) {
                out.append(": ").append(source.error());
            }
            out.append(")\n");
        }
        scope(report.scope(), out);
        out.append('\n');
        dimensions(report, out);
        scopeNotes(report, out);
        topFindings(report, places, out);
        errors(report, places, out);
        WaiverLines.append(report, ansi, out);
        gates(report, out);
        if (!writtenFiles.isEmpty()) {
            out.append("\nReport: ").append(String.join(", ", writtenFiles)).append('\n');
        }
        return out.toString();
    }

    /** "@abc1234 (main, clean)": which commit was audited, from what, and whether the tree matched it. */
    private static void revision(ReportSource.Revision revision, StringBuilder out) {
        if (revision == null || revision.commit() == null) {
            return;
        }
        out.append('@').append(revision.commit(), 0, Math.min(7, revision.commit().length()));
        List<String> facts = new ArrayList<>();
        if (revision.ref() != null) {
            facts.add(revision.ref());
        } else if (revision.branch() != null) {
            facts.add(revision.branch());
        }
        if (revision.dirty() != null) {
            facts.add(revision.dirty() ? "dirty" : "clean");
        }
        if (!facts.isEmpty()) {
            out.append(" (").append(String.join(", ", facts)).append(')');
        }
    }

    /** "Scope: production (312 files; 48 out of scope: 40 test, 8 docs) · exclude legacy/**". */
    private void scope(ReportScope scope, StringBuilder out) {
        if (scope == null) {
            return;
        }
        out.append("Scope: ").append(String.join(", ", scope.roles()));
        if (!scope.recorded()) {
            out.append(ansi.dim(" (the evidence records no file roles: everything counts as production)")).append('\n');
            return;
        }
        out.append(" (").append(scope.filesInScope()).append(scope.filesInScope() == 1 ? " file; " : " files; ");
        int outside = scope.filesOutOfScope();
        if (outside == 0) {
            out.append("none out of scope)");
        } else {
            out.append(outside).append(" out of scope: ").append(String.join(", ", scope.filesOutOfScopeByRole())).append(')');
        }
        if (!scope.include().isEmpty()) {
            out.append(" · include ").append(String.join(", ", scope.include()));
        }
        if (!scope.exclude().isEmpty()) {
            out.append(" · exclude ").append(String.join(", ", scope.exclude()));
        }
        if (scope.config() != null) {
            out.append(" · config ").append(scope.config());
        }
        out.append('\n');
    }

    /** Dimensions that judged nothing because everything found for them was out of scope, said plainly. */
    private void scopeNotes(Report report, StringBuilder out) {
        if (report.scope() == null || report.scope().notes().isEmpty()) {
            return;
        }
        Map<String, String> titles = new HashMap<>();
        report.dimensions().forEach(d -> titles.put(d.id(), d.title()));
        for (ReportScope.Note note : report.scope().notes()) {
            out.append("  ").append(ansi.yellow(titles.getOrDefault(note.dimension(), note.dimension()) + ": "
                    + note.message())).append(ansi.dim(" — not judged (scope: "
                    + String.join(", ", report.scope().roles()) + ")")).append('\n');
        }
    }

    private void dimensions(Report report, StringBuilder out) {
        // a dimension whose subjects all lie out of scope is explained below the table, once
        Set<String> scopeNoted = new HashSet<>();
        if (report.scope() != null) {
            report.scope().notes().forEach(n -> scopeNoted.add(n.dimension()));
        }
        out.append(ansi.bold(String.format(Locale.ROOT, "  %-22s %6s  %-26s %8s", "Dimension", "Score", "Level", "Coverage")))
                .append('\n');
        for (DimensionResult d : report.dimensions()) {
            String name = truncate(d.title(), 22);
            switch (d.status()) {
                case AUDITED -> out.append(String.format(Locale.ROOT, "  %-22s %s  %-26s %8s\n", name,
                        ansi.byScore(d.score(), String.format(Locale.ROOT, "%6.1f", d.score())),
                        truncate(d.level() + " " + d.levelName(), 26), Numbers.percent(d.coverage())));
                case NOT_AUDITED -> out.append(String.format(Locale.ROOT, "  %-22s %6s  %-26s %8s%s\n", name, "–",
                        ansi.yellow(String.format(Locale.ROOT, "%-26s", "not audited")), Numbers.percent(d.coverage()),
                        ansi.dim(why(d, scopeNoted, "  → ", d.howToAudit()))));
                default -> out.append(String.format(Locale.ROOT, "  %-22s %6s  %s%s\n", name, "–", ansi.dim("not applicable"),
                        ansi.dim(why(d, scopeNoted, "  — ", null))));
            }
            contradictions(d, out);
        }
        if (report.score() != null) {
            out.append(String.format(Locale.ROOT, "  %s %s  %-26s %8s  %s\n", ansi.bold(String.format(Locale.ROOT, "%-22s", "Overall")),
                    ansi.byScore(report.score(), String.format(Locale.ROOT, "%6.1f", report.score())),
                    truncate(report.level() + " " + report.levelName(), 26), Numbers.percent(report.coverage()),
                    ansi.dim(String.format(Locale.ROOT, "mean %.1f, range %.1f–%.1f", report.meanScore(),
                            report.scoreRange().min(), report.scoreRange().max()))));
        } else {
            out.append("  ").append(ansi.yellow("Overall: nothing could be audited")).append(" — coverage ")
                    .append(Numbers.percent(report.coverage())).append('\n');
        }
        if (!report.complete()) {
            out.append("  ").append(ansi.yellow("Incomplete: some sources could not be fully read (see errors)")).append('\n');
        }
    }

    /** "  → no Kubernetes workloads were found: audit the manifests", or as much of it as is known. */
    private static String why(DimensionResult d, Set<String> scopeNoted, String lead, String howTo) {
        String reason = scopeNoted.contains(d.id()) ? null : d.reason();
        if (reason == null && howTo == null) {
            return "";
        }
        return lead + (reason == null ? howTo : howTo == null ? reason : reason + ": " + howTo);
    }

    /** The contradicted links that capped a dimension, each named with its reason. */
    private void contradictions(DimensionResult d, StringBuilder out) {
        int shown = 0;
        for (ReportLink link : d.contradictions()) {
            if (shown++ == CONTRADICTIONS_SHOWN) {
                out.append("      … ").append(d.contradictions().size() - CONTRADICTIONS_SHOWN).append(" more in the report\n");
                break;
            }
            out.append("      ").append(ansi.red("✗ " + link.kind() + " contradicted, level capped at 1"))
                    .append(": ").append(link.why() == null ? link.from() + " vs " + link.to() : link.why())
                    .append(ansi.dim("  (" + link.from() + " → " + link.to() + ")")).append('\n');
        }
    }

    /** The {@code top} findings, each the same problem at all its places, biggest gain first. */
    private void topFindings(Report report, Places places, StringBuilder out) {
        List<FindingGroups.Group> groups = FindingGroups.byGain(report);
        if (groups.isEmpty() || top == 0) {
            return;
        }
        int all = FindingGroups.findings(report);
        out.append('\n').append(ansi.bold(String.format(Locale.ROOT, "Top findings (%d of %d%s)", Math.min(top, groups.size()),
                groups.size(), groups.size() == all ? "" : "; " + all + " places"))).append('\n');
        for (FindingGroups.Group group : groups.subList(0, Math.min(top, groups.size()))) {
            out.append(findingLine(group, places)).append('\n');
        }
    }

    private String findingLine(FindingGroups.Group group, Places places) {
        String mark = group.score() <= 0 ? ansi.red("✗") : ansi.yellow("◐");
        StringBuilder line = new StringBuilder("  ").append(mark).append(' ')
                .append(String.format(Locale.ROOT, "%-28s", group.criterion().id())).append(' ').append(group.message());
        if (group.count() > 1) {
            line.append(ansi.dim("  ×" + group.count()));
        }
        List<ReportLocation> at = group.places();
        if (!at.isEmpty()) {
            String where = places.display(at.get(0)) + (at.size() > 1 ? " and " + (at.size() - 1) + " more" : "");
            line.append(ansi.dim("  (" + where + ")"));
        }
        if (group.gain() != null && group.gain().points() > 0) {
            line.append(ansi.green("  " + Numbers.points(group.gain().points())));
        }
        return line.toString();
    }

    private void errors(Report report, Places places, StringBuilder out) {
        if (report.errors().isEmpty()) {
            return;
        }
        out.append('\n').append(ansi.yellow(String.format(Locale.ROOT, "Collection problems: %d", report.errors().size())))
                .append('\n');
        for (ReportError error : report.errors().subList(0, Math.min(ERRORS_SHOWN, report.errors().size()))) {
            out.append("  ").append(places.display(error.location())).append(": ").append(error.message()).append('\n');
        }
        if (report.errors().size() > ERRORS_SHOWN) {
            out.append("  … ").append(report.errors().size() - ERRORS_SHOWN).append(" more in the report\n");
        }
    }

    private void gates(Report report, StringBuilder out) {
        if (report.gates().isEmpty()) {
            return;
        }
        out.append('\n').append(ansi.bold("Gates")).append('\n');
        for (Gate gate : report.gates()) {
            String actual = gate.actual() == null ? "nothing measured" : Numbers.number(gate.actual());
            if (Gate.NO_REGRESSION.equals(gate.id())) {
                WaiverLines.regression(gate, ansi, out);
            } else if (gate.failed()) {
                out.append("  ").append(ansi.red("✗ " + gate.id())).append(": ").append(actual)
                        .append(" < ").append(Numbers.number(gate.threshold())).append('\n');
            } else {
                out.append("  ").append(ansi.green("✓ " + gate.id())).append(": ").append(actual)
                        .append(" ≥ ").append(Numbers.number(gate.threshold())).append('\n');
            }
        }
    }

    private static String statusWord(String status) {
        return switch (status) {
            case ReportSource.OK -> "ok";
            case ReportSource.PARTIAL -> "partly read";
            default -> "failed";
        };
    }

    private static String truncate(String text, int width) {
        if (text == null) {
            return "";
        }
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
