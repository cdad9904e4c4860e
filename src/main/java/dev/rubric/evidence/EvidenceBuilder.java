package dev.rubric.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Collects subjects from collectors that may run on several threads, and hands out one
 * {@link Evidence} with every collection sorted, so the order of discovery never shows.
 */
public final class EvidenceBuilder {
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

    public synchronized void source(Source source) {
        sources.add(source);
    }

    public synchronized void repository(Repository repository) {
        repositories.add(repository);
    }

    /** Rewrites the file records of one source, e.g. to add what git knows about them. */
    public synchronized void updateFiles(String sourceId, UnaryOperator<ArtifactFile> update) {
        files.replaceAll(f -> sourceId.equals(f.location().source()) ? update.apply(f) : f);
    }

    /** Rewrites the prompts of one source. */
    public synchronized void updatePrompts(String sourceId, UnaryOperator<Prompt> update) {
        prompts.replaceAll(p -> sourceId.equals(p.location().source()) ? update.apply(p) : p);
    }

    /** The file records of one source collected so far, in no particular order. */
    public synchronized List<ArtifactFile> files(String sourceId) {
        return files.stream().filter(f -> sourceId.equals(f.location().source())).toList();
    }

    /** The prompts of one source collected so far, in no particular order. */
    public synchronized List<Prompt> prompts(String sourceId) {
        return prompts.stream().filter(p -> sourceId.equals(p.location().source())).toList();
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

    public synchronized long errorCount(String sourceId) {
        return errors.stream().filter(e -> sourceId.equals(e.source())).count();
    }

    public synchronized Evidence build(String toolVersion) {
        return new Evidence(Evidence.SCHEMA_VERSION, new Evidence.Tool("rubric", toolVersion),
                sorted(sources, Source::id),
                sorted(repositories, Repository::id),
                sorted(files, ArtifactFile::id),
                sorted(prompts, Prompt::id),
                sorted(withoutGenericDuplicates(models), ModelRef::id),
                sorted(ragConfigs, RagConfig::id), sorted(fineTunes, FineTune::id),
                sorted(servingConfigs, ServingConfig::id), sorted(observability, ObservabilitySignal::id), List.of(),
                sorted(workloads, Workload::id),
                List.of(), List.of(),
                sortedErrors());
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
