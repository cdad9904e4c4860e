package dev.rubric.render;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Gain;
import dev.rubric.report.Report;
import dev.rubric.report.ReportLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's findings as a reader counts problems: the same finding at N places (findings of one
 * criterion with the same {@link Finding#shortfall()}) is one {@link Group} with its N places, and
 * carries the gain score/ computed for fixing it. Every renderer that lists findings uses this, so
 * the HTML, the Markdown and the terminal summary count the same problems.
 */
public final class FindingGroups {
    /** Biggest gain first, then worst score, then criterion and message: the order a reader should fix things in. */
    public static final Comparator<Group> BIGGEST_GAIN_FIRST = Comparator
            .comparingDouble((Group g) -> g.gain() == null ? -1 : g.gain().points()).reversed()
            .thenComparing(Comparator.comparingDouble((Group g) -> g.gain() == null ? -1 : g.gain().meanPoints()).reversed())
            .thenComparingDouble(Group::score)
            .thenComparing(g -> g.criterion().id())
            .thenComparing(Group::message);

    private FindingGroups() {
    }

    /**
     * One problem of {@code criterion}: its message, the lowest score among its places, the
     * findings in the order the report lists them (worst first), and the gain of fixing them all,
     * null when the report has none (the criterion's dimension was not audited).
     */
    public record Group(CriterionResult criterion, String message, double score, List<Finding> findings, Gain gain) {
        public Group {
            findings = List.copyOf(findings);
        }

        public int count() {
            return findings.size();
        }

        /**
         * The distinct places, in report order; a finding without a location is left out, and
         * several subjects at one place (three collections sharing one model reference) name it once.
         */
        public List<ReportLocation> places() {
            return findings.stream().map(Finding::location).filter(l -> l != null).distinct().toList();
        }
    }

    /** Every criterion's groups, in the report's criterion order and, within one, worst first. */
    public static List<Group> of(Report report) {
        Map<String, Gain> gains = gainsByGroup(report);
        List<Group> out = new ArrayList<>();
        for (CriterionResult criterion : report.criteria()) {
            out.addAll(of(criterion, gains));
        }
        return out;
    }

    /** Every criterion with findings and its groups, worst first, in the report's criterion order. */
    public static Map<CriterionResult, List<Group>> byCriterion(Report report) {
        Map<String, Gain> gains = gainsByGroup(report);
        Map<CriterionResult, List<Group>> out = new LinkedHashMap<>();
        for (CriterionResult criterion : report.criteria()) {
            if (!criterion.findings().isEmpty()) {
                out.put(criterion, of(criterion, gains));
            }
        }
        return out;
    }

    /** Every group, biggest gain first. */
    public static List<Group> byGain(Report report) {
        List<Group> all = new ArrayList<>(of(report));
        all.sort(BIGGEST_GAIN_FIRST);
        return all;
    }

    /** How many findings there are in all, counting each place. */
    public static int findings(Report report) {
        return report.criteria().stream().mapToInt(c -> c.findings().size()).sum();
    }

    private static List<Group> of(CriterionResult criterion, Map<String, Gain> gains) {
        Map<String, List<Finding>> byShortfall = new LinkedHashMap<>();
        for (Finding finding : criterion.findings()) {
            byShortfall.computeIfAbsent(finding.shortfall(), k -> new ArrayList<>()).add(finding);
        }
        List<Group> out = new ArrayList<>(byShortfall.size());
        byShortfall.forEach((shortfall, findings) -> out.add(new Group(criterion, shortfall,
                findings.stream().mapToDouble(Finding::score).min().orElse(0), findings,
                gains.get(key(criterion.id(), shortfall)))));
        return out;
    }

    private static Map<String, Gain> gainsByGroup(Report report) {
        Map<String, Gain> out = new HashMap<>();
        if (report.improvements() != null) {
            report.improvements().findings().forEach(g -> out.put(key(g.criterion(), g.message()), g));
        }
        return out;
    }

    private static String key(String criterion, String message) {
        return criterion + '\u0000' + message;
    }
}
