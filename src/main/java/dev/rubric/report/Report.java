package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Source;
import java.util.List;
import java.util.Map;

/**
 * The result of an audit: the only thing renderers ever read. Its top level is what CI scripts
 * use ({@code jq .level}): level and score are the minimum over audited dimensions, meanScore the
 * weighted mean, coverage the share of applicable criterion weight that could be evaluated.
 * {@code complete} is false when a source failed or could only be partly read.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(String schemaVersion, ToolInfo tool, RubricInfo rubric, boolean complete, Integer level,
                     String levelName, Double score, Double meanScore, Double coverage, Range scoreRange,
                     List<DimensionResult> dimensions, List<CriterionResult> criteria, List<Map<String, Object>> links,
                     List<Gate> gates, List<Map<String, Object>> waivers, List<Source> sources,
                     List<CollectionError> errors, @JsonInclude(JsonInclude.Include.NON_NULL) String generatedAt) {
    public static final String SCHEMA_VERSION = "1.0";

    public record ToolInfo(String name, String version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RubricInfo(String id, String version, String title, String origin, String sha256) {
    }

    public boolean gateFailed() {
        return gates.stream().anyMatch(Gate::failed);
    }
}
