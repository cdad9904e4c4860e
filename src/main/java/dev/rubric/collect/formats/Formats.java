package dev.rubric.collect.formats;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.formats.finetune.AxolotlParser;
import dev.rubric.collect.formats.finetune.KubeflowTrainingParser;
import dev.rubric.collect.formats.finetune.LlamaFactoryDatasetsParser;
import dev.rubric.collect.formats.finetune.LlamaFactoryParser;
import dev.rubric.collect.formats.finetune.MlflowModelParser;
import dev.rubric.collect.formats.finetune.ModelCardParser;
import dev.rubric.collect.formats.finetune.OpenAiJobCodeParser;
import dev.rubric.collect.formats.finetune.OpenAiJobParser;
import dev.rubric.collect.formats.finetune.PeftAdapterParser;
import dev.rubric.collect.formats.finetune.TorchtuneParser;
import dev.rubric.collect.formats.finetune.TrainerStateParser;
import dev.rubric.collect.formats.kubernetes.KubernetesManifestParser;
import dev.rubric.collect.formats.observability.DependencySignalsParser;
import dev.rubric.collect.formats.observability.DotenvParser;
import dev.rubric.collect.formats.observability.LoggingConfigParser;
import dev.rubric.collect.formats.observability.OtelCollectorParser;
import dev.rubric.collect.formats.observability.RetentionParser;
import dev.rubric.collect.formats.models.EnvFileModelsParser;
import dev.rubric.collect.formats.models.LiteLlmModelsParser;
import dev.rubric.collect.formats.models.SpringAiModelsParser;
import dev.rubric.collect.formats.prompts.DifyParser;
import dev.rubric.collect.formats.prompts.DotpromptParser;
import dev.rubric.collect.formats.prompts.HaystackParser;
import dev.rubric.collect.formats.prompts.InlinePromptParser;
import dev.rubric.collect.formats.prompts.LangChainParser;
import dev.rubric.collect.formats.prompts.LangfuseParser;
import dev.rubric.collect.formats.prompts.ModelfilePromptParser;
import dev.rubric.collect.formats.prompts.PromptFlowParser;
import dev.rubric.collect.formats.prompts.PromptfooParser;
import dev.rubric.collect.formats.prompts.SemanticKernelParser;
import dev.rubric.collect.formats.prompts.TemplatePromptParser;
import dev.rubric.collect.formats.prompts.PromptyParser;
import dev.rubric.collect.formats.rag.HaystackPipelineParser;
import dev.rubric.collect.formats.rag.PgvectorDdlParser;
import dev.rubric.collect.formats.rag.PineconeIndexParser;
import dev.rubric.collect.formats.rag.PythonRagParser;
import dev.rubric.collect.formats.rag.QdrantParser;
import dev.rubric.collect.formats.rag.RagEnvParser;
import dev.rubric.collect.formats.rag.SearchMappingParser;
import dev.rubric.collect.formats.rag.SpringAiConfigParser;
import dev.rubric.collect.formats.rag.WeaviateSchemaParser;
import dev.rubric.collect.formats.serving.DockerfileServingParser;
import dev.rubric.collect.formats.serving.KServeParser;
import dev.rubric.collect.formats.serving.LiteLlmParser;
import dev.rubric.collect.formats.serving.ModelfileParser;
import dev.rubric.collect.formats.serving.ProductionStackParser;
import dev.rubric.collect.formats.serving.ShellScriptParser;
import dev.rubric.collect.formats.supplychain.AiInventoryParser;
import dev.rubric.collect.formats.supplychain.CiWorkflowParser;
import dev.rubric.collect.formats.supplychain.CodeownersParser;
import dev.rubric.collect.formats.supplychain.DependencyParser;
import dev.rubric.collect.formats.supplychain.DockerfileParser;
import java.util.List;

/** Every artifact family the directory collector recognises, in the order they are consulted. */
public final class Formats {
    private Formats() {
    }

    /** Formats keep no state, so one list serves every file and every embedded value. */
    private static final List<FormatParser> ALL = List.of(new PromptyParser(), new DotpromptParser(), new KubernetesManifestParser(),
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

    public static List<FormatParser> all() {
        return ALL;
    }
}
