package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.DeploymentDraft.Resolved;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * azd AI templates' {@code infra/ai.yaml}: {@code deployments: [{name, model: {format, name,
 * version}, sku: {name, capacity}}]}, loaded by the Bicep with {@code loadYamlContent}.
 */
public final class AzdAiYamlParser extends FormatParser {
    public AzdAiYamlParser() {
        super("infrastructure", Signature.of(Signature.weak("ai.yaml", "ai.yml")));
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.text().contains("deployments")) {
            return false;
        }
        Optional<MapNode> root = file.yamlRoot();
        if (root.isEmpty() || root.get().list("deployments").isEmpty()) {
            return false;
        }
        List<DeploymentDraft> drafts = new ArrayList<>();
        for (Node item : root.get().list("deployments").get().items()) {
            if (item instanceof MapNode deployment && deployment.text("model", "name").isPresent()) {
                DeploymentDraft draft = new DeploymentDraft(ModelDeployment.AZURE, "azd-ai-yaml", deployment.mark().line());
                draft.set(DeploymentDraft.MODEL, Resolved.of(deployment.text("model", "name").get(),
                        deployment.at("model", "name").map(name -> name.mark().line()).orElse(0)));
                deployment.text("name").ifPresent(name -> draft.put(DeploymentDraft.DEPLOYMENT, name));
                draft.modelFormat = deployment.text("model", "format").orElse(null);
                deployment.text("model", "version").ifPresent(v -> draft.put(DeploymentDraft.VERSION, v));
                deployment.text("versionUpgradeOption").ifPresent(v -> draft.put(DeploymentDraft.UPGRADE, v));
                deployment.text("sku", "name").ifPresent(v -> draft.put(DeploymentDraft.SKU, v));
                deployment.text("sku", "capacity").ifPresent(v -> draft.put(DeploymentDraft.CAPACITY, v));
                drafts.add(draft);
            }
        }
        if (drafts.isEmpty()) {
            return false;
        }
        DeploymentDraft.emitAll(drafts, file.subjectId(), sink);
        sink.classify("infra", "azd-ai-yaml", "parsed");
        return true;
    }
}
