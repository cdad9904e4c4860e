package dev.rubric.collect.files;

import dev.rubric.collect.files.kubernetes.KubernetesManifestParser;
import dev.rubric.collect.files.prompts.DotpromptParser;
import dev.rubric.collect.files.prompts.PromptyParser;
import java.util.List;

/** Every artifact family the directory collector recognises, in the order they are consulted. */
public final class Parsers {
    private Parsers() {
    }

    public static List<ArtifactParser> all() {
        return List.of(new PromptyParser(), new DotpromptParser(), new KubernetesManifestParser());
    }
}
