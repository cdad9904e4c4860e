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

/**
 * Gives every fact found in a file the role of that file on its way into the evidence: each
 * {@code files} record states its role, and every subject located in a file that is not
 * production carries it in {@code location.role} (a Kubernetes object read from a manifest takes
 * the manifest's role). It is also the one place where locale files are kept from yielding models
 * and prompts: a translated UI string ("Modèle", "模型", a sentence about the system prompt) is
 * never one, whichever parser took it for one.
 */
public final class ScopeSink extends ForwardingSink {
    private final ScopeRules rules;

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
            super.model(placed(model));
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
        super.fineTune(placed(fineTune));
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
        super.file(file.withRole(rules.role(file.path())));
    }

    /** By the conventions alone: --include can make a locale file judged, never make its UI strings models. */
    private static boolean fromLocale(Location location) {
        return location != null && location.path() != null && Roles.LOCALE.equals(RoleConventions.role(location.path()));
    }

    private <T extends Record> T placed(T subject) {
        return LocatedRecords.withLocation(subject, location -> {
            String role = role(location);
            return role == null ? location : location.withRole(role);
        });
    }

    /** Null for a location that is not a file of the tree (a cluster object, the tree itself). */
    private String role(Location location) {
        if (location == null || location.path() == null || location.path().equals(".")) {
            return null;
        }
        return rules.role(location.path());
    }
}
