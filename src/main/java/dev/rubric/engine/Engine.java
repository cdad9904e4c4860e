package dev.rubric.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.Collector;
import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.Target;
import dev.rubric.collect.TargetException;
import dev.rubric.collect.read.refs.ProviderPrefix;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Json;
import dev.rubric.evidence.Repository;
import dev.rubric.evidence.Source;
import dev.rubric.judge.Availability;
import dev.rubric.judge.CelValues;
import dev.rubric.judge.Judge;
import dev.rubric.judge.Links;
import dev.rubric.judge.ScopeFilter;
import dev.rubric.link.Linker;
import dev.rubric.link.ModelNames;
import dev.rubric.report.CriterionResult;
import dev.rubric.report.Gate;
import dev.rubric.report.Improvements;
import dev.rubric.report.Report;
import dev.rubric.report.ReportLink;
import dev.rubric.report.ReportScope;
import dev.rubric.rubric.Rubric;
import dev.rubric.score.Gains;
import dev.rubric.score.GateThresholds;
import dev.rubric.score.Gates;
import dev.rubric.score.Overall;
import dev.rubric.score.Scorer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pipeline of DESIGN.md §1: collect → link → judge → score → report. Judging always starts from the
 * evidence as JSON, so a report from saved evidence is identical to one from a direct audit.
 */
public final class Engine {

    public Evidence collect(CollectRequest request) {
        List<Target> targets = Targets.resolve(request.targets(), request.ref(), request.depth());
        Collectors registry = Collectors.of(request);
        // every target is matched before any is collected: a usage error must not wait for a clone
        List<Collector> chosen = new ArrayList<>();
        for (Target target : targets) {
            chosen.add(registry.first(target).orElseThrow(() -> unaccepted(target)));
        }
        EvidenceBuilder evidence = new EvidenceBuilder();
        evidence.scope(request.scope());
        EvidenceSink sink = new EvidenceSink(evidence);
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            long start = System.nanoTime();
            Source source;
            try {
                source = chosen.get(i).collect(target, sink);
            } catch (TargetException e) {
                throw new UserError("target '" + target.display() + "': " + e.getMessage());
            }
            sink.source(source);
            if (request.log() != null) {
                request.log().accept(String.format(Locale.ROOT, "collected %s (%s): %s, %d ms", source.id(), source.kind(),
                        source.stats(), (System.nanoTime() - start) / 1_000_000));
            }
        }
        long start = System.nanoTime();
        Evidence built = evidence.build(Version.get());
        if (request.log() != null) {
            request.log().accept(String.format(Locale.ROOT, "evidence assembled: %d ms", (System.nanoTime() - start) / 1_000_000));
        }
        return linker().link(built, request.log());
    }

    /**
     * Saved evidence goes through the link stage again before it is judged: evidence written by
     * an older build, or edited by hand, is then linked as this build links, and evidence this
     * build wrote comes out unchanged (every step leaves its own output as it is).
     */
    public static JsonNode link(JsonNode saved) {
        Evidence evidence = Json.mapper().convertValue(saved, Evidence.class);
        return toJson(linker().link(evidence, null));
    }

    /** The link stage of this build, comparing model references through the model identity table. */
    public static Linker linker() {
        return Linker.standard(MODEL_NAMES);
    }

    private static final ModelNames MODEL_NAMES = reference -> ProviderPrefix.split(reference).name();

    public Report report(Rubric rubric, JsonNode evidenceJson, GateThresholds thresholds, boolean reproducible) {
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) CelValues.of(evidenceJson);
        return report(rubric, all, thresholds, reproducible);
    }

    /** The report of evidence already read into CEL values ({@link CelValues}), which is all judging needs. */
    public Report report(Rubric rubric, Map<String, Object> all, GateThresholds thresholds, boolean reproducible) {
        List<Source> sources = records(all, "sources", Source[].class);
        List<CollectionError> errors = records(all, "errors", CollectionError[].class);
        Availability availability = new Availability(Collectors.available(sources), Collectors.sourceKinds());
        List<Repository> repositories = records(all, "repositories", Repository[].class);
        ScopeFilter.Scoped scoped = ScopeFilter.apply(all, rubric.scope());
        List<CriterionResult> results = new Judge().judgeInScope(rubric, scoped.evidence(), sources, availability);
        ReportScope scope = ReportScopes.of(rubric, all, scoped.counts());
        List<ReportLink> links = Links.all(all);
        Overall overall = new Scorer().score(rubric, results, scope, Links.inScope(all, links, rubric.scope()));
        List<Gate> gates = Gates.evaluate(thresholds, overall);
        Improvements improvements = new Gains().of(rubric, results, overall);
        boolean complete = sources.stream().allMatch(s -> Source.OK.equals(s.status()));
        // waivers stay empty until .rubric.yaml waivers exist
        return new Report(Report.SCHEMA_VERSION, new Report.ToolInfo("rubric", Version.get()),
                new Report.RubricInfo(rubric.name(), rubric.version(), rubric.title(), rubric.origin(), rubric.sha256(),
                        rubric.levels()),
                scope, complete, overall.level(), overall.levelName(), overall.score(), overall.meanScore(), overall.coverage(),
                overall.scoreRange(), overall.dimensions(), results, links, gates, List.of(), ReportSources.sources(sources, repositories),
                ReportSources.errors(errors), improvements,
                reproducible ? null : Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static <T> List<T> records(Map<String, Object> all, String collection, Class<T[]> type) {
        Object values = all.get(collection);
        return values == null ? List.of() : Arrays.asList(Json.mapper().convertValue(values, type));
    }

    /**
     * The plain tree collector takes every local path that asks for no commit, and git every URL,
     * so the only target nobody takes is a commit asked of a path outside any repository.
     */
    private static UserError unaccepted(Target target) {
        return new UserError("target '" + target.display() + "' is not a git repository; --ref needs one");
    }

    public static JsonNode toJson(Evidence evidence) {
        return Json.mapper().valueToTree(evidence);
    }

    public static boolean anySourceFailed(List<Source> sources) {
        return sources.stream().anyMatch(s -> Source.FAILED.equals(s.status()));
    }
}
