package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudFormation (and SAM) templates using Bedrock: {@code AWS::Bedrock::ProvisionedModelThroughput}
 * ({@code ModelId}, a model ARN), {@code AWS::Bedrock::Agent} ({@code FoundationModel}), and Bedrock
 * or Vertex AI ids given to a function as an environment variable
 * ({@code Properties.Environment.Variables}). Only literal values count: {@code !Ref} and
 * {@code !Sub} are decided at deploy time.
 */
public final class CloudFormationParser extends FormatParser {
    public CloudFormationParser() {
        super("infrastructure", Signature.of(Signature.weak("*.{yaml,yml,json,template}")));
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "AWS::") || !Needles.contains(file, "Resources")) {
            return false;
        }
        Optional<MapNode> root = file.yamlRoot();
        if (root.isEmpty() || root.get().map("Resources").isEmpty()) {
            return false;
        }
        List<DeploymentDraft> drafts = new ArrayList<>();
        for (Map.Entry<String, Node> entry : root.get().map("Resources").get().entries().entrySet()) {
            if (!(entry.getValue() instanceof MapNode resource)) {
                continue;
            }
            String type = resource.text("Type").orElse("");
            int line = resource.mark().line();
            switch (type) {
                case "AWS::Bedrock::ProvisionedModelThroughput" -> add(drafts, resource.text("Properties", "ModelId"),
                        resource.text("Properties", "ProvisionedModelName").orElse(entry.getKey()), null, line);
                case "AWS::Bedrock::Agent" -> add(drafts, resource.text("Properties", "FoundationModel"),
                        resource.text("Properties", "AgentName").orElse(entry.getKey()), null, line);
                default -> { }
            }
            resource.map("Properties", "Environment", "Variables").ifPresent(variables -> {
                for (Map.Entry<String, Node> variable : variables.entries().entrySet()) {
                    if (variable.getValue() instanceof ScalarNode scalar && scalar.value() instanceof String value) {
                        add(drafts, Optional.of(value), null, variable.getKey(), scalar.mark().line());
                    }
                }
            });
        }
        if (drafts.isEmpty()) {
            return false;
        }
        DeploymentDraft.emitAll(drafts, file.subjectId(), sink);
        sink.classify("infra", "cloudformation", "parsed");
        return true;
    }

    private static void add(List<DeploymentDraft> drafts, Optional<String> id, String name, String variable, int line) {
        ModelIds parsed = id.map(ModelIds::parse).orElse(null);
        if (parsed == null) {
            return;
        }
        DeploymentDraft draft = new DeploymentDraft(parsed.platform(), "cloudformation", line);
        draft.model = parsed.model();
        draft.version = parsed.version();
        draft.inferenceProfile = parsed.profile();
        draft.deployment = name;
        if (variable != null) {
            draft.envVars.add(variable);
        }
        drafts.add(draft);
    }
}
