package dev.rubric.render;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.NextLevel;
import dev.rubric.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One dimension said in plain sentences for an executive summary: where it stands, how sure the
 * score is, what capped it, and what the next level needs (from the report's improvements).
 */
public final class DimensionParagraph {
    private static final int NEEDS_NAMED = 3;

    private DimensionParagraph() {
    }

    public static String of(DimensionResult d, NextLevel next, Map<String, CriterionResult> criteria, Report report) {
        return switch (d.status()) {
            case NOT_AUDITED -> d.title() + " was not audited" + (d.reason() == null ? "" : ": " + d.reason()) + "."
                    + (d.howToAudit() == null ? "" : " To audit it: " + d.howToAudit() + ".");
            case NOT_APPLICABLE -> d.title() + " does not apply" + (d.reason() == null ? "" : ": " + d.reason()) + ".";
            case AUDITED -> audited(d, next, criteria, report);
        };
    }

    private static String audited(DimensionResult d, NextLevel next, Map<String, CriterionResult> criteria, Report report) {
        StringBuilder out = new StringBuilder(d.title()).append(" scores ").append(Numbers.score(d.score()))
                .append(" of 100, level ").append(d.level()).append(" (").append(d.levelName()).append(')');
        if (d.coverage() != null && d.coverage() < 1) {
            out.append("; only ").append(Numbers.percent(d.coverage())).append(" of its criteria weight could be judged, so the score lies between ")
                    .append(Numbers.score(d.scoreRange().min())).append(" and ").append(Numbers.score(d.scoreRange().max()));
        }
        out.append(". ");
        Map<String, Integer> counts = d.criteria();
        List<String> parts = new ArrayList<>();
        count(parts, counts.getOrDefault("pass", 0), "pass", "passes");
        count(parts, counts.getOrDefault("partial", 0), "partly pass", "partly passes");
        count(parts, counts.getOrDefault("fail", 0), "fail", "fails");
        count(parts, counts.getOrDefault("unknown", 0), "are unknown", "is unknown");
        int applicable = counts.entrySet().stream().filter(e -> !"not_applicable".equals(e.getKey())).mapToInt(Map.Entry::getValue).sum();
        out.append("Of ").append(applicable).append(applicable == 1 ? " criterion that applies, " : " criteria that apply, ")
                .append(String.join(", ", parts)).append('.');
        if (!d.contradictions().isEmpty()) {
            out.append(" A contradicted consistency link caps it at level 1");
            if (d.contradictions().get(0).why() != null) {
                out.append(": ").append(d.contradictions().get(0).why());
            }
            out.append('.');
        }
        if (next == null) {
            return out.append(" It stands at the rubric's top level.").toString();
        }
        out.append(" Level ").append(next.next()).append(" (").append(report.rubric().levelName(next.next())).append(')');
        if (next.needs().isEmpty()) {
            // nothing to raise: only the blocker stands in the way (score/ always names one then)
            return out.append(next.blocker() == null ? " needs no criterion raised." : " is out of reach: " + next.blocker() + ".")
                    .toString();
        }
        List<String> named = new ArrayList<>();
        for (NextLevel.Need need : next.needs().subList(0, Math.min(NEEDS_NAMED, next.needs().size()))) {
            CriterionResult c = criteria.get(need.criterion());
            named.add("“" + (c == null ? need.criterion() : c.title()) + "” at " + Numbers.percent(need.required())
                    + " (now " + (need.score() == null ? "unknown" : Numbers.percent(need.score())) + ")");
        }
        out.append(" needs ").append(String.join("; ", named));
        if (next.needs().size() > NEEDS_NAMED) {
            out.append("; and ").append(next.needs().size() - NEEDS_NAMED).append(" more");
        }
        out.append('.');
        if (next.blocker() != null) {
            out.append(" Raising criteria alone will not do: ").append(next.blocker()).append('.');
        }
        return out.toString();
    }

    private static void count(List<String> parts, int n, String many, String one) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
