package dev.rubric.bench.accuracy;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the benchmark: a row per repository, the pooled total, and with verbose the findings. */
final class ScoreTable {
    private static final String ROW = "%-46s %-16s %-7s %-16s %-16s %-16s%n";

    private ScoreTable() {
    }

    /** {@code unavailable}: repository name → why it was not scored, printed in place of figures. */
    static void print(List<RepoScore> scores, Map<String, String> unavailable, boolean verbose, PrintStream out) {
        out.printf(Locale.ROOT, ROW, "repository", "recall", "noise", "model precision", "prompt precision", "pinning");
        Figures total = Figures.NONE;
        for (RepoScore score : scores) {
            out.printf(Locale.ROOT, ROW, cells(score.name(), score.figures()));
            total = total.plus(score.figures());
        }
        unavailable.forEach((name, why) -> out.printf(Locale.ROOT, "%-46s not available: %s%n", name, why));
        String label = "total (" + scores.size() + " of " + (scores.size() + unavailable.size()) + " repositories)";
        out.printf(Locale.ROOT, ROW, cells(label, total));
        out.printf(Locale.ROOT, ROW, "target", ">= 90%", "", ">= 95%", ">= 95%", ">= 95%");
        if (verbose) {
            for (RepoScore score : scores) {
                details(score, out);
            }
        }
    }

    private static Object[] cells(String name, Figures f) {
        return new Object[] {name, ratio(f.mustFound(), f.mustTotal()), f.noiseHits() + "/" + f.noiseEntries(),
                ratio(f.modelsMatched(), f.modelsReported()), ratio(f.promptsMatched(), f.promptsReported()),
                ratio(f.pinningAgreed(), f.pinningJudged())};
    }

    /** "12/14 85.7%", or "0/0 -" when there is nothing to divide by. */
    static String ratio(int part, int whole) {
        String percent = whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
        return part + "/" + whole + " " + percent;
    }

    private static void details(RepoScore score, PrintStream out) {
        Figures f = score.figures();
        out.printf(Locale.ROOT, "%n== %s%n", score.name());
        out.printf(Locale.ROOT, "recall by kind: models %s, prompts %s, facts %s%n", ratio(f.foundModels(), f.mustModels()),
                ratio(f.foundPrompts(), f.mustPrompts()), ratio(f.foundFacts(), f.mustFacts()));
        list("missed (must-find, not reported)", score.misses(), out);
        list("false positives (reported in scope, in no truth entry)", score.falsePositives(), out);
        list("noise reported", score.noiseHits(), out);
        list("pinning disagreements", score.pinningDisagreements(), out);
    }

    private static void list(String title, List<Finding> findings, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %d%n", title, findings.size());
        for (Finding finding : findings) {
            out.println("  " + finding);
        }
    }
}
