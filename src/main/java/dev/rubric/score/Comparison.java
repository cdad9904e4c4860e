package dev.rubric.score;

import dev.rubric.report.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Two reports compared: what improved, what regressed, how much stayed the same, and — when a
 * different rubric id or version judged them — nothing compared at all, because the same
 * criterion id may then mean something else. Pure: the baseline gate and {@code rubric diff}
 * both read it.
 *
 * <p>A score or level that drops is a regression; a dimension that was audited and no longer is,
 * and a criterion that could be evaluated and no longer can, regress too (what cannot be seen
 * cannot be claimed). A criterion that falls short now and was not evaluated before is newly
 * failing, a regression.
 */
public record Comparison(List<Change> improvements, List<Change> regressions, int unchanged, String incomparable) {

    /** One thing that changed: {@code subject} as "overall", "dimension prompt" or "criterion prompt.versioned". */
    public record Change(String subject, String before, String after) {
        @Override
        public String toString() {
            return subject + ": " + before + " → " + after;
        }
    }

    public boolean regressed() {
        return incomparable != null || !regressions.isEmpty();
    }

    public static Comparison of(Snapshot before, Snapshot after) {
        String incomparable = before.incomparableWith(after);
        if (incomparable != null) {
            return new Comparison(List.of(), List.of(), 0, incomparable);
        }
        Buckets buckets = new Buckets();
        buckets.score("overall score", before.score(), after.score());
        buckets.level("overall level", before.level(), after.level());
        for (String id : new TreeSet<>(union(before.dimensions().keySet(), after.dimensions().keySet()))) {
            Snapshot.Measure was = before.dimensions().get(id);
            Snapshot.Measure now = after.dimensions().get(id);
            buckets.score("dimension " + id + " score", was == null ? null : was.score(), now == null ? null : now.score());
            buckets.level("dimension " + id + " level", was == null ? null : was.level(), now == null ? null : now.level());
        }
        for (String id : new TreeSet<>(union(before.criteria().keySet(), after.criteria().keySet()))) {
            buckets.criterion("criterion " + id, before.criteria().get(id), after.criteria().get(id));
        }
        return new Comparison(List.copyOf(buckets.improvements), List.copyOf(buckets.regressions), buckets.unchanged, null);
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static final class Buckets {
        final List<Change> improvements = new ArrayList<>();
        final List<Change> regressions = new ArrayList<>();
        int unchanged;

        void score(String subject, Double before, Double after) {
            compare(subject, before, after, before == null ? "not audited" : number(before),
                    after == null ? "not audited" : number(after));
        }

        void level(String subject, Integer before, Integer after) {
            compare(subject, before == null ? null : before.doubleValue(), after == null ? null : after.doubleValue(),
                    before == null ? "not audited" : String.valueOf(before), after == null ? "not audited" : String.valueOf(after));
        }

        /** Both missing: nothing to say (a not-applicable dimension has no score either time). */
        private void compare(String subject, Double before, Double after, String was, String now) {
            if (before == null && after == null || before != null && before.equals(after)) {
                unchanged++;
            } else if (after == null || before != null && after < before) {
                regressions.add(new Change(subject, was, now));
            } else {
                improvements.add(new Change(subject, was, now));
            }
        }

        void criterion(String subject, Snapshot.Measure before, Snapshot.Measure after) {
            boolean wasKnown = Snapshot.known(before);
            boolean isKnown = Snapshot.known(after);
            String was = describe(before);
            String now = describe(after);
            if (wasKnown && isKnown) {
                compare(subject, before.score(), after.score(), was, now);
            } else if (wasKnown && after != null && Status.UNKNOWN.json().equals(after.status())) {
                regressions.add(new Change(subject, was, now));
            } else if (wasKnown) {
                // no longer applies (or gone from the rubric): a shortfall that disappears is a gain
                if (before.score() < 1) {
                    improvements.add(new Change(subject, was, now));
                } else {
                    unchanged++;
                }
            } else if (isKnown) {
                if (after.score() < 1) {
                    regressions.add(new Change(subject, was, now + " (newly failing)"));
                } else if (before != null && Status.UNKNOWN.json().equals(before.status())) {
                    improvements.add(new Change(subject, was, now));
                } else {
                    unchanged++;
                }
            } else {
                unchanged++;
            }
        }

        private static String describe(Snapshot.Measure measure) {
            if (measure == null) {
                return "absent";
            }
            return measure.score() == null ? measure.status()
                    : measure.status() + " " + String.format(Locale.ROOT, "%.2f", measure.score());
        }

        private static String number(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
