package dev.rubric.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.Collector;
import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.images.ReferencedImages;
import dev.rubric.collect.Target;
import dev.rubric.collect.kubernetes.KubernetesCollector;
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
import dev.rubric.report.Inventory;
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
import dev.rubric.score.Snapshot;
import dev.rubric.score.Unwaived;
import dev.rubric.score.WaiverRule;
import dev.rubric.score.Waivers;
import dev.rubric.report.WithoutWaivers;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        return collect(request, CollectProgress.NONE);
    }

    /**
     * Starts setting up what a cluster connection needs on a daemon thread, for a caller that can
     * tell early that a cluster will be audited; nothing is sent anywhere.
     */
    public static void prepareClusterClient() {
        KubernetesCollector.prepareClient();
    }

    /** {@code progress}: told of each target and artifact file as collection goes, for a progress line. */
    public Evidence collect(CollectRequest request, CollectProgress progress) {
        boolean clusterAlone = request.cluster() != null && request.targets().isEmpty() && request.images().references().isEmpty();
        List<Target> targets = new ArrayList<>(clusterAlone ? List.of()
                : Targets.resolve(request.targets(), request.ref(), request.depth(), request.images().references()));
        if (request.cluster() != null) {
            targets.add(request.cluster());
        }
        Collectors registry = Collectors.of(request);
        // every target is matched before any is collected: a usage error must not wait for a clone
        List<Collector> chosen = new ArrayList<>();
        for (Target target : targets) {
            chosen.add(registry.first(target).orElseThrow(() -> unaccepted(target)));
        }
        EvidenceBuilder evidence = new EvidenceBuilder();
        evidence.scope(request.scope());
        EvidenceSink evidenceSink = new EvidenceSink(evidence);
        ReferencedImages referenced = new ReferencedImages(evidenceSink);
        SubjectSink sink = request.images().resolveReferenced() ? referenced : evidenceSink;
        SubjectSink counted = progress == CollectProgress.NONE ? sink : new ProgressSink(sink, progress);
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            long start = System.nanoTime();
            Source source;
            progress.target(target.display(), i + 1, targets.size());
            try {
                source = chosen.get(i).collect(target, counted);
            } catch (TargetException e) {
                progress.done();
                throw new UserError("target '" + target.display() + "': " + e.getMessage());
            }
            evidenceSink.source(source);
            if (request.log() != null) {
                request.log().accept(String.format(Locale.ROOT, "collected %s (%s): %s, %d ms", source.id(), source.kind(),
                        source.stats(), (System.nanoTime() - start) / 1_000_000));
            }
        }
        if (request.images().resolveReferenced()) {
            evidenceSink.source(registry.images().collectReferenced(referenced.references(), evidenceSink));
        }
        progress.done();
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
        return report(rubric, evidenceJson, thresholds, List.of(), LocalDate.now(ZoneOffset.UTC), reproducible);
    }

    /** {@code today}: the date waivers expire against (UTC), a parameter so that tests fix it. */
    public Report report(Rubric rubric, JsonNode evidenceJson, GateThresholds thresholds, List<WaiverRule> waivers,
                         LocalDate today, boolean reproducible) {
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) CelValues.of(evidenceJson);
        return report(rubric, all, thresholds, waivers, today, reproducible);
    }

    public Report report(Rubric rubric, Map<String, Object> all, GateThresholds thresholds, boolean reproducible) {
        return report(rubric, all, thresholds, List.of(), LocalDate.now(ZoneOffset.UTC), reproducible);
    }

    /** The report of evidence already read into CEL values ({@link CelValues}), which is all judging needs. */
    public Report report(Rubric rubric, Map<String, Object> all, GateThresholds thresholds, List<WaiverRule> waiverRules,
                         LocalDate today, boolean reproducible) {
        List<Source> sources = records(all, "sources", Source[].class);
        List<CollectionError> errors = records(all, "errors", CollectionError[].class);
        Availability availability = new Availability(Collectors.available(sources), Collectors.sourceKinds());
        List<Repository> repositories = records(all, "repositories", Repository[].class);
        ScopeFilter.Scoped scoped = ScopeFilter.apply(all, rubric.scope());
        List<CriterionResult> judged = new Judge().judgeInScope(rubric, scoped.evidence(), sources, availability);
        ReportScope scope = ReportScopes.of(rubric, all, scoped.counts());
        List<ReportLink> links = Links.all(all);
        List<ReportLink> linksInScope = Links.inScope(all, links, rubric.scope());
        Waivers.Applied waived = Waivers.apply(waiverRules, judged, rubric, today);
        List<CriterionResult> results = waived.results();
        Overall overall = new Scorer().score(rubric, results, scope, linksInScope);
        WithoutWaivers withoutWaivers = waived.anyWaived()
                ? Unwaived.of(new Scorer().score(rubric, judged, scope, linksInScope)) : null;
        List<Gate> gates = Gates.evaluate(thresholds, overall,
                Snapshot.of("this audit", rubric.name(), rubric.version(), overall, results));
        Improvements improvements = new Gains().of(rubric, results, overall);
        boolean complete = sources.stream().allMatch(s -> Source.OK.equals(s.status()));
        return new Report(Report.SCHEMA_VERSION, new Report.ToolInfo("rubric", Version.get()),
                new Report.RubricInfo(rubric.name(), rubric.version(), rubric.title(), rubric.origin(), rubric.sha256(),
                        rubric.levels()),
                scope, complete, overall.level(), overall.levelName(), overall.score(), overall.meanScore(), overall.coverage(),
                overall.scoreRange(), overall.dimensions(), results, links, gates, waived.waivers(), withoutWaivers,
                ReportSources.sources(sources, repositories),
                ReportSources.errors(errors), inventory(scoped.evidence()), improvements,
                reproducible ? null : Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static Inventory inventory(Map<String, Object> inScope) {
        return ReportInventory.of(InventoryRecords.models(inScope), InventoryRecords.fineTunes(inScope),
                InventoryRecords.servingConfigs(inScope), InventoryRecords.modelDeployments(inScope));
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
