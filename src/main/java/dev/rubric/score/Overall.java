package dev.rubric.score;

import dev.rubric.report.DimensionResult;
import dev.rubric.report.Range;
import java.util.List;

/** The scored dimensions and the system result drawn from them. */
public record Overall(List<DimensionResult> dimensions, Integer level, String levelName, Double score,
                      Double meanScore, Double coverage, Range scoreRange) {
}
