package dev.rubric.score;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.Status;
import dev.rubric.report.Waiver;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Rubric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the waivers of {@code .rubric.yaml} to judged criteria. A waived finding leaves the
 * criterion's score as if its subject had not been judged (a criterion whose every shortfall is
 * waived passes); it is listed under its waiver, not under the criterion, so nothing accepted
 * disappears from the report. The date is a parameter, never the clock, so a test fixes it and a
 * rerun of a saved report on another day is still explained by the expiry it states.
 */
public final class Waivers {
    private Waivers() {
    }

    /** The results after waivers, and every waiver with what it did. */
    public record Applied(List<CriterionResult> results, List<Waiver> waivers) {
        public boolean anyWaived() {
            return waivers.stream().anyMatch(w -> Waiver.ACTIVE.equals(w.status()));
        }
    }

    /** Waivers naming a criterion the rubric does not have, as located problems. */
    public static List<String> problems(List<WaiverRule> rules, Rubric rubric) {
        List<String> problems = new ArrayList<>();
        for (WaiverRule rule : rules) {
            if (rubric.criteria().stream().noneMatch(c -> c.id().equals(rule.criterion()))) {
                problems.add(rule.where() + ": waiver names criterion '" + rule.criterion() + "', which rubric "
                        + rubric.name() + " " + rubric.version() + " does not have");
            }
        }
        return problems;
    }

    public static Applied apply(List<WaiverRule> rules, List<CriterionResult> results, Rubric rubric, LocalDate today) {
        Map<String, Criterion.Aggregate> aggregates = new HashMap<>();
        rubric.criteria().forEach(c -> aggregates.put(c.id(), c.aggregate()));
        Map<Finding, Boolean> taken = new IdentityHashMap<>();
        List<Waiver> waivers = new ArrayList<>();
        for (WaiverRule rule : rules) {
            List<Finding> covered = new ArrayList<>();
            for (CriterionResult result : results) {
                if (result.id().equals(rule.criterion())) {
                    result.findings().stream().filter(f -> !taken.containsKey(f) && selects(rule, f)).forEach(covered::add);
                }
            }
            String status;
            if (rule.expiredOn(today)) {
                status = Waiver.EXPIRED;
            } else if (covered.isEmpty()) {
                status = Waiver.UNUSED;
            } else {
                status = Waiver.ACTIVE;
                covered.forEach(f -> taken.put(f, true));
            }
            waivers.add(new Waiver(rule.criterion(), rule.subjects(), rule.reason(), rule.owner(), rule.expires().toString(),
                    status, covered));
        }
        List<CriterionResult> out = new ArrayList<>(results.size());
        for (CriterionResult result : results) {
            List<Finding> kept = result.findings().stream().filter(f -> !taken.containsKey(f)).toList();
            out.add(kept.size() == result.findings().size() ? result
                    : rescored(result, kept, aggregates.getOrDefault(result.id(), Criterion.Aggregate.MEAN)));
        }
        return new Applied(List.copyOf(out), List.copyOf(waivers));
    }

    private static boolean selects(WaiverRule rule, Finding finding) {
        if (rule.subjects().isEmpty()) {
            return true;
        }
        String path = finding.location() == null ? null : finding.location().path();
        return rule.subjects().stream().anyMatch(g -> SubjectGlob.matches(g, finding.subject()) || SubjectGlob.matches(g, path));
    }

    /** The criterion judged over its subjects minus the waived ones, rounded as the judge rounds. */
    private static CriterionResult rescored(CriterionResult result, List<Finding> kept, Criterion.Aggregate aggregate) {
        int subjects = result.passed() + kept.size();
        double exact;
        if (kept.isEmpty()) {
            exact = 1.0;
        } else if (aggregate == Criterion.Aggregate.MIN) {
            exact = kept.stream().mapToDouble(Finding::score).min().orElse(1.0);
        } else {
            exact = (result.passed() + kept.stream().mapToDouble(Finding::score).sum()) / subjects;
        }
        double score = Math.round(exact * 10000) / 10000.0;
        return new CriterionResult(result.id(), result.dimension(), result.title(), result.level(), result.weight(),
                Status.ofScore(score), score, result.reason(), subjects, result.passed(), kept, result.remediation(),
                result.references(), result.scenarios());
    }
}
