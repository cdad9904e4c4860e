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

/**
 * Where collectors and the readers they share put facts. Nothing can be read back: a collector
 * that needs what another one found observes it on the way in (a decorator), so no collector
 * depends on when, or on which thread, another one wrote. Implementations must accept calls from
 * several threads.
 */
public interface SubjectSink {
    void prompt(Prompt prompt);

    /** A model a parser records with its meaning: the embedding of a RAG config, a base model, a served model. */
    void model(ModelRef model);

    /**
     * A model named in passing (a variable, a config key, an env value), found by the scanners
     * that look at every file. Where a parser records the same model in the same file with more
     * meaning ({@link #model}), that record is kept and the mention dropped: one model named once
     * is one reference.
     */
    void modelMention(ModelRef model);

    void workload(Workload workload);

    /** An environment a cluster namespace belongs to. */
    void environment(Environment environment);

    /** A Kubernetes Service: a name callers use, and the pods it selects. */
    void service(Service service);

    void ragConfig(RagConfig config);

    void fineTune(FineTune fineTune);

    void servingConfig(ServingConfig config);

    /** A model deployment declared in infrastructure code. */
    void modelDeployment(ModelDeployment deployment);

    /** An agent definition or an MCP server it (or an MCP client) connects to. */
    void agent(Agent agent);

    void observability(ObservabilitySignal signal);

    void file(ArtifactFile file);

    void repository(Repository repository);

    /** A container image inspected in an archive, a registry or an engine. */
    void image(Image image);

    void error(CollectionError error);

    /** What version control says about one file of a source, joined to its {@code files} record. */
    void fileHistory(String sourceId, String path, FileHistory history);
}
