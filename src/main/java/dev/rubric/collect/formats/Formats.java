package dev.rubric.collect.formats;

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
import dev.rubric.collect.formats.prompts.DifyParser;
import dev.rubric.collect.formats.prompts.DotpromptParser;
import dev.rubric.collect.formats.prompts.InlinePromptParser;
import dev.rubric.collect.formats.prompts.LangChainParser;
import dev.rubric.collect.formats.prompts.LangfuseParser;
import dev.rubric.collect.formats.prompts.PromptFlowParser;
import dev.rubric.collect.formats.prompts.PromptfooParser;
import dev.rubric.collect.formats.prompts.PromptyParser;
import dev.rubric.collect.formats.prompts.SemanticKernelParser;
import dev.rubric.collect.formats.prompts.TemplatePromptParser;
import dev.rubric.collect.formats.rag.ComposeRagParser;
import dev.rubric.collect.formats.rag.HaystackPipelineParser;
import dev.rubric.collect.formats.rag.PgvectorDdlParser;
import dev.rubric.collect.formats.rag.PineconeIndexParser;
import dev.rubric.collect.formats.rag.PythonRagParser;
import dev.rubric.collect.formats.rag.QdrantParser;
import dev.rubric.collect.formats.rag.SearchMappingParser;
import dev.rubric.collect.formats.rag.SpringAiConfigParser;
import dev.rubric.collect.formats.rag.WeaviateSchemaParser;
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
import dev.rubric.collect.tree.FormatParser;
import java.util.List;

/**
 * Every input format the tree collector reads, one parser each, in the order they are consulted.
 * The order matters in one way only: when several parsers confirm the same file, the first to
 * classify it names its kind, and the first with the strongest hint names the family of a file
 * nobody confirmed. Entries are grouped by the family of evidence they mostly feed; the comments
 * say which entry must come before which. FormatsOrderTest fails when two parsers that both
 * confirm a fixture are swapped.
 */
public final class Formats {
    private Formats() {
    }

    /** Parsers keep no state, so one list serves every file and every embedded value. */
    private static final List<FormatParser> ALL = List.of(
            // prompts with a file type of their own: no other parser takes .prompty or .prompt names
            new PromptyParser(), new DotpromptParser(),
            // before every YAML/JSON format: a manifest with apiVersion and kind is a Kubernetes
            // object even when it is a KServe, Kubeflow or Qdrant custom resource, whose own
            // readers look at its spec as well
            new KubernetesManifestParser(),

            // rag: the store schemas before the fine-tune and serving configs, which some of them resemble
            new PgvectorDdlParser(), new QdrantParser(), new WeaviateSchemaParser(), new PineconeIndexParser(),
            new SearchMappingParser(),
            // before the prompt formats: a pipeline with a store is a RAG record first, its prompts second
            new HaystackPipelineParser(),
            new SpringAiConfigParser(),
            // before the serving and CI YAML: a compose file with RAG variables is classified as RAG config
            new ComposeRagParser(),
            new PythonRagParser(),

            // fine-tuning
            new AxolotlParser(), new LlamaFactoryParser(), new LlamaFactoryDatasetsParser(), new TorchtuneParser(),
            new PeftAdapterParser(), new TrainerStateParser(), new ModelCardParser(), new MlflowModelParser(),
            new OpenAiJobParser(), new OpenAiJobCodeParser(), new KubeflowTrainingParser(),

            // serving
            new ShellScriptParser(), new KServeParser(), new LiteLlmParser(), new ProductionStackParser(),
            new ModelfileParser(),

            // observability
            new OtelCollectorParser(),
            // before the Dockerfile parser: Dockerfile.env is an env file, not a build file
            new DotenvParser(),
            new DependencySignalsParser(), new LoggingConfigParser(), new RetentionParser(),

            // supply chain
            new DockerfileParser(), new DependencyParser(), new CiWorkflowParser(), new CodeownersParser(),
            new AiInventoryParser(),

            // prompts: after every config format, since a config may hold a prompt template
            new PromptfooParser(), new SemanticKernelParser(), new LangChainParser(), new LangfuseParser(),
            new PromptFlowParser(), new DifyParser(),
            // the two catch-alls last: any text file in a prompts folder, any source file
            new TemplatePromptParser(), new InlinePromptParser());

    public static List<FormatParser> all() {
        return ALL;
    }
}
