package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.kube.Environments;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.Container;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Azure Container App (kind {@code ContainerApp}) or App Service app (kind {@code AppService}:
 * web and function apps) as a {@link Workload}, whichever template language declared it. Tags are
 * its labels; azd's {@code azd-env-name} tag names its environment (usually the parameter azd fills
 * with the environment's name, kept as {@code ${environmentName}}: the environment is azd's,
 * decided at deploy time, and said so), {@code azd-service-name} the service, which names the
 * workload when the resource's own name is decided at deploy time. Env values are kept when they
 * are literals that do not look secret; a {@code secretRef} keeps the secret's name only; a value
 * decided at deploy time keeps the parameter or the expression.
 */
final class AzureWorkloads {
    static final String CONTAINER_APP = "ContainerApp";
    static final String APP_SERVICE = "AppService";
    static final String CONTAINER_APP_TYPE = "microsoft.app/containerapps";
    static final String APP_SERVICE_TYPE = "microsoft.web/sites";

    private AzureWorkloads() {
    }

    /** A container's settings before they become a {@link Container}; a null name takes the app's. */
    record Draft(InfraValue name, InfraValue image, List<EnvVar> env, List<String> envFrom, Map<String, String> limits) {
    }

    /** Where a workload was declared: its subject id, the file, the line, what declared it, and its kind. */
    record Site(String id, String sourceId, String relativePath, int line, String type, String kind) {
    }

    static EnvVar envVar(String name, InfraValue value, InfraValue secretRef) {
        if (secretRef != null) {
            return new EnvVar(name, null, null, "secretRef", secretRef.shown());
        }
        if (value != null && value.value() != null) {
            String kept = Secrets.keepOrNull(name, value.value());
            // a parameter's default: kept with the parameter, which a parameters file may override
            String from = value.parameter() == null ? null : "parameter";
            return kept != null ? new EnvVar(name, kept, null, from, value.parameter())
                    : new EnvVar(name, null, true, from, value.parameter());
        }
        if (value != null && value.parameter() != null) {
            // a secret's name: whatever a parameters file gives the parameter is withheld too
            return new EnvVar(name, null, Secrets.isSecretName(name) ? true : null, "parameter", value.parameter());
        }
        return value == null ? null : new EnvVar(name, null, null, "expression", Secrets.scrubText(value.expression()));
    }

    static void limit(Map<String, String> limits, String key, InfraValue value) {
        if (value != null) {
            limits.put(key, value.shown());
        }
    }

    static Workload workload(Site site, Map<String, InfraValue> tags, List<String> unknownTags, InfraValue nameValue,
                             List<Draft> drafts) {
        return workload(site, tags, unknownTags, nameValue, drafts, Map.of());
    }

    /** @param extra annotations of the kind ({@code azure.kind}, {@code azure.runtime} of an App Service app) */
    static Workload workload(Site site, Map<String, InfraValue> tags, List<String> unknownTags, InfraValue nameValue,
                             List<Draft> drafts, Map<String, String> extra) {
        Map<String, String> labels = new TreeMap<>();
        tags.forEach((key, tag) -> labels.put(key, Secrets.isSecretName(key) ? Secrets.MARKER : Secrets.scrubText(tag.shown())));
        Map<String, String> annotations = new TreeMap<>();
        extra.forEach((key, value) -> annotations.put(key, Secrets.scrubText(value)));
        annotations.put("azure.type", site.type());
        if (!unknownTags.isEmpty()) {
            annotations.put("azure.tags", Secrets.scrubText(String.join(", ", unknownTags)));
        }
        String service = labels.get("azd-service-name");
        String name;
        if (nameValue != null && nameValue.value() != null) {
            name = nameValue.value();
        } else if (service != null && !service.startsWith("${")) {
            // the resource's own name is decided at deploy time; azd's service name is what the team calls it
            name = service;
            annotations.put("azure.name", nameValue == null ? "" : Secrets.scrubText(nameValue.shown()));
        } else {
            name = nameValue == null ? site.id().substring(site.id().lastIndexOf('/') + 1) : nameValue.shown();
        }
        String environment = Environments.fromLabels(labels);
        if (environment == null) {
            environment = labels.get("azd-env-name");
        }
        List<Container> containers = new ArrayList<>();
        for (Draft draft : drafts) {
            String containerName = draft.name() != null && draft.name().value() != null ? draft.name().value() : name;
            containers.add(new Container(containerName, false, image(draft.image()), null, null, draft.env(),
                    draft.envFrom().isEmpty() ? null : List.copyOf(draft.envFrom()), draft.limits(), Map.of(), 0, null));
        }
        Location location = Location.manifestObject(site.sourceId(), site.relativePath(), site.line(), null, site.kind(), name);
        return new Workload(site.id(), location, site.kind(), null, name, null, environment, labels, annotations, Map.of(),
                Map.of(), null, List.copyOf(containers), false, null, Map.of(), null);
    }

    /**
     * An image written as a literal is parsed. One given by a parameter is the parameter's, unresolved,
     * even when the parameter has a default: azd binds image parameters to the image it has just built
     * ({@code SERVICE_API_IMAGE_NAME}), and the defaults are placeholders ({@code nginx:latest}).
     */
    private static ImageRef image(InfraValue value) {
        if (value == null) {
            return null;
        }
        if (value.value() != null && value.parameter() == null) {
            return value.value().isEmpty() ? null : ImageReferences.parse(value.value());
        }
        String shown = value.parameter() != null ? "${" + value.parameter() + "}" : value.shown();
        return new ImageRef(Secrets.scrubText(shown), null, null, null, null, ImageRef.UNRESOLVED);
    }
}
