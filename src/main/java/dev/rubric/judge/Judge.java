package dev.rubric.judge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelVariableResolver;
import dev.rubric.evidence.Source;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Finding;
import dev.rubric.report.ReportLocation;
import dev.rubric.report.Status;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Expression;
import dev.rubric.rubric.Rubric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Evaluates every criterion of a rubric over the evidence. A criterion whose required collections
 * were not collected, or whose expressions fail on the evidence, is unknown (with the reason),
 * never silently passed or zeroed. Criteria see only the subjects of files in the rubric's scope
 * ({@link ScopeFilter}).
 */
public final class Judge {

    public List<CriterionResult> judge(Rubric rubric, JsonNode evidenceJson, List<Source> sources, Availability availability) {
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) CelValues.of(evidenceJson);
        return judgeInScope(rubric, ScopeFilter.apply(all, rubric.scope()).evidence(), sources, availability);
    }

    /** Judges evidence already narrowed to the rubric's scope by {@link ScopeFilter#apply}. */
    public List<CriterionResult> judgeInScope(Rubric rubric, Map<String, Object> evidence, List<Source> sources,
                                              Availability availability) {
        // criteria are independent and CEL programs are thread-safe: they run on the common pool
        // (sized to the cores), and come back in rubric order whatever order they finished in
        return rubric.criteria().parallelStream().map(criterion -> judge(criterion, evidence, sources, availability))
                .toList();
    }

    CriterionResult judge(Criterion criterion, Map<String, Object> evidence, List<Source> sources, Availability availability) {
        String missing = missingCollections(criterion, sources, availability);
        if (missing != null) {
            return unknown(criterion, missing);
        }
        try {
            if (criterion.applies() != null && !Boolean.TRUE.equals(eval(criterion.applies(), evidence, null))) {
                return notApplicable(criterion, "does not apply: " + criterion.applies().source());
            }
            List<Object> subjects = subjects(criterion, evidence);
            List<Finding> findings = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            int passed = 0;
            for (Outcome outcome : outcomes(criterion, evidence, subjects)) {
                if (outcome.failure() != null) {
                    throw outcome.failure();
                }
                if (outcome == Outcome.SKIPPED) {
                    continue;
                }
                scores.add(outcome.score());
                if (outcome.finding() == null) {
                    passed++;
                } else {
                    findings.add(outcome.finding());
                }
            }
            if (scores.isEmpty()) {
                return notApplicable(criterion, subjects.isEmpty() ? "no subjects" : "no subject matches when: " + criterion.when().source());
            }
            double exact = criterion.aggregate() == Criterion.Aggregate.MIN
                    ? scores.stream().mapToDouble(Double::doubleValue).min().orElse(0)
                    : scores.stream().mapToDouble(Double::doubleValue).sum() / scores.size();
            // status follows the score as reported, so 0.99996 cannot show as 1.0 yet "partial"
            double score = Math.round(exact * 10000) / 10000.0;
            findings.sort(Comparator.comparingDouble(Finding::score).thenComparing(f -> f.subject() == null ? "" : f.subject()));
            return new CriterionResult(criterion.id(), criterion.dimension(), criterion.title(), criterion.level(),
                    criterion.weight(), Status.ofScore(score), score, null, scores.size(), passed, List.copyOf(findings),
                    criterion.rationale(), criterion.remediation(), criterion.references(), criterion.scenarios());
        } catch (JudgeException e) {
            return unknown(criterion, e.getMessage());
        }
    }

    /** What one subject came to: left out by {@code when}, a score (and the finding when it fell short), or a failure. */
    private record Outcome(double score, Finding finding, JudgeException failure) {
        static final Outcome SKIPPED = new Outcome(Double.NaN, null, null);
    }

    /** Below this many subjects a criterion is not worth splitting. */
    private static final int PARALLEL_SUBJECTS = 2048;

    /**
     * Each subject's outcome, in subject order. A criterion over many subjects is split across
     * the pool: the criteria alone balance badly, since a few of them hold most of the work. The
     * outcomes are read in order afterwards, so the first failure in subject order is the one
     * reported, the scores are summed in the same order and the findings keep it, as one pass did.
     */
    private static List<Outcome> outcomes(Criterion criterion, Map<String, Object> evidence, List<Object> subjects) {
        IntStream indexes = IntStream.range(0, subjects.size());
        return (subjects.size() < PARALLEL_SUBJECTS ? indexes : indexes.parallel())
                .mapToObj(i -> outcome(criterion, evidence, subjects.get(i))).toList();
    }

    private static Outcome outcome(Criterion criterion, Map<String, Object> evidence, Object item) {
        try {
            if (criterion.when() != null && !Boolean.TRUE.equals(eval(criterion.when(), evidence, item))) {
                return Outcome.SKIPPED;
            }
            double score = score(criterion, evidence, item);
            return new Outcome(score, score >= 1.0 ? null
                    : new Finding(subjectId(item, criterion), location(item), score, message(criterion, evidence, item, score)), null);
        } catch (JudgeException e) {
            return new Outcome(Double.NaN, null, e);
        }
    }

    /**
     * Null when every required collection was collected; otherwise which were not, and either the
     * sources that would have filled them but failed, or the kinds of target that fill them.
     */
    private static String missingCollections(Criterion criterion, List<Source> sources, Availability availability) {
        List<String> missing = criterion.requires().stream().filter(c -> !availability.collected().contains(c)).toList();
        if (missing.isEmpty()) {
            return null;
        }
        Set<String> kinds = new TreeSet<>();
        missing.forEach(c -> kinds.addAll(availability.sourceKinds().getOrDefault(c, Set.of())));
        Set<String> failed = new TreeSet<>();
        for (Source source : sources) {
            if (kinds.contains(source.kind()) && !source.usable()) {
                failed.add(source.target());
            }
        }
        String needs = "needs " + String.join(", ", missing) + ", not collected: ";
        if (!failed.isEmpty()) {
            return needs + "collecting " + String.join(", ", failed) + " failed";
        }
        return kinds.isEmpty() ? needs + "no source fills " + (missing.size() == 1 ? "it" : "them") + " yet"
                : needs + "audit " + article(kinds.iterator().next()) + String.join(" or ", kinds) + " target";
    }

    private static String article(String word) {
        return !word.isEmpty() && "aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ";
    }

    private static List<Object> subjects(Criterion criterion, Map<String, Object> evidence) throws JudgeException {
        if (criterion.subjects() == null) {
            return List.of(evidence);
        }
        Object value = eval(criterion.subjects(), evidence, null);
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        throw new JudgeException("subjects of " + criterion.id() + " (" + criterion.subjects().where()
                + ") gave " + typeName(value) + ", not a list");
    }

    private static double score(Criterion criterion, Map<String, Object> evidence, Object item) throws JudgeException {
        Object value = eval(criterion.score(), evidence, item);
        double score;
        if (value instanceof Boolean bool) {
            score = bool ? 1.0 : 0.0;
        } else if (value instanceof Number number) {
            score = number.doubleValue();
        } else {
            throw new JudgeException("score of " + criterion.id() + " (" + criterion.score().where() + ") gave "
                    + typeName(value) + " for " + subjectId(item, criterion) + "; it must be a bool or a number");
        }
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new JudgeException(String.format(Locale.ROOT, "score of %s (%s) gave %s for %s; it must lie between 0 and 1",
                    criterion.id(), criterion.score().where(), value, subjectId(item, criterion)));
        }
        return score;
    }

    private static String message(Criterion criterion, Map<String, Object> evidence, Object item, double score) {
        if (criterion.message() != null) {
            try {
                Object value = eval(criterion.message(), evidence, item);
                if (value instanceof String text && !text.isBlank()) {
                    return text;
                }
            } catch (JudgeException e) {
                return criterion.title() + " (message expression failed: " + e.getMessage() + ")";
            }
        }
        return String.format(Locale.ROOT, "%s: %s scores %.2f", criterion.title(), subjectId(item, criterion), score);
    }

    private static Object eval(Expression expression, Map<String, Object> evidence, Object item) throws JudgeException {
        // a resolver, not a map: CEL copies a map of variables into a new immutable one on every call
        CelVariableResolver variables = name -> switch (name) {
            case "evidence" -> Optional.of(evidence);
            case "item" -> Optional.ofNullable(item);
            default -> Optional.empty();
        };
        try {
            return expression.program().eval(variables);
        } catch (CelEvaluationException e) {
            String subject = item instanceof Map<?, ?> map && map.get("id") != null ? " on " + map.get("id") : "";
            throw new JudgeException(expression.field() + " (" + expression.where() + ") failed" + subject + ": "
                    + cleanCelMessage(e.getMessage()));
        }
    }

    private static String cleanCelMessage(String message) {
        return message == null ? "evaluation error" : message.replaceFirst("^evaluation error at <input>:\\d+: ", "");
    }

    private static String subjectId(Object item, Criterion criterion) {
        if (item instanceof Map<?, ?> map && map.get("id") instanceof String id) {
            return id;
        }
        return criterion.subjects() == null ? "evidence" : null;
    }

    /** Read field by field: a generic conversion per finding was most of the judge's time on large evidence. */
    private static ReportLocation location(Object item) {
        if (item instanceof Map<?, ?> map && map.get("location") instanceof Map<?, ?> location) {
            return new ReportLocation(text(location, "source"), text(location, "path"), number(location, "line"),
                    number(location, "column"), text(location, "cluster"), text(location, "namespace"),
                    text(location, "kind"), text(location, "name"), text(location, "fieldPath"), text(location, "image"),
                    text(location, "digest"), text(location, "role"), text(location, "variant"));
        }
        return null;
    }

    private static String text(Map<?, ?> map, String key) {
        return map.get(key) instanceof String text ? text : null;
    }

    private static Integer number(Map<?, ?> map, String key) {
        return map.get(key) instanceof Number number ? number.intValue() : null;
    }

    private static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "a map";
        }
        if (value instanceof List) {
            return "a list";
        }
        return "a " + value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static CriterionResult unknown(Criterion criterion, String reason) {
        return new CriterionResult(criterion.id(), criterion.dimension(), criterion.title(), criterion.level(),
                criterion.weight(), Status.UNKNOWN, null, reason, 0, 0, List.of(), criterion.rationale(), criterion.remediation(),
                criterion.references(), criterion.scenarios());
    }

    private static CriterionResult notApplicable(Criterion criterion, String reason) {
        return new CriterionResult(criterion.id(), criterion.dimension(), criterion.title(), criterion.level(),
                criterion.weight(), Status.NOT_APPLICABLE, null, reason, 0, 0, List.of(), criterion.rationale(), criterion.remediation(),
                criterion.references(), criterion.scenarios());
    }

    private static final class JudgeException extends Exception {
        JudgeException(String message) {
            super(message);
        }
    }
}
