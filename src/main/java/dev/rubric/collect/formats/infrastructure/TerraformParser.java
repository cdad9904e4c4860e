package dev.rubric.collect.formats.infrastructure;

import dev.rubric.collect.formats.infrastructure.DeploymentDraft.Resolved;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ModelDeployment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Terraform model deployments: {@code azurerm_cognitive_deployment} (model block, sku or the older
 * scale block, {@code version_upgrade_option}), {@code aws_bedrock_provisioned_model_throughput}
 * (its {@code model_arn}), {@code aws_bedrockagent_agent} ({@code foundation_model}), and Bedrock or
 * Vertex AI model ids handed to an application as an environment variable (Lambda
 * {@code environment.variables}, Cloud Run / container {@code env {name, value}}). {@code var.x}
 * takes the variable's default; {@code each.value.x} and other expressions stay unresolved.
 */
public final class TerraformParser extends FormatParser {
    public TerraformParser() {
        super("infrastructure", Signature.of(Signature.weak("*.tf")));
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!Needles.contains(file, "azurerm_cognitive_deployment") && !Needles.contains(file, "bedrock")
                && !Needles.contains(file, "gemini")
                && !Needles.contains(file, "publishers/")) {
            return false;
        }
        String text = file.text();
        HclFile hcl;
        try {
            hcl = HclFile.read(text);
        } catch (InfraLexer.LexException e) {
            sink.error(e.line, e.column, "cannot read Terraform: " + e.getMessage());
            return false;
        } catch (ExprParser.SyntaxException e) {
            sink.error(e.line, e.column, "cannot read Terraform: " + e.getMessage());
            return false;
        }
        Map<String, Expr> defaults = new HashMap<>();
        for (HclFile.Block variable : hcl.all("variable")) {
            if (!variable.labels().isEmpty() && variable.attribute("default") != null) {
                defaults.put(variable.labels().get(0), variable.attribute("default"));
            }
        }
        List<DeploymentDraft> drafts = new ArrayList<>();
        for (HclFile.Block resource : hcl.all("resource")) {
            String type = resource.labels().isEmpty() ? "" : resource.labels().get(0);
            switch (type) {
                case "azurerm_cognitive_deployment" -> azure(resource, defaults, drafts);
                case "aws_bedrock_provisioned_model_throughput" ->
                        modelId(resource, resource.attribute("model_arn"), resource.attribute("provisioned_model_name"), defaults, drafts);
                case "aws_bedrockagent_agent" ->
                        modelId(resource, resource.attribute("foundation_model"), resource.attribute("agent_name"), defaults, drafts);
                default -> { }
            }
            environment(resource, defaults, drafts);
        }
        if (drafts.isEmpty()) {
            return false;
        }
        for (HclFile.Block resource : hcl.all("resource")) {
            settings(resource, hcl, drafts);
        }
        DeploymentDraft.emitAll(drafts, file.subjectId(), sink);
        sink.classify("infra", "terraform", "parsed");
        return true;
    }

    /**
     * App settings and env entries whose value is {@code azurerm_cognitive_deployment.<name>.name}
     * carry that deployment's name to the application.
     */
    private static void settings(HclFile.Block block, HclFile hcl, List<DeploymentDraft> drafts) {
        for (Map.Entry<String, Expr> attribute : block.attributes().entrySet()) {
            if (attribute.getValue() instanceof Expr.Obj object) {
                for (Map.Entry<String, Expr> entry : object.entries().entrySet()) {
                    carrier(entry.getKey(), entry.getValue(), drafts);
                }
            }
        }
        if (block.type().equals("env") && block.attribute("name") instanceof Expr.Literal name) {
            carrier(name.value(), block.attribute("value"), drafts);
        }
        block.blocks().forEach(nested -> settings(nested, hcl, drafts));
    }

    private static void carrier(String variable, Expr value, List<DeploymentDraft> drafts) {
        if (value instanceof Expr.Ref ref && ref.path().size() == 3 && ref.head().equals("azurerm_cognitive_deployment")
                && ref.path().get(2).equals("name") && BicepDeployments.isVariableName(variable)) {
            for (DeploymentDraft draft : drafts) {
                if (ref.path().get(1).equals(draft.symbol)) {
                    draft.envVars.add(variable);
                }
            }
        }
    }

    private static void azure(HclFile.Block resource, Map<String, Expr> defaults, List<DeploymentDraft> out) {
        HclFile.Block model = resource.block("model");
        if (model == null || model.attribute("name") == null) {
            return;
        }
        DeploymentDraft draft = new DeploymentDraft(ModelDeployment.AZURE, "terraform", resource.line());
        draft.symbol = resource.labels().size() > 1 ? resource.labels().get(1) : null;
        draft.set(DeploymentDraft.MODEL, resolve(model.attribute("name"), defaults));
        draft.set(DeploymentDraft.DEPLOYMENT, resolve(resource.attribute("name"), defaults));
        Resolved format = resolve(model.attribute("format"), defaults);
        draft.modelFormat = format == null ? null : format.value();
        draft.set(DeploymentDraft.VERSION, resolve(model.attribute("version"), defaults));
        draft.set(DeploymentDraft.UPGRADE, resolve(resource.attribute("version_upgrade_option"), defaults));
        HclFile.Block sku = resource.block("sku") != null ? resource.block("sku") : resource.block("scale");
        if (sku != null) {
            draft.set(DeploymentDraft.SKU, resolve(sku.attribute(sku.type().equals("scale") ? "type" : "name"), defaults));
            draft.set(DeploymentDraft.CAPACITY, resolve(sku.attribute("capacity"), defaults));
        }
        out.add(draft);
    }

    private static void modelId(HclFile.Block resource, Expr id, Expr name, Map<String, Expr> defaults,
                                List<DeploymentDraft> out) {
        Resolved value = resolve(id, defaults);
        DeploymentDraft draft = fromId(value, resource.line());
        if (draft != null) {
            draft.set(DeploymentDraft.DEPLOYMENT, resolve(name, defaults));
            out.add(draft);
        }
    }

    /** A Bedrock or Vertex id given to an application through an environment variable. */
    private static void environment(HclFile.Block block, Map<String, Expr> defaults, List<DeploymentDraft> out) {
        for (HclFile.Block nested : block.blocks()) {
            if (nested.type().equals("env") && nested.attribute("name") instanceof Expr.Literal name) {
                envValue(name.value(), nested.attribute("value"), nested.line(), defaults, out);
            }
            if (nested.type().equals("environment") && nested.attribute("variables") instanceof Expr.Obj variables) {
                for (Map.Entry<String, Expr> entry : variables.entries().entrySet()) {
                    envValue(entry.getKey(), entry.getValue(), variables.lines().get(entry.getKey()), defaults, out);
                }
            }
            environment(nested, defaults, out);
        }
    }

    private static void envValue(String variable, Expr value, int line, Map<String, Expr> defaults,
                                 List<DeploymentDraft> out) {
        DeploymentDraft draft = fromId(resolve(value, defaults), line);
        if (draft != null) {
            draft.envVars.add(variable);
            out.add(draft);
        }
    }

    private static DeploymentDraft fromId(Resolved value, int line) {
        if (value == null || value.value() == null) {
            return null;
        }
        ModelIds id = ModelIds.parse(value.value());
        if (id == null) {
            return null;
        }
        DeploymentDraft draft = new DeploymentDraft(id.platform(), "terraform", line);
        draft.model = id.model();
        draft.version = id.version();
        draft.inferenceProfile = id.profile();
        return draft;
    }

    /** A literal, a {@code var.x} with a default, or the expression unresolved. */
    static Resolved resolve(Expr expr, Map<String, Expr> defaults) {
        if (expr == null) {
            return null;
        }
        if (expr instanceof Expr.Template template && template.only() != null) {
            return resolve(template.only(), defaults);
        }
        if (expr instanceof Expr.Literal literal) {
            return Resolved.of(literal.value());
        }
        if (expr instanceof Expr.Ref ref && ref.path().size() == 2 && ref.head().equals("var")) {
            Expr fallback = defaults.get(ref.path().get(1));
            if (fallback instanceof Expr.Literal literal) {
                return new Resolved(literal.value(), null, false, null);
            }
        }
        return Resolved.unresolved(expr.text());
    }
}
