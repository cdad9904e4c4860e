package dev.rubric.collect.files;

import dev.rubric.collect.files.kubernetes.KubernetesManifestParser;
import dev.rubric.collect.files.models.EnvFileModelsParser;
import dev.rubric.collect.files.models.LiteLlmModelsParser;
import dev.rubric.collect.files.models.SpringAiModelsParser;
import dev.rubric.collect.files.prompts.DifyParser;
import dev.rubric.collect.files.prompts.DotpromptParser;
import dev.rubric.collect.files.prompts.HaystackParser;
import dev.rubric.collect.files.prompts.InlinePromptParser;
import dev.rubric.collect.files.prompts.LangChainParser;
import dev.rubric.collect.files.prompts.LangfuseParser;
import dev.rubric.collect.files.prompts.ModelfilePromptParser;
import dev.rubric.collect.files.prompts.PromptFlowParser;
import dev.rubric.collect.files.prompts.PromptfooParser;
import dev.rubric.collect.files.prompts.SemanticKernelParser;
import dev.rubric.collect.files.prompts.TemplatePromptParser;
import dev.rubric.collect.files.prompts.PromptyParser;
import java.util.List;

/** Every artifact family the directory collector recognises, in the order they are consulted. */
public final class Parsers {
    private Parsers() {
    }

    public static List<ArtifactParser> all() {
        return List.of(new PromptyParser(), new DotpromptParser(), new KubernetesManifestParser(),
                new PromptfooParser(), new SemanticKernelParser(), new LangChainParser(), new LangfuseParser(),
                new HaystackParser(), new PromptFlowParser(), new DifyParser(), new ModelfilePromptParser(),
                new TemplatePromptParser(), new InlinePromptParser(), new EnvFileModelsParser(), new LiteLlmModelsParser(),
                new SpringAiModelsParser());
    }
}
