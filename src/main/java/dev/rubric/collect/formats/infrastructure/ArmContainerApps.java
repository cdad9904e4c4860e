package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.DeploymentDraft.Resolved;
import dev.rubric.evidence.EnvVar;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code Microsoft.App/containerApps} resources of an ARM JSON template as {@link AzureWorkloads}
 * workloads. Values written {@code [parameters('p')]} keep the parameter (and its default); other
 * template expressions are kept as written.
 */
final class ArmContainerApps {
    private ArmContainerApps() {
    }

    static List<Workload> read(MapNode template, String subjectId, String sourceId, String relativePath) {
        List<Workload> out = new ArrayList<>();
        template.list("resources").ifPresent(resources -> {
            for (Node item : resources.items()) {
                if (item instanceof MapNode resource
                        && resource.text("type").orElse("").toLowerCase(Locale.ROOT).equals(AzureWorkloads.CONTAINER_APP_TYPE)) {
                    out.add(workload(resource, template, subjectId, sourceId, relativePath));
                }
            }
        });
        return out;
    }

    private static Workload workload(MapNode resource, MapNode template, String subjectId, String sourceId, String path) {
        InfraValue name = value(resource.text("name").orElse(null), template);
        Map<String, InfraValue> tags = new TreeMap<>();
        List<String> unknownTags = new ArrayList<>();
        Node tagNode = resource.get("tags");
        if (tagNode instanceof MapNode map) {
            map.entries().forEach((key, tag) -> tags.put(key, value(map.text(key).orElse(""), template)));
        } else if (tagNode != null) {
            resource.text("tags").ifPresent(unknownTags::add);
        }
        List<AzureWorkloads.Draft> drafts = new ArrayList<>();
        for (Node node : resource.list("properties", "template", "containers").map(ListNode::items).orElse(List.of())) {
            if (node instanceof MapNode container) {
                drafts.add(container(container, template));
            }
        }
        // a symbol is unique in a Bicep file; in ARM the resource's name is what tells two apps apart
        String symbol = name.value() != null ? name.value() : resource.mark().line() + "";
        AzureWorkloads.Site site = new AzureWorkloads.Site(subjectId + "#" + AzureWorkloads.CONTAINER_APP + "/" + symbol, sourceId,
                path, resource.mark().line(), resource.text("type").orElse(""), AzureWorkloads.CONTAINER_APP);
        return AzureWorkloads.workload(site, tags, unknownTags, name, drafts);
    }

    private static AzureWorkloads.Draft container(MapNode container, MapNode template) {
        Map<String, String> limits = new TreeMap<>();
        AzureWorkloads.limit(limits, "cpu", value(container.text("resources", "cpu").orElse(null), template));
        AzureWorkloads.limit(limits, "memory", value(container.text("resources", "memory").orElse(null), template));
        List<EnvVar> env = new ArrayList<>();
        List<String> envFrom = new ArrayList<>();
        Node envNode = container.get("env");
        if (envNode instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof MapNode entry && entry.text("name").isPresent()) {
                    EnvVar variable = AzureWorkloads.envVar(entry.text("name").get(),
                            value(entry.text("value").orElse(null), template), value(entry.text("secretRef").orElse(null), template));
                    if (variable != null) {
                        env.add(variable);
                    }
                }
            }
        } else if (envNode != null) {
            container.text("env").ifPresent(expression -> envFrom.add("arm:" + expression));
        }
        return new AzureWorkloads.Draft(value(container.text("name").orElse(null), template),
                value(container.text("image").orElse(null), template), env, envFrom, limits);
    }

    private static InfraValue value(String text, MapNode template) {
        if (text == null) {
            return null;
        }
        Resolved resolved = ArmTemplateParser.value(text, template);
        return new InfraValue(resolved.value(), resolved.parameter(), resolved.expression());
    }
}
