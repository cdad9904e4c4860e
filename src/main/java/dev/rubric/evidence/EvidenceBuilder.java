package dev.rubric.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Collects subjects from collectors that may run on several threads, and hands out one
 * {@link Evidence} with every collection sorted, so the order of discovery never shows.
 */
public final class EvidenceBuilder {
    /** Kinds whose changes should be reviewed and evaluated: prompts, RAG and fine-tune configs. */
    private final List<Source> sources = new ArrayList<>();
    private final List<Repository> repositories = new ArrayList<>();
    private final List<ArtifactFile> files = new ArrayList<>();
    private final List<Prompt> prompts = new ArrayList<>();
    private final List<ModelRef> models = new ArrayList<>();
    private final List<ModelRef> mentions = new ArrayList<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<Environment> environments = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final List<RagConfig> ragConfigs = new ArrayList<>();
    private final List<FineTune> fineTunes = new ArrayList<>();
    private final List<ServingConfig> servingConfigs = new ArrayList<>();
    private final List<ModelDeployment> modelDeployments = new ArrayList<>();
    private final List<Agent> agents = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<ObservabilitySignal> observability = new ArrayList<>();
    private final List<CollectionError> errors = new ArrayList<>();
    private Evidence.Scope scope = Evidence.Scope.CONVENTIONS;
    /** source id → path → history */
    private final Map<String, Map<String, FileHistory>> histories = new HashMap<>();

    /** How the collected files were given their roles. */
    public synchronized void scope(Evidence.Scope scope) {
        this.scope = scope;
    }

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

    public synchronized void modelMention(ModelRef model) {
        mentions.add(model);
    }

    public synchronized void workload(Workload workload) {
        workloads.add(workload);
    }

    public synchronized void service(Service service) {
        services.add(service);
    }

    public synchronized void environment(Environment environment) {
        environments.add(environment);
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

    public synchronized void modelDeployment(ModelDeployment deployment) {
        modelDeployments.add(deployment);
    }

    public synchronized void agent(Agent agent) {
        agents.add(agent);
    }

    public synchronized void image(Image image) {
        images.add(image);
    }

    public synchronized void observability(ObservabilitySignal signal) {
        observability.add(signal);
    }

    public synchronized void error(CollectionError error) {
        errors.add(error);
    }

    /** What version control says about one file of a source; joined to its record when built. */
    public synchronized void fileHistory(String sourceId, String path, FileHistory history) {
        histories.computeIfAbsent(sourceId, k -> new HashMap<>()).put(path, history);
    }

    public synchronized Evidence build(String toolVersion) {
        return new Evidence(Evidence.SCHEMA_VERSION, new Evidence.Tool("rubric", toolVersion), scope,
                sorted(sources, Source::id),
                sorted(repositories, Repository::id),
                sorted(withHistory(files), ArtifactFile::id),
                sorted(prompts, Prompt::id),
                sorted(modelsAndNewMentions(), ModelRef::id), sorted(modelDeployments, ModelDeployment::id),
                sorted(ragConfigs, RagConfig::id), sorted(fineTunes, FineTune::id),
                sorted(servingConfigs, ServingConfig::id), sorted(observability, ObservabilitySignal::id),
                sorted(environments, Environment::id),
                sorted(workloads, Workload::id), sorted(services, Service::id),
                sorted(images, Image::id), sorted(agents, Agent::id), List.of(),
                sortedErrors());
    }

    /** Git's facts about a file join its record: the walker and git describe the same subject. */
    private List<ArtifactFile> withHistory(List<ArtifactFile> files) {
        return files.stream().map(f -> {
            Map<String, FileHistory> bySource = histories.get(f.location().source());
            FileHistory history = bySource == null ? null : bySource.get(f.path());
            return history == null ? f : f.withHistory(history);
        }).toList();
    }

    private List<CollectionError> sortedErrors() {
        Comparator<CollectionError> order = Comparator
                .comparing((CollectionError e) -> e.source() == null ? "" : e.source())
                .thenComparing(e -> e.location() == null || e.location().path() == null ? "" : e.location().path())
                .thenComparing(e -> e.location() == null || e.location().line() == null ? 0 : e.location().line())
                .thenComparing(CollectionError::message)
                // errors about cluster objects have no path; collectors report from several threads
                .thenComparing(e -> e.location() == null ? "" : objectKey(e.location()));
        List<CollectionError> copy = new ArrayList<>(errors);
        copy.sort(order);
        return List.copyOf(copy);
    }

    private static String objectKey(Location at) {
        return String.join("\u0000", String.valueOf(at.namespace()), String.valueOf(at.kind()), String.valueOf(at.name()),
                String.valueOf(at.column()), String.valueOf(at.fieldPath()));
    }

    /**
     * Models and mentions together, less each mention of a model that a parser recorded with
     * more meaning in the same file (see SubjectSink.modelMention): one model named once in a file
     * is one reference.
     */
    private List<ModelRef> modelsAndNewMentions() {
        Set<String> recorded = new HashSet<>();
        models.forEach(model -> recorded.add(fileKey(model)));
        List<ModelRef> out = new ArrayList<>(models);
        mentions.stream().filter(mention -> !recorded.contains(fileKey(mention))).forEach(out::add);
        return out;
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
