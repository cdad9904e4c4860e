package dev.rubric.collect.files;

import dev.rubric.collect.files.kubernetes.KubernetesManifestParser;
import dev.rubric.collect.files.prompts.DotpromptParser;
import dev.rubric.collect.files.prompts.PromptyParser;
import dev.rubric.collect.files.supplychain.AiInventoryParser;
import dev.rubric.collect.files.supplychain.CiWorkflowParser;
import dev.rubric.collect.files.supplychain.CodeownersParser;
import dev.rubric.collect.files.supplychain.DependencyParser;
import dev.rubric.collect.files.supplychain.DockerfileParser;
import java.util.List;

/** Every artifact family the directory collector recognises, in the order they are consulted. */
public final class Parsers {
    private Parsers() {
    }

    public static List<ArtifactParser> all() {
        return List.of(new PromptyParser(), new DotpromptParser(), new KubernetesManifestParser(),
                new DockerfileParser(), new DependencyParser(), new CiWorkflowParser(), new CodeownersParser(),
                new AiInventoryParser());
    }
}
