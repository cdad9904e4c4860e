package dev.rubric.render.html;

import dev.rubric.render.Branding;
import dev.rubric.render.DimensionParagraph;
import dev.rubric.render.FindingGroups;
import dev.rubric.render.Numbers;
import dev.rubric.render.Places;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Gain;
import dev.rubric.report.Gate;
import dev.rubric.report.NextLevel;
import dev.rubric.report.Report;
import dev.rubric.report.ReportLink;
import dev.rubric.report.ReportScope;
import dev.rubric.report.ReportSource;
import dev.rubric.report.Status;
import dev.rubric.report.Waiver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the HTML templates show, worked out from the Report: every value is plain text that the
 * templates escape, except the stylesheet and the chart's numbers, which this class makes itself.
 * The records are read by Mustache through their accessors.
 */
final class HtmlView {
    static final int GAINS_SHOWN = 15;

    private HtmlView() {
    }

    /** The has… flags open a table only when it has rows: Mustache has no test for an empty list but the list itself. */
    /** How much the active waivers lift the score, said where they are listed. */
    private static String waiversNote(Report report) {
        if (report.withoutWaivers() == null || report.withoutWaivers().score() == null) {
            return null;
        }
        return "Without waivers the overall score would be " + Numbers.number(report.withoutWaivers().score())
                + " (level " + report.withoutWaivers().level() + "); the scores above count the waivers.";
    }

    record Page(String csp, String css, String title, String client, String logo, String generatedAt, String tool,
                String rubric, Headline headline, List<Source> sources, String scope, List<String> scopeNotes,
                List<Dimension> dimensions, Chart chart, List<GateRow> gates, List<GainRow> gains, String gainsNote,
                List<Ladder> ladders, List<CriteriaOfDimension> criteria, List<FindingsOfCriterion> findings,
                String findingsNote, List<LinkRow> links, String linksNote, List<Waiver> waivers,
                String waiversNote, List<ErrorRow> errors) {
        public boolean hasGates() {
            return !gates.isEmpty();
        }

        public boolean hasGains() {
            return !gains.isEmpty();
        }

        public boolean hasLinks() {
            return !links.isEmpty();
        }

        public boolean hasWaivers() {
            return !waivers.isEmpty();
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    record Headline(String level, String score, String mean, String coverage, String range, boolean incomplete,
                    boolean audited) {
    }

    record Source(String target, String kind, String status, boolean failed, String revision, String summary, String error) {
    }

    record Dimension(String id, String title, String tone, String score, String level, String paragraph) {
    }

    record Chart(int height, List<Bar> bars, List<Tick> ticks) {
    }

    /** One dimension's bar; {@code width} in chart units (0..500), {@code y} its top. */
    record Bar(String title, String label, String tone, int y, int textY, int width, int labelX, boolean audited) {
    }

    record Tick(int x, String label) {
    }

    record GateRow(String id, String description, String actual, String threshold, boolean failed) {
    }

    record GainRow(int rank, String points, String dimension, String mean, String overall, String levelAfter,
                   String criterion, String message, int places) {
    }

    record Ladder(String title, String level, List<Rung> rungs, List<NeedRow> needs, String blocker, String nextName) {
        public boolean hasNeeds() {
            return !needs.isEmpty();
        }
    }

    record Rung(int level, String name, String state, List<Chip> criteria) {
    }

    record Chip(String id, String status) {
    }

    record NeedRow(String criterion, String title, String now, String required) {
    }

    record CriteriaOfDimension(String title, List<CriterionRow> rows) {
    }

    record CriterionRow(String id, String title, int level, String weight, String status, String score, String subjects,
                        String gain, String reason, boolean hasFindings) {
        /** "not applicable", as a reader writes it; {@code status} stays the report's word, for the style. */
        public String statusText() {
            return status.replace('_', ' ');
        }
    }

    record FindingsOfCriterion(String id, String title, String status, String counts, String remediation,
                               List<GroupRow> groups) {
    }

    record GroupRow(String message, String score, String tone, int count, boolean many, String gain, List<String> places) {
        public boolean hasPlaces() {
            return !places.isEmpty();
        }
    }

    record LinkRow(String kind, String status, String from, String to, String why) {
    }

    record ErrorRow(String where, String message) {
    }

    static Page of(Report report, Branding branding, String csp, String css) {
        Places places = new Places(report);
        Map<String, String> dimensionTitles = new HashMap<>();
        report.dimensions().forEach(d -> dimensionTitles.put(d.id(), d.title()));
        Map<String, CriterionResult> criteria = new LinkedHashMap<>();
        report.criteria().forEach(c -> criteria.put(c.id(), c));
        String title = branding.title() != null ? branding.title() : report.rubric().title() + " report";
        return new Page(csp, css, title, branding.client(), branding.logo() == null ? null : branding.logo().dataUri(),
                report.generatedAt(), report.tool().name() + " " + report.tool().version(),
                report.rubric().title() + " " + report.rubric().version()
                        + (report.rubric().sha256() == null ? "" : " · sha256:" + report.rubric().sha256().substring(0, 12)),
                headline(report), sources(report), scope(report.scope()), scopeNotes(report, dimensionTitles),
                dimensions(report, criteria), chart(report), gates(report), gains(report, dimensionTitles),
                gainsNote(report), ladders(report, criteria), criteriaTables(report),
                findings(report, places), findingsNote(report), links(report), linksNote(report), report.waivers(),
                waiversNote(report),
                report.errors().stream().map(e -> new ErrorRow(places.display(e.location()), e.message())).toList());
    }

    private static Headline headline(Report report) {
        if (report.score() == null) {
            return new Headline("not audited", "–", "–", Numbers.percent(report.coverage()), "–", !report.complete(), false);
        }
        return new Headline(report.level() + " · " + report.levelName(), Numbers.score(report.score()),
                Numbers.score(report.meanScore()), Numbers.percent(report.coverage()),
                Numbers.score(report.scoreRange().min()) + "–" + Numbers.score(report.scoreRange().max()),
                !report.complete(), true);
    }

    private static List<Source> sources(Report report) {
        List<Source> out = new ArrayList<>();
        for (ReportSource s : report.sources()) {
            out.add(new Source(s.target(), s.kind(), s.status(), s.failed() || ReportSource.PARTIAL.equals(s.status()),
                    revision(s.revision()), s.summary(), s.error()));
        }
        return out;
    }

    /** "commit 0a1b2c3d4e5f, ref v2.1 (branch main), working tree clean". */
    private static String revision(ReportSource.Revision revision) {
        if (revision == null || revision.commit() == null) {
            return null;
        }
        StringBuilder out = new StringBuilder("commit ").append(revision.commit(), 0, Math.min(12, revision.commit().length()));
        if (revision.ref() != null) {
            out.append(", ref ").append(revision.ref());
        }
        if (revision.branch() != null) {
            out.append(", branch ").append(revision.branch());
        }
        if (revision.dirty() != null) {
            out.append(revision.dirty() ? ", working tree differs from the commit" : ", working tree clean");
        }
        return out.toString();
    }

    private static String scope(ReportScope scope) {
        if (scope == null) {
            return null;
        }
        StringBuilder out = new StringBuilder("Judged: ").append(String.join(", ", scope.roles())).append(" files");
        if (!scope.recorded()) {
            return out.append(" (the evidence records no file roles: everything counts as production)").toString();
        }
        out.append(" (").append(scope.filesInScope()).append(" in scope, ").append(scope.filesOutOfScope()).append(" out of scope");
        List<String> byRole = scope.filesOutOfScopeByRole();
        if (!byRole.isEmpty()) {
            out.append(": ").append(String.join(", ", byRole));
        }
        out.append(')');
        if (!scope.include().isEmpty()) {
            out.append("; include ").append(String.join(", ", scope.include()));
        }
        if (!scope.exclude().isEmpty()) {
            out.append("; exclude ").append(String.join(", ", scope.exclude()));
        }
        if (scope.config() != null) {
            out.append("; from ").append(scope.config());
        }
        return out.append('.').toString();
    }

    private static List<String> scopeNotes(Report report, Map<String, String> titles) {
        if (report.scope() == null) {
            return List.of();
        }
        return report.scope().notes().stream()
                .map(n -> titles.getOrDefault(n.dimension(), n.dimension()) + ": " + n.message() + " — not judged").toList();
    }

    private static List<Dimension> dimensions(Report report, Map<String, CriterionResult> criteria) {
        Map<String, NextLevel> next = nextLevels(report);
        List<Dimension> out = new ArrayList<>();
        for (DimensionResult d : report.dimensions()) {
            out.add(new Dimension(d.id(), d.title(), d.level() == null ? "none" : "l" + d.level(), Numbers.score(d.score()),
                    d.level() == null ? d.status().json().replace('_', ' ') : "level " + d.level(),
                    DimensionParagraph.of(d, next.get(d.id()), criteria, report)));
        }
        return out;
    }

    static Map<String, NextLevel> nextLevels(Report report) {
        Map<String, NextLevel> next = new HashMap<>();
        if (report.improvements() != null) {
            report.improvements().nextLevels().forEach(n -> next.put(n.dimension(), n));
        }
        return next;
    }

    /** Horizontal bars on a 0..100 axis, 500 units wide after a 170-unit label column. */
    private static Chart chart(Report report) {
        List<Bar> bars = new ArrayList<>();
        int y = 10;
        for (DimensionResult d : report.dimensions()) {
            boolean audited = d.status() == DimensionResult.State.AUDITED;
            int width = audited ? (int) Math.round(d.score() * 5) : 0;
            String label = audited ? Numbers.score(d.score()) + " · level " + d.level()
                    : d.status() == DimensionResult.State.NOT_AUDITED ? "not audited" : "not applicable";
            bars.add(new Bar(d.title(), label, audited ? "l" + d.level() : "none", y, y + 15, width, 176 + width, audited));
            y += 28;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 100; t += 25) {
            ticks.add(new Tick(170 + t * 5, String.valueOf(t)));
        }
        return new Chart(y + 16, bars, ticks);
    }

    private static List<GateRow> gates(Report report) {
        return report.gates().stream().map((Gate g) -> new GateRow(g.id(), g.description(),
                g.actual() == null ? "nothing measured" : Numbers.number(g.actual()), Numbers.number(g.threshold()),
                g.failed())).toList();
    }

    private static List<GainRow> gains(Report report, Map<String, String> titles) {
        List<GainRow> out = new ArrayList<>();
        for (FindingGroups.Group group : FindingGroups.byGain(report)) {
            Gain gain = group.gain();
            if (gain == null || gain.points() <= 0 || out.size() == GAINS_SHOWN) {
                break;
            }
            out.add(new GainRow(out.size() + 1, Numbers.points(gain.points()), titles.getOrDefault(gain.dimension(), gain.dimension()),
                    Numbers.points(gain.meanPoints()), gain.scorePoints() > 0 ? Numbers.points(gain.scorePoints()) : null,
                    gain.levelAfter() == null ? null : "reaches level " + gain.levelAfter(),
                    group.criterion().id(), group.message(), group.count()));
        }
        return out;
    }

    private static String gainsNote(Report report) {
        long earning = report.improvements() == null ? 0
                : report.improvements().findings().stream().filter(g -> g.points() > 0).count();
        return earning > GAINS_SHOWN ? "The " + GAINS_SHOWN + " biggest of " + earning + " fixes that earn points." : null;
    }

    private static List<Ladder> ladders(Report report, Map<String, CriterionResult> criteria) {
        Map<String, NextLevel> next = nextLevels(report);
        int top = report.rubric().levels().isEmpty() ? report.criteria().stream().mapToInt(CriterionResult::level).max().orElse(0)
                : report.rubric().levels().lastKey();
        List<Ladder> out = new ArrayList<>();
        for (DimensionResult d : report.dimensions()) {
            if (d.status() != DimensionResult.State.AUDITED) {
                continue;
            }
            List<Rung> rungs = new ArrayList<>();
            for (int level = top; level >= 1; level--) {
                final int l = level;
                List<Chip> chips = report.criteria().stream()
                        .filter(c -> d.id().equals(c.dimension()) && c.level() == l && c.status() != Status.NOT_APPLICABLE)
                        .map(c -> new Chip(c.id(), c.status().json())).toList();
                String state = level <= d.level() ? "holds" : level == d.level() + 1 ? "next" : "above";
                rungs.add(new Rung(level, report.rubric().levelName(level), state, chips));
            }
            NextLevel step = next.get(d.id());
            List<NeedRow> needs = step == null ? List.of() : step.needs().stream().map(n -> new NeedRow(n.criterion(),
                    criteria.containsKey(n.criterion()) ? criteria.get(n.criterion()).title() : n.criterion(),
                    n.score() == null ? "unknown" : Numbers.percent(n.score()), Numbers.percent(n.required()))).toList();
            out.add(new Ladder(d.title(), d.level() + " · " + d.levelName(), rungs, needs,
                    step == null ? null : step.blocker(),
                    step == null ? null : step.next() + " · " + report.rubric().levelName(step.next())));
        }
        return out;
    }

    private static List<CriteriaOfDimension> criteriaTables(Report report) {
        Map<String, Gain> gains = new HashMap<>();
        if (report.improvements() != null) {
            report.improvements().criteria().forEach(g -> gains.put(g.criterion(), g));
        }
        List<CriteriaOfDimension> out = new ArrayList<>();
        for (DimensionResult d : report.dimensions()) {
            List<CriterionRow> rows = report.criteria().stream().filter(c -> d.id().equals(c.dimension()))
                    .sorted(Comparator.comparingInt(CriterionResult::level))
                    .map(c -> new CriterionRow(c.id(), c.title(), c.level(), Numbers.number(c.weight()), c.status().json(),
                            Numbers.percent(c.score()), c.score() == null ? "–" : c.passed() + " / " + c.subjects(),
                            gains.containsKey(c.id()) && gains.get(c.id()).points() > 0 ? Numbers.points(gains.get(c.id()).points()) : null,
                            c.reason(), !c.findings().isEmpty())).toList();
            out.add(new CriteriaOfDimension(d.title(), rows));
        }
        return out;
    }

    private static List<FindingsOfCriterion> findings(Report report, Places places) {
        List<FindingsOfCriterion> out = new ArrayList<>();
        for (Map.Entry<CriterionResult, List<FindingGroups.Group>> entry : FindingGroups.byCriterion(report).entrySet()) {
            CriterionResult c = entry.getKey();
            List<GroupRow> groups = new ArrayList<>();
            for (FindingGroups.Group g : entry.getValue()) {
                groups.add(new GroupRow(g.message(), Numbers.percent(g.score()), g.score() <= 0 ? "fail" : "partial",
                        g.count(), g.count() > 1, g.gain() != null && g.gain().points() > 0 ? Numbers.points(g.gain().points()) : null,
                        g.places().stream().map(places::display).toList()));
            }
            String counts = groups.size() == c.findings().size() ? plural(groups.size(), "finding")
                    : plural(groups.size(), "finding") + " at " + plural(c.findings().size(), "place");
            out.add(new FindingsOfCriterion(c.id(), c.title(), c.status().json(), counts, c.remediation(), groups));
        }
        return out;
    }

    private static String findingsNote(Report report) {
        int all = FindingGroups.findings(report);
        if (all == 0) {
            return "No findings: every judged subject meets every criterion.";
        }
        int groups = FindingGroups.of(report).size();
        return plural(groups, "finding") + (groups == all ? "." : ", at " + plural(all, "place") + " in all.");
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static List<LinkRow> links(Report report) {
        Map<String, Integer> order = Map.of(ReportLink.CONTRADICTED, 0, "unresolved", 1, "verified", 2);
        return report.links().stream()
                .sorted(Comparator.comparingInt((ReportLink l) -> order.getOrDefault(l.status(), 3)))
                .map(l -> new LinkRow(l.kind(), l.status(), l.from(), l.to(), l.why())).toList();
    }

    private static String linksNote(Report report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        report.links().forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(n + " " + status));
        return parts.isEmpty() ? "No consistency links were found between the audited subjects." : String.join(", ", parts) + ".";
    }
}
