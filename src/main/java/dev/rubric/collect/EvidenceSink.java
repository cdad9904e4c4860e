package dev.rubric.collect;

import dev.rubric.collect.secrets.RecordRedactor;
import dev.rubric.evidence.Agent;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Environment;
import dev.rubric.evidence.Service;
import dev.rubric.evidence.EvidenceBuilder;
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
import dev.rubric.evidence.Source;
import dev.rubric.evidence.Workload;

/**
 * The sink that ends in the evidence. It lives here, not in evidence/, so that the evidence
 * records know nothing of the collectors that produce them. Every fact passes through it, so it
 * is where secrets are redacted for good: whatever a carrier let through (a parser error quoting
 * the input, a field nobody thought could hold a password), no string reaches the evidence
 * without going through the redactor. Carriers still redact what they understand better (an env
 * value under a secret name becomes the marker as a whole); redacting again changes nothing.
 */
public final class EvidenceSink implements SubjectSink {
    private final EvidenceBuilder evidence;

    public EvidenceSink(EvidenceBuilder evidence) {
        this.evidence = evidence;
    }

    @Override
    public void prompt(Prompt prompt) {
        evidence.prompt(RecordRedactor.redact(prompt));
    }

    @Override
    public void model(ModelRef model) {
        evidence.model(RecordRedactor.redact(model));
    }

    @Override
    public void modelMention(ModelRef model) {
        evidence.modelMention(RecordRedactor.redact(model));
    }

    @Override
    public void workload(Workload workload) {
        evidence.workload(RecordRedactor.redact(workload));
    }

    @Override
    public void environment(Environment environment) {
        evidence.environment(RecordRedactor.redact(environment));
    }

    @Override
    public void service(Service service) {
        evidence.service(RecordRedactor.redact(service));
    }

    @Override
    public void ragConfig(RagConfig config) {
        evidence.ragConfig(RecordRedactor.redact(config));
    }

    @Override
    public void fineTune(FineTune fineTune) {
        evidence.fineTune(RecordRedactor.redact(fineTune));
    }

    @Override
    public void servingConfig(ServingConfig config) {
        evidence.servingConfig(RecordRedactor.redact(config));
    }

    @Override
    public void modelDeployment(ModelDeployment deployment) {
        evidence.modelDeployment(RecordRedactor.redact(deployment));
    }

    @Override
    public void agent(Agent agent) {
        evidence.agent(RecordRedactor.redact(agent));
    }

    @Override
    public void observability(ObservabilitySignal signal) {
        evidence.observability(RecordRedactor.redact(signal));
    }

    @Override
    public void file(ArtifactFile file) {
        evidence.file(RecordRedactor.redact(file));
    }

    @Override
    public void repository(Repository repository) {
        evidence.repository(RecordRedactor.redact(repository));
    }

    @Override
    public void image(Image image) {
        evidence.image(RecordRedactor.redact(image));
    }

    @Override
    public void error(CollectionError error) {
        evidence.error(new CollectionError(error.source(), error.location(), Secrets.scrubMessage(error.message())));
    }

    @Override
    public void fileHistory(String sourceId, String path, FileHistory history) {
        evidence.fileHistory(sourceId, path, RecordRedactor.redact(history));
    }

    /** A collected source: its error may quote the target as the user wrote it, credentials and all. */
    public void source(Source source) {
        evidence.source(RecordRedactor.redact(source));
    }
}
