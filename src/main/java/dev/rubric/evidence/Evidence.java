package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything the collectors found, as plain facts. The collection names are the contract that
 * rubrics are written against (DESIGN.md §2); collections no collector fills yet are present and
 * empty so that rubric expressions over them evaluate instead of failing. {@code links} is written
 * only by the link stage. {@code scope} says how files were given their roles; absent in evidence
 * written before roles existed.
 */
@JsonPropertyOrder(alphabetic = false)
public record Evidence(String schemaVersion, Tool tool, Scope scope, List<Source> sources,
                       List<Repository> repositories, List<ArtifactFile> files, List<Prompt> prompts,
                       List<ModelRef> models, List<ModelDeployment> modelDeployments, List<RagConfig> ragConfigs,
                       List<FineTune> fineTunes, List<ServingConfig> servingConfigs,
                       List<ObservabilitySignal> observability, List<Environment> environments,
                       List<Workload> workloads, List<Service> services, List<Image> images, List<Agent> agents,
                       List<Link> links, List<CollectionError> errors) {
    public static final String SCHEMA_VERSION = "1.2";

    /** Evidence saved before {@code modelDeployments}, {@code agents} or {@code services} existed reads back with the collection empty. */
    public Evidence {
        modelDeployments = modelDeployments == null ? List.of() : modelDeployments;
        agents = agents == null ? List.of() : agents;
        services = services == null ? List.of() : services;
    }

    /**
     * The collections a source can fill, which rubrics name in {@code requires}. Not sources,
     * links or errors: those say how collection went, they are not what was found.
     */
    public static final List<String> COLLECTIONS = List.of("repositories", "files", "prompts", "models", "modelDeployments",
            "ragConfigs",
            "fineTunes", "servingConfigs", "observability", "environments", "workloads", "services", "images", "agents");

    public Evidence withPrompts(List<Prompt> replaced) {
        return new Evidence(schemaVersion, tool, scope, sources, repositories, files, replaced, models, modelDeployments,
                ragConfigs, fineTunes, servingConfigs, observability, environments, workloads, services, images, agents, links, errors);
    }

    public Evidence withModels(List<ModelRef> replaced) {
        return new Evidence(schemaVersion, tool, scope, sources, repositories, files, prompts, replaced, modelDeployments,
                ragConfigs, fineTunes, servingConfigs, observability, environments, workloads, services, images, agents, links, errors);
    }

    public Evidence withModelDeployments(List<ModelDeployment> replaced) {
        return new Evidence(schemaVersion, tool, scope, sources, repositories, files, prompts, models, replaced, ragConfigs,
                fineTunes, servingConfigs, observability, environments, workloads, services, images, agents, links, errors);
    }

    public Evidence withFineTunes(List<FineTune> replaced) {
        return new Evidence(schemaVersion, tool, scope, sources, repositories, files, prompts, models, modelDeployments,
                ragConfigs, replaced, servingConfigs, observability, environments, workloads, services, images, agents, links, errors);
    }

    public Evidence withRagConfigs(List<RagConfig> replaced) {
        return new Evidence(schemaVersion, tool, scope, sources, repositories, files, prompts, models, modelDeployments,
                replaced, fineTunes, servingConfigs, observability, environments, workloads, services, images, agents, links, errors);
    }

    public Evidence withServingConfigs(List<ServingConfig> replaced) {
        return new Evidence(schemaVersion, tool, scope, sources, repositories, files, prompts, models, modelDeployments,
                ragConfigs, fineTunes, replaced, observability, environments, workloads, services, images, agents, links, errors);
    }

    public Evidence withWorkloads(List<Workload> replaced) {
        return new Evidence(schemaVersion, tool, scope, sources, repositories, files, prompts, models, modelDeployments,
                ragConfigs, fineTunes, servingConfigs, observability, environments, replaced, services, images, agents, links, errors);
    }

    public Evidence withLinks(List<Link> replaced) {
        return new Evidence(schemaVersion, tool, scope, sources, repositories, files, prompts, models, modelDeployments, ragConfigs, fineTunes,
                servingConfigs, observability, environments, workloads, services, images, agents, replaced, errors);
    }

    public record Tool(String name, String version) {
    }

    /**
     * How the files were given their roles: the conventions of this tool version, less the user's
     * {@code exclude} globs and plus their {@code include} globs, from the command line and from
     * {@code config} (the .rubric.yaml read, relative to the working directory, when there was one).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scope(List<String> include, List<String> exclude, String config) {
        public static final Scope CONVENTIONS = new Scope(List.of(), List.of(), null);

        public Scope {
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
        }
    }
}
