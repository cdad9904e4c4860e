package dev.rubric.collect.scope;

import dev.rubric.collect.ForwardingSink;
import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.Agent;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.LocatedRecords;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.evidence.Prompt;
import dev.rubric.evidence.RagConfig;
import dev.rubric.evidence.Roles;
import dev.rubric.evidence.ServingConfig;
import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.Workload;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every fact found in a file the role of that file on its way into the evidence: each
 * {@code files} record states its role, and every subject located in a file that is not
 * production carries it in {@code location.role} (a Kubernetes object read from a manifest takes
 * the manifest's role). It is also the one place where locale files are kept from yielding models
 * and prompts: a translated UI string ("Modèle", "模型", a sentence about the system prompt) is
 * never one, whichever parser took it for one.
 */
public final class ScopeSink extends ForwardingSink {
    /** The framework a model card's fine-tune record names (formats/finetune cannot be imported here). */
    private static final String MODEL_CARD = "hf-model-card";
    private final ScopeRules rules;
    /** Paths of README-named files that turned out to be model cards: their base-model refs follow their fine-tune record. */
    private final Set<String> modelCards = ConcurrentHashMap.newKeySet();

    public ScopeSink(SubjectSink next, ScopeRules rules) {
        super(next);
        this.rules = rules;
    }

    @Override
    public void prompt(Prompt prompt) {
        if (!fromLocale(prompt.location())) {
            super.prompt(placed(prompt));
        }
    }

    @Override
    public void model(ModelRef model) {
        if (!fromLocale(model.location())) {
            super.model(placed(model, "base_model".equals(model.field()) && fromModelCard(model.location())));
        }
    }

    @Override
    public void modelMention(ModelRef model) {
        if (!fromLocale(model.location())) {
            super.modelMention(placed(model));
        }
    }

    @Override
    public void workload(Workload workload) {
        super.workload(placed(workload));
    }

    @Override
    public void ragConfig(RagConfig config) {
        super.ragConfig(placed(config));
    }

    @Override
    public void fineTune(FineTune fineTune) {
        boolean card = MODEL_CARD.equals(fineTune.framework()) && fineTune.location() != null;
        if (card) {
            modelCards.add(fineTune.location().path());
        }
        super.fineTune(placed(fineTune, card));
    }

    @Override
    public void servingConfig(ServingConfig config) {
        super.servingConfig(placed(config));
    }

    @Override
    public void modelDeployment(ModelDeployment deployment) {
        super.modelDeployment(placed(deployment));
    }

    @Override
    public void agent(Agent agent) {
        super.agent(placed(agent));
    }

    @Override
    public void observability(ObservabilitySignal signal) {
        super.observability(placed(signal));
    }

    @Override
    public void file(ArtifactFile file) {
        super.file(file.withRole(rules.role(file.path(), "model-card".equals(file.kind()))));
    }

    private boolean fromModelCard(Location location) {
        return location != null && location.path() != null && modelCards.contains(location.path());
    }

    /** By the conventions alone: --include can make a locale file judged, never make its UI strings models. */
    private static boolean fromLocale(Location location) {
        return location != null && location.path() != null && Roles.LOCALE.equals(RoleConventions.role(location.path()));
    }

    private <T extends Record> T placed(T subject) {
        return placed(subject, false);
    }

    private <T extends Record> T placed(T subject, boolean describesArtifact) {
        return LocatedRecords.withLocation(subject, location -> {
            String role = role(location, describesArtifact);
            return role == null ? location : location.withRole(role);
        });
    }

    /**
     * Null for a location that is not a file of the tree (a cluster object, the tree itself). What a
     * production template rendered with a values file of another role (values-example.yaml, a
     * values file under tests/) takes that file's role: the objects exist only with those values.
     */
    private String role(Location location, boolean describesArtifact) {
        if (location == null || location.path() == null || location.path().equals(".")) {
            return null;
        }
        String role = rules.role(location.path(), describesArtifact);
        return Roles.PRODUCTION.equals(role) && isValuesFile(location.variant()) ? rules.role(location.variant()) : role;
    }

    /** A Helm variant that is a values file of the tree, not "default" (the chart's own) or "kustomize". */
    private static boolean isValuesFile(String variant) {
        return variant != null && (variant.endsWith(".yaml") || variant.endsWith(".yml"));
    }
}
