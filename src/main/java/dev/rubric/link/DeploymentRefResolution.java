package dev.rubric.link;

import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Link;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A model reference that is a deployment name, or an environment variable carrying one, resolves
 * to the model deployment of the same source with that name (or carrying that variable), and is
 * judged by the deployment's model and version ({@link DeploymentVerdict}). Each resolution is a
 * {@code deployed-as} link (a variable that no deployment carries itself resolves through the one
 * literal value the workloads of the source set it to: a container app's {@code AZURE_OPENAI_DEPLOYMENT_NAME}
 * that its Bicep sets to the deployment's name): verified; contradicted when the same file also names the model next to
 * the deployment ({@code X_MODEL} beside {@code X_DEPLOYMENT}) and it is another model; unresolved
 * when a deployment reference finds no deployment. Models are compared by {@link ModelNames}: a
 * provider prefix, letter case, or a dated snapshot against its alias ({@code gpt-4o-2024-08-06}
 * beside deployment {@code gpt-4o} version {@code 2024-08-06}) is no contradiction.
 */
public final class DeploymentRefResolution implements LinkStep {
    static final String KIND = "deployed-as";
    private final ModelNames names;

    public DeploymentRefResolution(ModelNames names) {
        this.names = names;
    }

    @Override
    public String name() {
        return "deployment-references";
    }

    @Override
    public Evidence apply(Evidence evidence) {
        Map<String, List<ModelDeployment>> bySource = new HashMap<>();
        for (ModelDeployment deployment : evidence.modelDeployments()) {
            bySource.computeIfAbsent(deployment.location().source(), k -> new ArrayList<>()).add(deployment);
        }
        Map<String, Map<String, String>> namedModels = siblingModels(evidence.models());
        Map<String, WorkloadSettings> settings = WorkloadSettings.bySource(evidence.workloads());
        List<ModelRef> models = new ArrayList<>();
        List<Link> links = new ArrayList<>(evidence.links());
        java.util.Set<String> known = new java.util.HashSet<>();
        evidence.links().forEach(link -> known.add(link.id()));
        for (ModelRef ref : evidence.models()) {
            Reference reference = Reference.of(ref);
            if (reference == null) {
                models.add(ref);
                continue;
            }
            List<ModelDeployment> candidates = bySource.getOrDefault(ref.location().source(), List.of());
            WorkloadSettings set = settings.getOrDefault(ref.location().source(), WorkloadSettings.NONE);
            Optional<ModelDeployment> found = reference.find(candidates, set);
            if (found.isEmpty()) {
                models.add(ref);
                if (reference.isDeployment() && known.add(ref.id() + " -" + KIND + "-> " + reference.target())) {
                    links.add(Link.of(ref.id(), KIND, reference.target(), Link.UNRESOLVED, reference.missing(candidates, ref.location().source())
                            + (reference.variable() == null ? "" : set.disagreement(reference.variable()))));
                }
                continue;
            }
            ModelDeployment deployment = found.get();
            DeploymentVerdict verdict = deployment.pinning() != null
                    ? new DeploymentVerdict(deployment.pinning(), deployment.reason())
                    : DeploymentVerdict.of(deployment);
            String via = reference.via(deployment, set);
            models.add(ref.resolvedTo(deployment.id(), verdict.pinning(), via + verdict.reason()));
            String named = named(ref, namedModels);
            String deployed = deployment.model() == null ? null
                    : deployment.version() == null ? deployment.model() : deployment.model() + "-" + deployment.version();
            if (named != null && deployed != null && !names.compare(named, deployment.model()).agrees()
                    && !names.compare(named, deployed).agrees()) {
                links.add(Link.of(ref.id(), KIND, deployment.id(), Link.CONTRADICTED, via + "the same file names model '" + named
                        + "' for this deployment, but " + DeploymentVerdict.describe(deployment)));
            } else if (named != null && deployed != null) {
                links.add(Link.of(ref.id(), KIND, deployment.id(), Link.VERIFIED, via + "the same file names model '" + named
                        + "' for this deployment, and " + verdict.reason()));
            } else {
                links.add(Link.of(ref.id(), KIND, deployment.id(), Link.VERIFIED, via + verdict.reason()));
            }
        }
        return evidence.withModels(List.copyOf(models)).withLinks(List.copyOf(links));
    }

    /** Per file, the literal models named by {@code X_MODEL}-style fields, keyed by field. */
    private static Map<String, Map<String, String>> siblingModels(List<ModelRef> models) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (ModelRef ref : models) {
            if (ref.field() != null && ref.referencedBy() != null && ref.name() != null && !ref.name().contains("${")) {
                out.computeIfAbsent(ref.referencedBy(), k -> new HashMap<>()).put(ref.field(), ref.name());
            }
        }
        return out;
    }

    /** The model the same file names beside a {@code …_DEPLOYMENT} field, if any. */
    private static String named(ModelRef ref, Map<String, Map<String, String>> namedModels) {
        if (ref.field() == null || !ref.field().contains("DEPLOYMENT")) {
            return null;
        }
        Map<String, String> fields = namedModels.getOrDefault(ref.referencedBy(), Map.of());
        String stem = ref.field().replaceFirst("_DEPLOYMENT(_NAME|_ID)?$", "");
        for (String suffix : List.of("_MODEL", "_MODEL_NAME", "_MODEL_ID")) {
            String model = fields.get(stem + suffix);
            if (model != null) {
                return model;
            }
        }
        return null;
    }

    /**
     * How a reference can name a deployment: by an environment variable ({@code ${X}} in its value,
     * or the variable it is the value of) or by the deployment name itself.
     */
    private record Reference(String variable, String deploymentName, boolean isDeployment) {
        static Reference of(ModelRef ref) {
            if (ref.resolvedDeployment() != null || ref.name() == null) {
                // already judged by its deployment: applying the step again changes nothing
                return null;
            }
            String variable = EnvReferences.variable(ref.name());
            if (variable != null) {
                return new Reference(variable, null, variable.contains("DEPLOYMENT"));
            }
            boolean deploymentField = ref.field() != null && ref.field().toUpperCase(Locale.ROOT).contains("DEPLOYMENT");
            boolean opaqueName = ModelRef.OPAQUE.equals(ref.pinning()) && !ref.name().contains("://");
            if (deploymentField || opaqueName) {
                String fieldVariable = deploymentField && EnvVar.conventionalName(ref.field()) ? ref.field() : null;
                return new Reference(fieldVariable, ref.name(), true);
            }
            return null;
        }

        Optional<ModelDeployment> find(List<ModelDeployment> candidates, WorkloadSettings settings) {
            for (ModelDeployment deployment : candidates) {
                if (deploymentName != null && deploymentName.equals(deployment.deployment())) {
                    return Optional.of(deployment);
                }
            }
            for (ModelDeployment deployment : candidates) {
                if (variable != null && deployment.envVars() != null && deployment.envVars().contains(variable)) {
                    return Optional.of(deployment);
                }
            }
            String value = variable == null ? null : settings.onlyValue(variable);
            for (ModelDeployment deployment : candidates) {
                if (value != null && value.equals(deployment.deployment())) {
                    return Optional.of(deployment);
                }
            }
            return Optional.empty();
        }

        /** How the reference reached a deployment through a workload's env, as the start of the reason; empty otherwise. */
        String via(ModelDeployment deployment, WorkloadSettings settings) {
            boolean direct = deploymentName != null && deploymentName.equals(deployment.deployment())
                    || variable != null && deployment.envVars() != null && deployment.envVars().contains(variable);
            return direct || variable == null ? "" : settings.describe(variable) + ": ";
        }

        String target() {
            return deploymentName != null ? "deployment:" + deploymentName : "env:" + variable;
        }

        String missing(List<ModelDeployment> candidates, String source) {
            String what = deploymentName != null ? "no deployment named '" + deploymentName + "'"
                    : "no deployment carried by " + variable;
            return what + (candidates.isEmpty()
                    ? " in source '" + source + "': none of its files declares a model deployment (Bicep, ARM, azd ai.yaml, Terraform)"
                    : " among the " + candidates.size() + " model deployment(s) declared in source '" + source + "'");
        }
    }
}
