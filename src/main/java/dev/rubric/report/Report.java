package dev.rubric.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of an audit: the only thing renderers ever read. Its top level is what CI scripts
 * use ({@code jq .level}): level and score are the minimum over audited dimensions, meanScore the
 * weighted mean, coverage the share of applicable criterion weight that could be evaluated.
 * {@code complete} is false when a source failed or could only be partly read. {@code scope} says
 * which file roles were judged and what was left out; each source states the revision audited.
 * Scores, levels and criteria are after waivers; {@code withoutWaivers} (only when a waiver took
 * findings out) gives the scores as they would be without them.
 * {@code inventory} lists the models, datasets and services the in-scope evidence names (the AI-BOM's input).
 * {@code improvements}: the points each fix would earn and what each dimension's next level needs.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(String schemaVersion, ToolInfo tool, RubricInfo rubric, ReportScope scope, boolean complete, Integer level,
                     String levelName, Double score, Double meanScore, Double coverage, Range scoreRange,
                     List<DimensionResult> dimensions, List<CriterionResult> criteria, List<ReportLink> links,
                     List<Gate> gates, List<Waiver> waivers,
                     @JsonInclude(JsonInclude.Include.NON_NULL) WithoutWaivers withoutWaivers, List<ReportSource> sources,
                     List<ReportError> errors, Inventory inventory, Improvements improvements,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String generatedAt) {
    public static final String SCHEMA_VERSION = "1.0";

    /** A report read from JSON written before the inventory or the improvements existed has empty ones. */
    public Report {
        inventory = inventory == null ? Inventory.EMPTY : inventory;
        improvements = improvements == null ? Improvements.NONE : improvements;
    }

    /**
     * A report no waiver changed, without inventory or improvements: for reports built by hand (tests,
     * tools), which are about anything but the AI-BOM and the gains.
     */
    public Report(String schemaVersion, ToolInfo tool, RubricInfo rubric, ReportScope scope, boolean complete, Integer level,
                  String levelName, Double score, Double meanScore, Double coverage, Range scoreRange,
                  List<DimensionResult> dimensions, List<CriterionResult> criteria, List<ReportLink> links,
                  List<Gate> gates, List<Waiver> waivers, List<ReportSource> sources, List<ReportError> errors,
                  String generatedAt) {
        this(schemaVersion, tool, rubric, scope, complete, level, levelName, score, meanScore, coverage, scoreRange,
                dimensions, criteria, links, gates, waivers, null, sources, errors, Inventory.EMPTY, Improvements.NONE,
                generatedAt);
    }

    public record ToolInfo(String name, String version) {
    }

    /** {@code levels}: the rubric's level names by number, so that a report can name a level no dimension reached. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RubricInfo(String id, String version, String title, String origin, String sha256,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) SortedMap<Integer, String> levels) {
        public RubricInfo {
            levels = levels == null ? new TreeMap<>() : Collections.unmodifiableSortedMap(new TreeMap<>(levels));
        }

        public RubricInfo(String id, String version, String title, String origin, String sha256) {
            this(id, version, title, origin, sha256, null);
        }

        /** The level's name, or "level N" when the rubric does not name it. */
        public String levelName(int level) {
            return levels.getOrDefault(level, "level " + level);
        }
    }

    public boolean anySourceFailed() {
        return sources.stream().anyMatch(ReportSource::failed);
    }

    public boolean gateFailed() {
        return gates.stream().anyMatch(Gate::failed);
    }
}
