package dev.rubric.collect.files;

import dev.rubric.collect.files.kubernetes.KubernetesManifestParser;
import dev.rubric.collect.files.observability.DependencySignalsParser;
import dev.rubric.collect.files.observability.DotenvParser;
import dev.rubric.collect.files.observability.LoggingConfigParser;
import dev.rubric.collect.files.observability.OtelCollectorParser;
import dev.rubric.collect.files.observability.RetentionParser;
import dev.rubric.collect.files.prompts.DotpromptParser;
import dev.rubric.collect.files.prompts.PromptyParser;
import dev.rubric.collect.files.serving.DockerfileServingParser;
import dev.rubric.collect.files.serving.KServeParser;
import dev.rubric.collect.files.serving.LiteLlmParser;
import dev.rubric.collect.files.serving.ModelfileParser;
import dev.rubric.collect.files.serving.ProductionStackParser;
import dev.rubric.collect.files.serving.ShellScriptParser;
import java.util.List;

/** Every artifact family the directory collector recognises, in the order they are consulted. */
public final class Parsers {
    private Parsers() {
    }

    public static List<ArtifactParser> all() {
        return List.of(new PromptyParser(), new DotpromptParser(), new KubernetesManifestParser(),
                new ShellScriptParser(), new DockerfileServingParser(), new KServeParser(), new LiteLlmParser(),
                new ProductionStackParser(), new ModelfileParser(),
                new OtelCollectorParser(), new DotenvParser(), new DependencySignalsParser(), new LoggingConfigParser(),
                new RetentionParser());
    }
}
