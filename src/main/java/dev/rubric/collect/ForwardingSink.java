package dev.rubric.collect;

import dev.rubric.evidence.Agent;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Environment;
import dev.rubric.evidence.Service;
import dev.rubric.evidence.FileHistory;
import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.Image;
import dev.rubric.evidence.ModelDeployment;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.evidence.Prompt;
import dev.rubric.evidence.RagConfig;
import dev.rubric.evidence.Repository;
import dev.rubric.evidence.ServingConfig;
import dev.rubric.evidence.Workload;

/** Passes everything on: the base of decorators that observe some facts on their way in. */
public abstract class ForwardingSink implements SubjectSink {
    private final SubjectSink next;

    protected ForwardingSink(SubjectSink next) {
        this.next = next;
    }

    @Override
    public void prompt(Prompt prompt) {
        next.prompt(prompt);
    }

    @Override
    public void model(ModelRef model) {
        next.model(model);
    }

    @Override
    public void modelMention(ModelRef model) {
        next.modelMention(model);
    }

    @Override
    public void workload(Workload workload) {
        next.workload(workload);
    }

    @Override
    public void environment(Environment environment) {
        next.environment(environment);
    }

    @Override
    public void service(Service service) {
        next.service(service);
    }

    @Override
    public void ragConfig(RagConfig config) {
        next.ragConfig(config);
    }

    @Override
    public void fineTune(FineTune fineTune) {
        next.fineTune(fineTune);
    }

    @Override
    public void servingConfig(ServingConfig config) {
        next.servingConfig(config);
    }

    @Override
    public void modelDeployment(ModelDeployment deployment) {
        next.modelDeployment(deployment);
    }

    @Override
    public void agent(Agent agent) {
        next.agent(agent);
    }

    @Override
    public void observability(ObservabilitySignal signal) {
        next.observability(signal);
    }

    @Override
    public void file(ArtifactFile file) {
        next.file(file);
    }

    @Override
    public void repository(Repository repository) {
        next.repository(repository);
    }

    @Override
    public void error(CollectionError error) {
        next.error(error);
    }

    @Override
    public void fileHistory(String sourceId, String path, FileHistory history) {
        next.fileHistory(sourceId, path, history);
    }

    @Override
    public void image(Image image) {
        next.image(image);
    }
}
