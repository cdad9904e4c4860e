package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.DeploymentDraft.Resolved;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ARM JSON templates with {@code Microsoft.CognitiveServices/accounts/deployments} resources (top
 * level, or nested under the account as {@code deployments}) or container apps ({@link ArmContainerApps}). Values written as
 * {@code [parameters('p')]} keep the parameter's name so a parameters file can supply them;
 * other template expressions are kept unresolved. Outputs that return the deployment-name
 * parameter name the environment variables azd makes of them.
 */
public final class ArmTemplateParser extends FormatParser {
    public ArmTemplateParser() {
        super("infrastructure", Signature.of(Signature.weak("*.json")));
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "deploymentTemplate")
                || !Needles.contains(file, "Microsoft.CognitiveServices") && !Needles.contains(file, "Microsoft.App/containerApps")) {
            return false;
        }
        Optional<MapNode> root = file.yamlRoot();
        if (root.isEmpty() || !root.get().text("$schema").orElse("").contains("deploymentTemplate")) {
            return false;
        }
        List<DeploymentDraft> drafts = new ArrayList<>();
        root.get().list("resources").ifPresent(list -> resources(list, "", root.get(), drafts));
        boolean compiled = compiledFromBicep(file, root.get());
        // like its deployments, a compiled template's container apps are the Bicep source's
        List<Workload> workloads = compiled ? List.of()
                : ArmContainerApps.read(root.get(), file.subjectId(), file.sourceId(), file.relativePath());
        if (drafts.isEmpty() && workloads.isEmpty()) {
            return false;
        }
        for (DeploymentDraft draft : drafts) {
            String parameter = draft.parameters.get(DeploymentDraft.DEPLOYMENT);
            root.get().map("outputs").ifPresent(outputs -> {
                for (Map.Entry<String, Node> output : outputs.entries().entrySet()) {
                    if (parameter != null && output.getValue() instanceof MapNode value
                            && value.text("value").orElse("").replace(" ", "").contains("parameters('" + parameter + "')")) {
                        draft.envVars.add(output.getKey());
                    }
                }
            });
        }
        DeploymentDraft.emitAll(drafts, file.subjectId(), sink, !compiled);
        workloads.forEach(sink::workload);
        sink.classify("infra", "arm-template", "parsed");
        return true;
    }

    /**
     * {@code bicep build} output committed beside its source ({@code main.json} from
     * {@code main.bicep}, for a "Deploy to Azure" button): the Bicep is where a developer writes and
     * changes the model, and it names the same models, so they are referenced there only.
     */
    private static boolean compiledFromBicep(ParsedFile file, MapNode root) {
        if (!root.text("metadata", "_generator", "name").filter("bicep"::equals).isPresent() || file.tree().isEmpty()) {
            return false;
        }
        String path = file.relativePath();
        String source = path.substring(0, path.length() - ".json".length()) + ".bicep";
        try {
            return file.tree().get().file(source) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static void resources(ListNode list, String parentType, MapNode template, List<DeploymentDraft> out) {
        for (Node item : list.items()) {
            if (!(item instanceof MapNode resource)) {
                continue;
            }
            String type = resource.text("type").orElse("");
            String full = parentType.isEmpty() || type.contains(".") ? type : parentType + "/" + type;
            if (full.toLowerCase(Locale.ROOT).equals(BicepDeployments.DEPLOYMENTS_TYPE)) {
                DeploymentDraft draft = deployment(resource, template);
                if (draft != null) {
                    out.add(draft);
                }
            }
            resource.list("resources").ifPresent(nested -> resources(nested, full, template, out));
        }
    }

    private static DeploymentDraft deployment(MapNode resource, MapNode template) {
        Optional<String> modelName = resource.text("properties", "model", "name");
        if (modelName.isEmpty()) {
            return null;
        }
        DeploymentDraft draft = new DeploymentDraft(ModelDeployment.AZURE, "arm-template", resource.mark().line());
        draft.set(DeploymentDraft.MODEL, value(modelName.get(), template));
        resource.text("name").ifPresent(name -> draft.set(DeploymentDraft.DEPLOYMENT, deploymentName(name, template)));
        draft.modelFormat = resource.text("properties", "model", "format").orElse(null);
        resource.text("properties", "model", "version").ifPresent(v -> draft.set(DeploymentDraft.VERSION, value(v, template)));
        resource.text("properties", "versionUpgradeOption").ifPresent(v -> draft.set(DeploymentDraft.UPGRADE, value(v, template)));
        resource.text("sku", "name").ifPresent(v -> draft.set(DeploymentDraft.SKU, value(v, template)));
        resource.text("sku", "capacity").ifPresent(v -> draft.set(DeploymentDraft.CAPACITY, value(v, template)));
        return draft;
    }

    /** A template value: a literal, {@code [parameters('p')]}, {@code [variables('v')]}, or unresolved. */
    static Resolved value(String text, MapNode template) {
        if (!text.startsWith("[") || text.startsWith("[[") || !text.endsWith("]")) {
            return Resolved.of(text);
        }
        String expression = text.substring(1, text.length() - 1).strip();
        String parameter = argumentOf(expression, "parameters");
        if (parameter != null) {
            Optional<String> fallback = template.text("parameters", parameter, "defaultValue");
            return new Resolved(fallback.filter(d -> !d.startsWith("[")).orElse(null), parameter, false, null);
        }
        String variable = argumentOf(expression, "variables");
        if (variable != null) {
            Optional<String> assigned = template.text("variables", variable);
            if (assigned.isPresent() && !assigned.get().startsWith("[")) {
                return Resolved.of(assigned.get());
            }
        }
        return Resolved.unresolved(text);
    }

    /** {@code 'x'} of {@code function('x')} when that is the whole expression. */
    private static String argumentOf(String expression, String function) {
        String prefix = function + "('";
        if (expression.startsWith(prefix) && expression.endsWith("')")) {
            String argument = expression.substring(prefix.length(), expression.length() - 2);
            return argument.indexOf('\'') < 0 ? argument : null;
        }
        return null;
    }

    /**
     * A deployment's name is written {@code account/deployment}: the last segment, whether literal
     * or the last argument of {@code concat(…, '/', parameters('d'))} / {@code format('{0}/x', …)}.
     */
    private static Resolved deploymentName(String name, MapNode template) {
        if (!name.startsWith("[")) {
            return Resolved.of(name.substring(name.lastIndexOf('/') + 1));
        }
        String compact = name.replace(" ", "");
        int parameters = compact.lastIndexOf("parameters('");
        if (compact.endsWith("'))]") && parameters > 0 && compact.charAt(parameters - 1) == ',') {
            return value("[" + compact.substring(parameters, compact.length() - 2) + "]", template);
        }
        int slash = compact.lastIndexOf("/");
        if (compact.endsWith("')]") && slash > 0 && compact.indexOf('\'', slash) == compact.length() - 3) {
            return Resolved.of(compact.substring(slash + 1, compact.length() - 3));
        }
        return Resolved.unresolved(name);
    }
}
