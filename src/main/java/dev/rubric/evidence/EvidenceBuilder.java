package dev.rubric.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects subjects from collectors that may run on several threads, and hands out one
 * {@link Evidence} with every collection sorted, so the order of discovery never shows.
 */
public final class EvidenceBuilder {
    /** Kinds whose changes should be reviewed and evaluated: prompts, RAG and fine-tune configs. */
    public static final Set<String> CHANGE_CONTROLLED = Set.of("prompt", "rag-config", "finetune-manifest");
    private static final String GENERIC_MODEL_ID = "#model:";
    private final List<Source> sources = new ArrayList<>();
    private final List<Repository> repositories = new ArrayList<>();
    private final List<ArtifactFile> files = new ArrayList<>();
    private final List<Prompt> prompts = new ArrayList<>();
    private final List<ModelRef> models = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<RagConfig> ragConfigs = new ArrayList<>();
    private final List<FineTune> fineTunes = new ArrayList<>();
    private final List<ServingConfig> servingConfigs = new ArrayList<>();
    private final List<ObservabilitySignal> observability = new ArrayList<>();
    private final List<CollectionError> errors = new ArrayList<>();
    /** source id → path → history */
    private final Map<String, Map<String, FileHistory>> histories = new HashMap<>();

    public synchronized void source(Source source) {
        sources.add(source);
    }

    public synchronized void repository(Repository repository) {
        repositories.add(repository);
    }

    public synchronized void file(ArtifactFile file) {
        files.add(file);
    }

    public synchronized void prompt(Prompt prompt) {
        prompts.add(prompt);
    }

    public synchronized void model(ModelRef model) {
        models.add(model);
    }

    public synchronized void workload(Workload workload) {
        workloads.add(workload);
    }

    public synchronized void ragConfig(RagConfig config) {
        ragConfigs.add(config);
    }

    public synchronized void fineTune(FineTune fineTune) {
        fineTunes.add(fineTune);
    }

    public synchronized void servingConfig(ServingConfig config) {
        servingConfigs.add(config);
    }

    public synchronized void observability(ObservabilitySignal signal) {
        observability.add(signal);
    }

    public synchronized void error(CollectionError error) {
        errors.add(error);
    }

    /** What version control says about one path of a source; applied to its files and prompts when built. */
    public synchronized void fileHistory(String sourceId, String path, FileHistory history) {
        histories.computeIfAbsent(sourceId, k -> new HashMap<>()).put(path, history);
    }

    public synchronized Evidence build(String toolVersion) {
        return new Evidence(Evidence.SCHEMA_VERSION, new Evidence.Tool("rubric", toolVersion),
                sorted(sources, Source::id),
                sorted(repositories, Repository::id),
                sorted(withHistory(files), ArtifactFile::id),
                sorted(withHistory(prompts, files), Prompt::id),
                sorted(withoutGenericDuplicates(models), ModelRef::id),
                sorted(ragConfigs, RagConfig::id), sorted(fineTunes, FineTune::id),
                sorted(servingConfigs, ServingConfig::id), sorted(observability, ObservabilitySignal::id), List.of(),
                sorted(workloads, Workload::id),
                List.of(), List.of(),
                sortedErrors());
    }

    /**
     * The file → history join, with today's policy on {@code changesWithoutEval}: kept for files
     * of a change-controlled kind, and for prompts unless their file is of another kind. Both the
     * join and the policy belong to a link step; they are here, together, until it exists.
     */
    private List<ArtifactFile> withHistory(List<ArtifactFile> files) {
        return files.stream().map(f -> {
            FileHistory history = historyAt(f.location());
            return history == null ? f : f.withHistory(CHANGE_CONTROLLED.contains(f.kind()) ? history : withoutEvalCount(history));
        }).toList();
    }

    private List<Prompt> withHistory(List<Prompt> prompts, List<ArtifactFile> files) {
        Map<String, String> kindByFile = new HashMap<>();
        files.forEach(f -> kindByFile.put(f.location().source() + "\u0000" + f.path(), f.kind()));
        return prompts.stream().map(p -> {
            FileHistory history = historyAt(p.location());
            if (history == null) {
                return p;
            }
            String fileKind = kindByFile.get(p.location().source() + "\u0000" + p.location().path());
            return p.withHistory(fileKind == null || CHANGE_CONTROLLED.contains(fileKind) ? history : withoutEvalCount(history));
        }).toList();
    }

    private FileHistory historyAt(Location location) {
        Map<String, FileHistory> bySource = location == null ? null : histories.get(location.source());
        return bySource == null ? null : bySource.get(location.path());
    }

    private static FileHistory withoutEvalCount(FileHistory h) {
        return new FileHistory(h.tracked(), h.revisions(), h.firstCommit(), h.firstCommitDate(), h.lastCommit(),
                h.lastCommitDate(), h.authors(), null, h.owners());
    }

    private List<CollectionError> sortedErrors() {
        Comparator<CollectionError> order = Comparator
                .comparing((CollectionError e) -> e.source() == null ? "" : e.source())
                .thenComparing(e -> e.location() == null || e.location().path() == null ? "" : e.location().path())
                .thenComparing(e -> e.location() == null || e.location().line() == null ? 0 : e.location().line())
                .thenComparing(CollectionError::message);
        List<CollectionError> copy = new ArrayList<>(errors);
        copy.sort(order);
        return List.copyOf(copy);
    }

    /**
     * The generic model scanner (ids with "#model:") also sees models that a family parser (RAG,
     * fine-tune, serving) records with more meaning (embedding, base_model, serving). One model
     * named once in a file is one reference: the family's record is kept.
     */
    private static List<ModelRef> withoutGenericDuplicates(List<ModelRef> models) {
        java.util.Set<String> specific = new java.util.HashSet<>();
        for (ModelRef model : models) {
            if (!model.id().contains(GENERIC_MODEL_ID)) {
                specific.add(fileKey(model));
            }
        }
        return models.stream().filter(m -> !m.id().contains(GENERIC_MODEL_ID) || !specific.contains(fileKey(m))).toList();
    }

    private static String fileKey(ModelRef model) {
        Location at = model.location();
        return (at == null ? "" : at.source() + "/" + at.path()) + "\u0000" + model.name();
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> id) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(id));
        return List.copyOf(copy);
    }
}
