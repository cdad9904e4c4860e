package dev.rubric.score;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Gain;
import dev.rubric.report.Improvements;
import dev.rubric.report.NextLevel;
import dev.rubric.report.Status;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Rubric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The points each fix would earn, found by scoring the report again with the fix applied: the same
 * {@link Scorer} arithmetic, so a gain is exactly the difference the next report would show, rounding
 * included. A fix lifts the fixed subjects to 1 and re-aggregates the criterion as the rubric says
 * (mean or min), which is why fixing one of several findings of a min criterion earns nothing.
 */
public final class Gains {
    private static final Comparator<Gain> BIGGEST_FIRST = Comparator.comparingDouble(Gain::points).reversed()
            .thenComparing(Comparator.comparingDouble(Gain::meanPoints).reversed())
            .thenComparing(Gain::criterion)
            .thenComparing(g -> g.message() == null ? "" : g.message());

    private final Scorer scorer = new Scorer();

    public Improvements of(Rubric rubric, List<CriterionResult> results, Overall overall) {
        if (overall.score() == null) {
            return Improvements.NONE;
        }
        Map<String, DimensionResult> audited = new LinkedHashMap<>();
        overall.dimensions().stream().filter(d -> d.status() == DimensionResult.State.AUDITED).forEach(d -> audited.put(d.id(), d));
        List<Gain> findings = new ArrayList<>();
        List<Gain> criteria = new ArrayList<>();
        for (CriterionResult result : results) {
            if (!audited.containsKey(result.dimension()) || result.score() == null || result.findings().isEmpty()) {
                continue;
            }
            Map<String, List<Finding>> groups = new LinkedHashMap<>();
            result.findings().forEach(f -> groups.computeIfAbsent(f.shortfall(), k -> new ArrayList<>()).add(f));
            double shortfall = shortfall(result.findings());
            // the rescored report depends on the fixed criterion's score alone, and thousands of
            // groups of one criterion share a handful of scores: each score is rescored once
            Map<Double, Rescored> rescored = new HashMap<>();
            for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
                findings.add(gain(rubric, results, overall, result, shortfall, group.getValue(), group.getKey(), rescored));
            }
            criteria.add(gain(rubric, results, overall, result, shortfall, result.findings(), null, rescored));
        }
        findings.sort(BIGGEST_FIRST);
        criteria.sort(BIGGEST_FIRST);
        return new Improvements(findings, criteria, nextLevels(rubric, results, audited.values()));
    }

    /** What the report would show with one criterion's score changed: its dimension before and after, the system after. */
    private record Rescored(DimensionResult dimensionBefore, DimensionResult dimensionAfter, Overall overallAfter) {
    }

    private Gain gain(Rubric rubric, List<CriterionResult> results, Overall before, CriterionResult result,
                      double totalShortfall, List<Finding> fixed, String message, Map<Double, Rescored> rescored) {
        CriterionResult after = fixed(rubric, result, totalShortfall, fixed);
        Rescored r = rescored.computeIfAbsent(after.score(), s -> rescore(rubric, results, before, result, after));
        Integer levelAfter = r.dimensionAfter().level() > r.dimensionBefore().level() ? r.dimensionAfter().level() : null;
        return new Gain(result.id(), result.dimension(), message, fixed.size(),
                difference(r.dimensionAfter().score(), r.dimensionBefore().score()),
                difference(r.overallAfter().meanScore(), before.meanScore()),
                difference(r.overallAfter().score(), before.score()), levelAfter);
    }

    private Rescored rescore(Rubric rubric, List<CriterionResult> results, Overall before, CriterionResult result,
                             CriterionResult after) {
        List<CriterionResult> afterResults = results.stream().map(r -> r == result ? after : r).toList();
        List<DimensionResult> afterDimensions = new ArrayList<>();
        DimensionResult dimensionBefore = null;
        DimensionResult dimensionAfter = null;
        for (DimensionResult d : before.dimensions()) {
            if (d.id().equals(result.dimension())) {
                Dimension dimension = rubric.dimensions().stream().filter(x -> x.id().equals(d.id())).findFirst().orElseThrow();
                List<CriterionResult> own = afterResults.stream().filter(r -> d.id().equals(r.dimension())).toList();
                dimensionBefore = d;
                dimensionAfter = scorer.dimension(rubric, dimension, own, null, d.contradictions());
                afterDimensions.add(dimensionAfter);
            } else {
                afterDimensions.add(d);
            }
        }
        return new Rescored(dimensionBefore, dimensionAfter, scorer.overall(rubric, afterDimensions, afterResults));
    }

    /**
     * The criterion as it would be judged with {@code fixed} scoring 1 and its other subjects
     * unchanged. Only its score and status matter to the scorer, so its findings are left out; the
     * judge lists them worst first, so the minimum of the rest is the first one not fixed.
     */
    private static CriterionResult fixed(Rubric rubric, CriterionResult result, double totalShortfall, List<Finding> fixed) {
        Set<Finding> lifted = Collections.newSetFromMap(new IdentityHashMap<>());
        lifted.addAll(fixed);
        boolean min = rubric.criterion(result.id()).map(c -> c.aggregate() == Criterion.Aggregate.MIN).orElse(false);
        double exact;
        if (min) {
            exact = result.findings().stream().filter(f -> !lifted.contains(f)).findFirst().map(Finding::score).orElse(1.0);
        } else {
            // the shortfall of the rest is the whole shortfall less the fixed one: a criterion with
            // thousands of different findings is not rescanned for each of them
            double remaining = totalShortfall - shortfall(fixed);
            exact = (result.subjects() - remaining) / result.subjects();
        }
        // rounded as the judge rounds, so the rescored dimension is the one the next report would show
        double score = Math.round(exact * 10000) / 10000.0;
        return new CriterionResult(result.id(), result.dimension(), result.title(), result.level(), result.weight(),
                Status.ofScore(score), score, result.reason(), result.subjects(), result.passed() + fixed.size(),
                List.of(), result.remediation(), result.references(), result.scenarios());
    }

    private static double shortfall(List<Finding> findings) {
        double sum = 0;
        for (Finding finding : findings) {
            sum += 1 - finding.score();
        }
        return sum;
    }

    private static double difference(Double after, Double before) {
        return Scorer.round(after - before, 1);
    }

    /**
     * What each audited dimension below the rubric's top level needs for the next one, by the rules
     * of {@link Scorer#level}: criteria of the next level at 0.5 at least, those below it at 1.
     */
    private static List<NextLevel> nextLevels(Rubric rubric, List<CriterionResult> results, Iterable<DimensionResult> audited) {
        int top = rubric.levels().lastKey();
        List<NextLevel> out = new ArrayList<>();
        for (DimensionResult d : audited) {
            if (d.level() >= top) {
                continue;
            }
            int next = d.level() + 1;
            List<CriterionResult> applicable = results.stream()
                    .filter(r -> d.id().equals(r.dimension()) && r.status() != Status.NOT_APPLICABLE).toList();
            List<NextLevel.Need> needs = new ArrayList<>();
            for (CriterionResult r : applicable) {
                if (r.level() > next) {
                    continue;
                }
                double required = r.level() <= d.level() ? 1.0 : 0.5;
                if (r.score() == null || r.status() == Status.UNKNOWN || r.score() < required) {
                    needs.add(new NextLevel.Need(r.id(), r.level(), r.score(), required));
                }
            }
            out.add(new NextLevel(d.id(), d.level(), next, needs, blocker(d, applicable, next)));
        }
        return out;
    }

    private static String blocker(DimensionResult d, List<CriterionResult> applicable, int next) {
        if (!d.contradictions().isEmpty() && next > Scorer.CAPPED_LEVEL) {
            return d.contradictions().size() == 1 ? "a contradicted consistency link caps the level at " + Scorer.CAPPED_LEVEL
                    : d.contradictions().size() + " contradicted consistency links cap the level at " + Scorer.CAPPED_LEVEL;
        }
        if (applicable.stream().noneMatch(r -> r.level() >= next)) {
            return "no applicable criterion measures level " + next;
        }
        return null;
    }
}
