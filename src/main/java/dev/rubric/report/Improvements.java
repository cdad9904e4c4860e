package dev.rubric.report;

import java.util.List;

/**
 * Where the points are (computed by score/, never by a renderer): {@code findings}, each group of
 * the same finding at its places, and {@code criteria}, each criterion fixed whole, both ranked by
 * the dimension points the fix adds; {@code nextLevels}, what each audited dimension below the top
 * level needs to climb one level. Only known criteria of audited dimensions have gains: an unknown
 * criterion is made known by collecting its source, which the dimension's coverage already says.
 */
public record Improvements(List<Gain> findings, List<Gain> criteria, List<NextLevel> nextLevels) {
    public static final Improvements NONE = new Improvements(List.of(), List.of(), List.of());

    public Improvements {
        findings = List.copyOf(findings);
        criteria = List.copyOf(criteria);
        nextLevels = List.copyOf(nextLevels);
    }
}
