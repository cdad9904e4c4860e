package dev.rubric.score;

import dev.rubric.report.CriterionResult;
import dev.rubric.report.ReportScope;
import dev.rubric.report.Status;
import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a dimension was not judged, in words a user acts on: what was not found ("no Kubernetes
 * workloads were found"), found only outside the scope ("prompts exist only in tests (4 files)"),
 * or could not be read (the reasons of its unknown criteria). Derived from the evidence counts and
 * the criteria results, never written by hand per dimension.
 */
final class DimensionReasons {
    /** How each evidence collection reads in a sentence; a collection not listed reads as its name. */
    private static final Map<String, String> IN_WORDS = Map.ofEntries(
            Map.entry("prompts", "prompts"), Map.entry("models", "model references"),
            Map.entry("modelDeployments", "model deployments"), Map.entry("ragConfigs", "RAG configurations"),
            Map.entry("fineTunes", "fine-tuning manifests or adapters"),
            Map.entry("servingConfigs", "model-serving configurations"),
            Map.entry("observability", "logging or tracing configurations"), Map.entry("environments", "environments"),
            Map.entry("workloads", "Kubernetes workloads or Compose services"), Map.entry("images", "container images"),
            Map.entry("agents", "agents, tools or MCP servers"));
    /** Every audit has these; finding them says nothing about a dimension. */
    private static final Set<String> INVENTORY = Set.of("repositories", "files");

    private DimensionReasons() {
    }

    /** Why no criterion of the dimension applies. */
    static String nothingFound(Dimension dimension, List<CriterionResult> results, ReportScope scope) {
        if (scope != null) {
            for (ReportScope.Note note : scope.notes()) {
                if (note.dimension().equals(dimension.id())) {
                    return note.message();
                }
            }
            Set<String> reads = new LinkedHashSet<>();
            for (Criterion criterion : dimension.criteria()) {
                criterion.requires().stream().filter(c -> !INVENTORY.contains(c)).forEach(reads::add);
            }
            List<String> absent = new ArrayList<>();
            for (String collection : reads) {
                if (inScope(scope, collection) == 0) {
                    absent.add(IN_WORDS.getOrDefault(collection, collection));
                }
            }
            if (!absent.isEmpty() && absent.size() == reads.size()) {
                return "no " + or(absent) + " were found";
            }
        }
        List<String> reasons = results.stream().map(CriterionResult::reason).filter(r -> r != null && !r.isBlank())
                .distinct().toList();
        return reasons.isEmpty() ? "none of its criteria applies" : "none of its criteria applies: " + String.join("; ", reasons);
    }

    /** Why every applicable criterion is unknown: their reasons, each said once. */
    static String unknown(List<CriterionResult> applicable) {
        List<String> reasons = applicable.stream().filter(r -> r.status() == Status.UNKNOWN).map(CriterionResult::reason)
                .filter(r -> r != null && !r.isBlank()).distinct().toList();
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    private static int inScope(ReportScope scope, String collection) {
        return scope.collections().stream().filter(c -> c.collection().equals(collection))
                .mapToInt(ReportScope.Collection::inScope).sum();
    }

    private static String or(List<String> words) {
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
