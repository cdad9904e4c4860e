package dev.rubric.bench.accuracy;

import java.util.List;

/** The figures of one repository and the findings behind them, each list sorted. */
record RepoScore(String name, Figures figures, List<Finding> misses, List<Finding> falsePositives,
                 List<Finding> noiseHits, List<Finding> pinningDisagreements) {
}
