package dev.rubric.render.markdown;

import static dev.rubric.render.markdown.MarkdownText.code;
import static dev.rubric.render.markdown.MarkdownText.text;

import dev.rubric.render.Branding;
import dev.rubric.render.FindingGroups;
import dev.rubric.render.Numbers;
import dev.rubric.render.Places;
import dev.rubric.render.Renderer;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Gain;
import dev.rubric.report.Gate;
import dev.rubric.report.Report;
import dev.rubric.report.ReportError;
import dev.rubric.report.ReportLink;
import dev.rubric.report.ReportSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}.
 * A comment holds at most 65,536 characters and a step summary 1 MiB, so the whole text is kept under
 * {@link #LIMIT} characters (at most 4 bytes each in UTF-8, well under 1 MiB too): the head — level,
 * dimensions, gates, contradictions, biggest gains — always fits, and findings are added, biggest
 * gain first, while they fit; what is left out is counted in a closing line that points to the full
 * report.
 */
public final class MarkdownRenderer implements Renderer {
    /** Below GitHub's 65,536 so that a CI step may add its own header and footer around the report. */
    public static final int LIMIT = 60_000;
    static final int GAINS_SHOWN = 10;
    static final int PLACES_SHOWN = 3;
    static final int ERRORS_SHOWN = 10;
    static final int LINKS_SHOWN = 10;
    // room kept for the closing line, whatever the findings took
    private static final int FOOTER_RESERVE = 400;

    private final Branding branding;

    public MarkdownRenderer() {
        this(Branding.NONE);
    }

    private MarkdownRenderer(Branding branding) {
        this.branding = branding;
    }

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public Renderer branded(Branding branding) {
        return new MarkdownRenderer(branding);
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        out.write(markdown(report).getBytes(StandardCharsets.UTF_8));
    }

    String markdown(Report report) {
        Places places = new Places(report);
        StringBuilder out = new StringBuilder();
        head(report, out);
        dimensions(report, out);
        gates(report, out);
        contradictions(report, out);
        gains(report, out);
        int omitted = findings(report, places, out);
        errors(report, places, out);
        out.append("\n---\n");
        if (omitted > 0) {
            out.append("_").append(omitted).append(omitted == 1 ? " finding is" : " findings are")
                    .append(" left out to fit a pull-request comment; the HTML or JSON report lists every one._\n");
        }
        out.append("_").append(text(report.tool().name() + " " + report.tool().version())).append(" · ")
                .append(text(report.rubric().title() + " " + report.rubric().version())).append("_\n");
        return out.length() <= LIMIT ? out.toString() : cut(out);
    }

    /** Only very long dimension titles or error lists get here; cut at a line and say so. */
    private static String cut(StringBuilder out) {
        String note = "\n\n_… cut at " + LIMIT + " characters; the HTML or JSON report has the rest._\n";
        int end = out.lastIndexOf("\n", LIMIT - note.length());
        return out.substring(0, Math.max(0, end)) + note;
    }

    private void head(Report report, StringBuilder out) {
        String title = branding.title() != null ? branding.title() : report.rubric().title();
        out.append("## ").append(text(title));
        if (branding.client() != null) {
            out.append(" — ").append(text(branding.client()));
        }
        out.append("\n\n");
        if (report.score() == null) {
            out.append("**Nothing could be audited** · coverage ").append(Numbers.percent(report.coverage())).append('\n');
        } else {
            out.append("**Level ").append(report.level()).append(" · ").append(text(report.levelName())).append("** · score **")
                    .append(Numbers.score(report.score())).append("** (lowest dimension) · mean ").append(Numbers.score(report.meanScore()))
                    .append(" · coverage ").append(Numbers.percent(report.coverage())).append(" · range ")
                    .append(Numbers.score(report.scoreRange().min())).append("–").append(Numbers.score(report.scoreRange().max()))
                    .append('\n');
        }
        for (ReportSource source : report.sources()) {
            out.append("\nAudited ").append(code(source.target()));
            ReportSource.Revision revision = source.revision();
            if (revision != null && revision.commit() != null) {
                out.append(" at ").append(code(revision.commit().substring(0, Math.min(12, revision.commit().length()))));
                String ref = revision.ref() != null ? revision.ref() : revision.branch();
                if (ref != null) {
                    out.append(" (").append(text(ref)).append(')');
                }
            }
            out.append(" — ").append(text(source.kind())).append(", ").append(text(source.status()));
            if (source.error() != null) {
                out.append(": ").append(text(source.error()));
            }
            out.append('\n');
        }
        if (!report.complete()) {
            out.append("\n> **Incomplete:** some sources could not be fully read.\n");
        }
    }

    private static void dimensions(Report report, StringBuilder out) {
        out.append("\n| Dimension | Score | Level | Coverage |\n|---|---:|---|---:|\n");
        for (DimensionResult d : report.dimensions()) {
            out.append("| ").append(text(d.title())).append(" | ");
            switch (d.status()) {
                case AUDITED -> out.append(Numbers.score(d.score())).append(" | ").append(d.level()).append(' ')
                        .append(text(d.levelName())).append(d.contradictions().isEmpty() ? "" : " (capped)");
                case NOT_AUDITED -> out.append("– | not audited");
                case NOT_APPLICABLE -> out.append("– | not applicable");
            }
            out.append(" | ").append(Numbers.percent(d.coverage())).append(" |\n");
        }
    }

    private static void gates(Report report, StringBuilder out) {
        if (report.gates().isEmpty()) {
            return;
        }
        out.append("\n**Gates:** ");
        List<String> parts = report.gates().stream().map((Gate g) -> (g.failed() ? "❌ " : "✅ ") + text(g.id()) + " "
                + (g.actual() == null ? "nothing measured" : Numbers.number(g.actual())) + (g.failed() ? " < " : " ≥ ")
                + Numbers.number(g.threshold())).toList();
        out.append(String.join(" · ", parts)).append('\n');
    }

    private static void contradictions(Report report, StringBuilder out) {
        List<ReportLink> contradicted = report.links().stream().filter(ReportLink::contradicted).toList();
        if (contradicted.isEmpty()) {
            return;
        }
        out.append("\n### Contradicted links (").append(contradicted.size()).append(")\n\n");
        for (ReportLink link : contradicted.subList(0, Math.min(LINKS_SHOWN, contradicted.size()))) {
            out.append("- **").append(text(link.kind())).append("**: ")
                    .append(link.why() == null ? code(link.from()) + " vs " + code(link.to()) : text(link.why())).append('\n');
        }
        more(contradicted.size() - LINKS_SHOWN, "contradicted link", out);
    }

    private static void gains(Report report, StringBuilder out) {
        List<FindingGroups.Group> earning = FindingGroups.byGain(report).stream()
                .filter(g -> g.gain() != null && g.gain().points() > 0).toList();
        if (earning.isEmpty()) {
            return;
        }
        out.append("\n### Biggest gains\n\n| Points | Finding | Places |\n|---|---|---:|\n");
        for (FindingGroups.Group group : earning.subList(0, Math.min(GAINS_SHOWN, earning.size()))) {
            Gain gain = group.gain();
            out.append("| **").append(Numbers.points(gain.points())).append("** ").append(text(dimensionTitle(report, gain.dimension())))
                    .append(" | ").append(code(group.criterion().id())).append(' ').append(text(group.message()))
                    .append(" | ").append(group.count()).append(" |\n");
        }
    }

    private static String dimensionTitle(Report report, String id) {
        return report.dimensions().stream().filter(d -> d.id().equals(id)).map(DimensionResult::title).findFirst().orElse(id);
    }

    /** Adds groups, biggest gain first, while they fit under the limit; returns how many findings were left out. */
    private static int findings(Report report, Places places, StringBuilder out) {
        List<FindingGroups.Group> groups = FindingGroups.byGain(report);
        if (groups.isEmpty()) {
            return 0;
        }
        int all = FindingGroups.findings(report);
        out.append("\n### Findings (").append(groups.size()).append(groups.size() == all ? ")\n\n" : " at " + all + " places)\n\n");
        int shown = 0;
        for (FindingGroups.Group group : groups) {
            String line = groupLine(group, places);
            if (out.length() + line.length() + reserve(report) > LIMIT) {
                break;
            }
            out.append(line);
            shown += group.count();
        }
        return all - shown;
    }

    /** What the sections after the findings may take: the error list and the closing lines. */
    private static int reserve(Report report) {
        return FOOTER_RESERVE + report.errors().stream().limit(ERRORS_SHOWN)
                .mapToInt(e -> 40 + (e.message() == null ? 0 : e.message().length() * 2)).sum();
    }

    private static String groupLine(FindingGroups.Group group, Places places) {
        CriterionResult criterion = group.criterion();
        StringBuilder line = new StringBuilder("- ").append(group.score() <= 0 ? "❌ " : "⚠️ ").append(code(criterion.id()))
                .append(' ').append(text(group.message()));
        List<String> where = group.places().stream().map(places::display).filter(p -> !p.isEmpty()).toList();
        if (!where.isEmpty()) {
            line.append(" — ");
            line.append(String.join(", ", where.subList(0, Math.min(PLACES_SHOWN, where.size())).stream().map(MarkdownText::code).toList()));
            if (where.size() > PLACES_SHOWN) {
                line.append(" and ").append(where.size() - PLACES_SHOWN).append(" more");
            }
        }
        return line.append('\n').toString();
    }

    private static void errors(Report report, Places places, StringBuilder out) {
        if (report.errors().isEmpty()) {
            return;
        }
        out.append("\n### Could not be read (").append(report.errors().size()).append(")\n\n");
        for (ReportError error : report.errors().subList(0, Math.min(ERRORS_SHOWN, report.errors().size()))) {
            out.append("- ").append(code(places.display(error.location()))).append(": ").append(text(error.message())).append('\n');
        }
        more(report.errors().size() - ERRORS_SHOWN, "problem", out);
    }

    private static void more(int hidden, String what, StringBuilder out) {
        if (hidden > 0) {
            out.append("- … ").append(hidden).append(" more ").append(what).append(hidden == 1 ? "" : "s").append(" in the full report\n");
        }
    }
}
