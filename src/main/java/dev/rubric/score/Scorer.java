package dev.rubric.score;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.DimensionResult;
import dev.rubric.report.Range;
import dev.rubric.report.ReportLink;
import dev.rubric.report.ReportScope;
import dev.rubric.report.Status;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns criterion results into dimension scores, maturity levels and the system result
 * (DESIGN.md §4). Scores are on 0..100, rounded to one decimal, and gates compare the rounded
 * values, so what a report shows is exactly what was gated.
 */
public final class Scorer {
    /** The level a dimension cannot exceed while one of its consistency links is contradicted. */
    public static final int CAPPED_LEVEL = 1;

    public Overall score(Rubric rubric, List<CriterionResult> results) {
        return score(rubric, results, null, List.of());
    }

    /**
     * {@code scope}: what the audit judged and left out (null when unknown), to say why a dimension
     * was not judged; {@code links}: the evidence links between subjects in scope, whose
     * contradictions cap the dimensions their kinds belong to.
     */
    public Overall score(Rubric rubric, List<CriterionResult> results, ReportScope scope, List<ReportLink> links) {
        List<DimensionResult> dimensions = new ArrayList<>();
        for (Dimension dimension : rubric.dimensions()) {
            List<CriterionResult> own = results.stream().filter(r -> dimension.id().equals(r.dimension())).toList();
            List<ReportLink> contradictions = links.stream()
                    .filter(l -> l.contradicted() && dimension.links().contains(l.kind())).toList();
            dimensions.add(dimension(rubric, dimension, own, scope, contradictions));
        }
        return overall(rubric, dimensions, results);
    }

    DimensionResult dimension(Rubric rubric, Dimension dimension, List<CriterionResult> results) {
        return dimension(rubric, dimension, results, null, List.of());
    }

    DimensionResult dimension(Rubric rubric, Dimension dimension, List<CriterionResult> results, ReportScope scope,
                              List<ReportLink> contradictions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            counts.put(status.json(), (int) results.stream().filter(r -> r.status() == status).count());
        }
        List<CriterionResult> applicable = results.stream().filter(r -> r.status() != Status.NOT_APPLICABLE).toList();
        List<CriterionResult> known = applicable.stream().filter(r -> r.status() != Status.UNKNOWN).toList();
        if (applicable.isEmpty()) {
            String reason = DimensionReasons.nothingFound(dimension, results, scope);
            if (dimension.alwaysPresent()) {
                return new DimensionResult(dimension.id(), dimension.title(), DimensionResult.State.NOT_AUDITED,
                        null, null, null, null, null, dimension.weight(), counts, dimension.howToAudit(), reason, contradictions);
            }
            return new DimensionResult(dimension.id(), dimension.title(), DimensionResult.State.NOT_APPLICABLE,
                    null, null, null, null, null, dimension.weight(), counts, null, reason, contradictions);
        }
        double applicableWeight = weight(applicable);
        double knownWeight = weight(known);
        double coverage = round(knownWeight / applicableWeight, 3);
        if (known.isEmpty()) {
            return new DimensionResult(dimension.id(), dimension.title(), DimensionResult.State.NOT_AUDITED,
                    null, null, null, coverage, null, dimension.weight(), counts, dimension.howToAudit(),
                    DimensionReasons.unknown(applicable), contradictions);
        }
        double earned = known.stream().mapToDouble(r -> r.weight() * r.score()).sum();
        double score = round(100 * earned / knownWeight, 1);
        Range range = new Range(round(100 * earned / applicableWeight, 1),
                round(100 * (earned + applicableWeight - knownWeight) / applicableWeight, 1));
        int level = score == 0 ? 0 : level(applicable);
        if (!contradictions.isEmpty()) {
            level = Math.min(level, CAPPED_LEVEL);
        }
        return new DimensionResult(dimension.id(), dimension.title(), DimensionResult.State.AUDITED, score, level,
                rubric.levelName(level), coverage, range, dimension.weight(), counts, null, null, contradictions);
    }

    /**
     * Cumulative levels: level L holds when every applicable criterion of level ≤ L scores at
     * least 0.5 and every one of level ≤ L−1 scores 1; unknown counts as not met. No level is
     * reached vacuously: L needs at least one known criterion of level ≤ L (a dimension none of
     * whose level-1 criteria applies stays at 0), and a dimension cannot claim a level that none
     * of its applicable criteria measures.
     */
    static int level(List<CriterionResult> applicable) {
        int highestMeasured = applicable.stream().mapToInt(CriterionResult::level).max().orElse(0);
        int reached = 0;
        for (int candidate = 1; candidate <= highestMeasured; candidate++) {
            final int level = candidate;
            boolean measured = applicable.stream().anyMatch(r -> r.level() <= level && r.status() != Status.UNKNOWN);
            boolean entered = applicable.stream().filter(r -> r.level() <= level).allMatch(r -> atLeast(r, 0.5));
            boolean below = applicable.stream().filter(r -> r.level() <= level - 1).allMatch(r -> atLeast(r, 1.0));
            if (!measured || !entered || !below) {
                break;
            }
            reached = level;
        }
        return reached;
    }

    private static boolean atLeast(CriterionResult result, double threshold) {
        return result.status() != Status.UNKNOWN && result.score() != null && result.score() >= threshold;
    }

    Overall overall(Rubric rubric, List<DimensionResult> dimensions, List<CriterionResult> results) {
        List<CriterionResult> applicable = results.stream().filter(r -> r.status() != Status.NOT_APPLICABLE).toList();
        double applicableWeight = weight(applicable);
        Double coverage = applicable.isEmpty() ? null
                : round(weight(applicable.stream().filter(r -> r.status() != Status.UNKNOWN).toList()) / applicableWeight, 3);
        List<DimensionResult> audited = dimensions.stream().filter(d -> d.status() == DimensionResult.State.AUDITED).toList();
        if (audited.isEmpty()) {
            return new Overall(List.copyOf(dimensions), null, null, null, null, coverage, null);
        }
        int level = audited.stream().mapToInt(DimensionResult::level).min().orElse(0);
        double score = audited.stream().mapToDouble(DimensionResult::score).min().orElse(0);
        double totalWeight = audited.stream().mapToDouble(DimensionResult::weight).sum();
        double mean = round(audited.stream().mapToDouble(d -> d.weight() * d.score()).sum() / totalWeight, 1);
        Range range = new Range(audited.stream().mapToDouble(d -> d.scoreRange().min()).min().orElse(0),
                audited.stream().mapToDouble(d -> d.scoreRange().max()).min().orElse(0));
        return new Overall(List.copyOf(dimensions), level, rubric.levelName(level), score, mean, coverage, range);
    }

    private static double weight(List<CriterionResult> results) {
        return results.stream().mapToDouble(CriterionResult::weight).sum();
    }

    static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
