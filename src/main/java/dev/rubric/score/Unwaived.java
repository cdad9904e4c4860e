package dev.rubric.score;

import dev.rubric.report.DimensionResult;
import dev.rubric.report.WithoutWaivers;

/** The scores of an audit judged without its waivers, as the report states them beside the waived ones. */
public final class Unwaived {
    private Unwaived() {
    }

    public static WithoutWaivers of(Overall overall) {
        return new WithoutWaivers(overall.level(), overall.score(), overall.meanScore(), overall.dimensions().stream()
                .filter(d -> d.status() == DimensionResult.State.AUDITED)
                .map(d -> new WithoutWaivers.Dimension(d.id(), d.score(), d.level())).toList());
    }
}
