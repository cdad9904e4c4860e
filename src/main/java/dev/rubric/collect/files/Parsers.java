package dev.rubric.collect.files;

import dev.rubric.collect.files.finetune.AxolotlParser;
import dev.rubric.collect.files.finetune.KubeflowTrainingParser;
import dev.rubric.collect.files.finetune.LlamaFactoryDatasetsParser;
import dev.rubric.collect.files.finetune.LlamaFactoryParser;
import dev.rubric.collect.files.finetune.MlflowModelParser;
import dev.rubric.collect.files.finetune.ModelCardParser;
import dev.rubric.collect.files.finetune.OpenAiJobCodeParser;
import dev.rubric.collect.files.finetune.OpenAiJobParser;
import dev.rubric.collect.files.finetune.PeftAdapterParser;
import dev.rubric.collect.files.finetune.TorchtuneParser;
import dev.rubric.collect.files.finetune.TrainerStateParser;
import dev.rubric.collect.files.kubernetes.KubernetesManifestParser;
import dev.rubric.collect.files.observability.DependencySignalsParser;
import dev.rubric.collect.files.observability.DotenvParser;
import dev.rubric.collect.files.observability.LoggingConfigParser;
import dev.rubric.collect.files.observability.OtelCollectorParser;
import dev.rubric.collect.files.observability.RetentionParser;
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
import dev.rubric.collect.files.rag.HaystackPipelineParser;
import dev.rubric.collect.files.rag.PgvectorDdlParser;
import dev.rubric.collect.files.rag.PineconeIndexParser;
import dev.rubric.collect.files.rag.PythonRagParser;
import dev.rubric.collect.files.rag.QdrantParser;
import dev.rubric.collect.files.rag.RagEnvParser;
import dev.rubric.collect.files.rag.SearchMappingParser;
import dev.rubric.collect.files.rag.SpringAiConfigParser;
import dev.rubric.collect.files.rag.WeaviateSchemaParser;
import dev.rubric.collect.files.serving.DockerfileServingParser;
import dev.rubric.collect.files.serving.KServeParser;
import dev.rubric.collect.files.serving.LiteLlmParser;
import dev.rubric.collect.files.serving.ModelfileParser;
import dev.rubric.collect.files.serving.ProductionStackParser;
import dev.rubric.collect.files.serving.ShellScriptParser;
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

    /** Parsers keep no state, so one list serves every file and every embedded value. */
    private static final List<ArtifactParser> ALL = List.of(new PromptyParser(), new DotpromptParser(), new KubernetesManifestParser(),
                new PgvectorDdlParser(), new QdrantParser(), new WeaviateSchemaParser(), new PineconeIndexParser(),
                new SearchMappingParser(), new HaystackPipelineParser(), new SpringAiConfigParser(), new RagEnvParser(),
                new PythonRagParser(),
                new AxolotlParser(), new LlamaFactoryParser(), new LlamaFactoryDatasetsParser(), new TorchtuneParser(),
                new PeftAdapterParser(), new TrainerStateParser(), new ModelCardParser(), new MlflowModelParser(),
                new OpenAiJobParser(), new OpenAiJobCodeParser(), new KubeflowTrainingParser(),
                new ShellScriptParser(), new DockerfileServingParser(), new KServeParser(), new LiteLlmParser(),
                new ProductionStackParser(), new ModelfileParser(),
                new OtelCollectorParser(), new DotenvParser(), new DependencySignalsParser(), new LoggingConfigParser(),
                new RetentionParser(),
                new DockerfileParser(), new DependencyParser(), new CiWorkflowParser(), new CodeownersParser(),
                new AiInventoryParser(),
                new PromptfooParser(), new SemanticKernelParser(), new LangChainParser(), new LangfuseParser(),
                new HaystackParser(), new PromptFlowParser(), new DifyParser(), new ModelfilePromptParser(),
                new TemplatePromptParser(), new InlinePromptParser(), new EnvFileModelsParser(), new LiteLlmModelsParser(),
                new SpringAiModelsParser());

    public static List<ArtifactParser> all() {
        return ALL;
    }
}
