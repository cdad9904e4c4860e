package dev.rubric.collect;

import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.FileHistory;
import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.ModelRef;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.evidence.Prompt;
import dev.rubric.evidence.RagConfig;
import dev.rubric.evidence.Repository;
import dev.rubric.evidence.ServingConfig;
import dev.rubric.evidence.Workload;

/**
 * The sink that ends in the evidence. It lives here, not in evidence/, so that the evidence
 * records know nothing of the collectors that produce them.
 */
public final class EvidenceSink implements SubjectSink {
    private final EvidenceBuilder evidence;

    public EvidenceSink(EvidenceBuilder evidence) {
        this.evidence = evidence;
    }

    @Override
    public void prompt(Prompt prompt) {
        evidence.prompt(prompt);
    }

    @Override
    public void model(ModelRef model) {
        evidence.model(model);
    }

    @Override
    public void modelMention(ModelRef model) {
        evidence.modelMention(model);
    }

    @Override
    public void workload(Workload workload) {
        evidence.workload(workload);
    }

    @Override
    public void ragConfig(RagConfig config) {
        evidence.ragConfig(config);
    }

    @Override
    public void fineTune(FineTune fineTune) {
        evidence.fineTune(fineTune);
    }

    @Override
    public void servingConfig(ServingConfig config) {
        evidence.servingConfig(config);
    }

    @Override
    public void observability(ObservabilitySignal signal) {
        evidence.observability(signal);
    }

    @Override
    public void file(ArtifactFile file) {
        evidence.file(file);
    }

    @Override
    public void repository(Repository repository) {
        evidence.repository(repository);
    }

    @Override
    public void error(CollectionError error) {
        evidence.error(error);
    }

    @Override
    public void fileHistory(String sourceId, String path, FileHistory history) {
        evidence.fileHistory(sourceId, path, history);
    }
}
