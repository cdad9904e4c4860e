package dev.rubric.link;

import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model a declared deployment deploys is a model reference of its own, one per deployment: the
 * infrastructure readers record it where the template writes its name (a literal, a parameter's
 * default, an {@code ai.yaml} entry) with id {@code <deployment id>#model}. Once the parameters
 * are bound it takes the deployment's verdict, its bound name and version, and the place of the
 * parameters file line when that file supplies the name; a deployment whose model only the
 * parameters file names gets its reference here, at that line. A model decided at deploy time has
 * none (the deployment itself records by what it is decided), nor has one whose reader left it to
 * another file (a compiled ARM template's Bicep source).
 */
final class DeclaredModels {
    private DeclaredModels() {
    }

    /**
     * @param deployments judged deployments
     * @param places      by deployment id, where the parameters file writes the model's name
     */
    static List<ModelRef> judged(List<ModelRef> models, List<ModelDeployment> deployments, Map<String, Location> places) {
        Map<String, ModelDeployment> byOwnRef = new HashMap<>();
        for (ModelDeployment deployment : deployments) {
            byOwnRef.put(deployment.id() + "#model", deployment);
        }
        List<ModelRef> out = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        for (ModelRef ref : models) {
            ModelDeployment deployment = byOwnRef.get(ref.id());
            if (deployment == null || !deployment.id().equals(ref.resolvedDeployment())) {
                out.add(ref);
                continue;
            }
            referenced.add(deployment.id());
            if (deployment.model() != null) {
                out.add(of(deployment, places.getOrDefault(deployment.id(), ref.location())));
            }
        }
        for (ModelDeployment deployment : deployments) {
            if (deployment.model() != null && !referenced.contains(deployment.id()) && places.containsKey(deployment.id())) {
                out.add(of(deployment, places.get(deployment.id())));
            }
        }
        return List.copyOf(out);
    }

    private static ModelRef of(ModelDeployment deployment, Location location) {
        return new ModelRef(deployment.id() + "#model", location, deployment.model(), null, deployment.version(),
                deployment.pinning(), deployment.reason(), deployment.id(), "model", deployment.deployment(),
                deployment.id());
    }
}
