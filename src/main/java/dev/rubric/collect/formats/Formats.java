package dev.rubric.collect.formats;

import dev.rubric.collect.formats.agents.AgentCodeParser;
import dev.rubric.collect.formats.agents.CrewAgentsYamlParser;
import dev.rubric.collect.formats.agents.McpConfigParser;
import dev.rubric.collect.formats.compose.ComposeParser;
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
import dev.rubric.collect.formats.infrastructure.ArmParametersParser;
import dev.rubric.collect.formats.infrastructure.ArmTemplateParser;
import dev.rubric.collect.formats.infrastructure.AzdAiYamlParser;
import dev.rubric.collect.formats.infrastructure.BicepParser;
import dev.rubric.collect.formats.infrastructure.CloudFormationParser;
import dev.rubric.collect.formats.infrastructure.TerraformParser;
import dev.rubric.collect.formats.kubernetes.HelmChartParser;
import dev.rubric.collect.formats.kubernetes.KubernetesManifestParser;
import dev.rubric.collect.formats.kubernetes.KustomizeParser;
import dev.rubric.collect.formats.observability.DependencySignalsParser;
import dev.rubric.collect.formats.observability.DotenvParser;
import dev.rubric.collect.formats.observability.LoggingConfigParser;
import dev.rubric.collect.formats.observability.AppConfigTracingParser;
import dev.rubric.collect.formats.observability.OtelCollectorParser;
import dev.rubric.collect.formats.observability.RetentionParser;
import dev.rubric.collect.formats.observability.TracingSetupParser;
import dev.rubric.collect.formats.observability.PromptVersionMetadataParser;
import dev.rubric.collect.formats.prompts.AppSettingsParser;
import dev.rubric.collect.formats.prompts.ChatTemplateParser;
import dev.rubric.collect.formats.prompts.ConfiguredModelsParser;
import dev.rubric.collect.formats.prompts.DifyParser;
import dev.rubric.collect.formats.prompts.DotpromptParser;
import dev.rubric.collect.formats.prompts.InlinePromptParser;
import dev.rubric.collect.formats.prompts.LangChainParser;
import dev.rubric.collect.formats.prompts.LangfuseParser;
import dev.rubric.collect.formats.prompts.PromptFlowParser;
import dev.rubric.collect.formats.prompts.PromptfooParser;
import dev.rubric.collect.formats.prompts.PromptyParser;
import dev.rubric.collect.formats.prompts.RegistryPromptParser;
import dev.rubric.collect.formats.prompts.SemanticKernelParser;
import dev.rubric.collect.formats.prompts.ManagedAgentInstructionsParser;
import dev.rubric.collect.formats.prompts.TemplatePromptParser;
import dev.rubric.collect.formats.rag.AzureSearchCodeParser;
import dev.rubric.collect.formats.rag.ComposeRagParser;
import dev.rubric.collect.formats.rag.HaystackPipelineParser;
import dev.rubric.collect.formats.rag.Langchain4jRagParser;
import dev.rubric.collect.formats.rag.PgvectorDdlParser;
import dev.rubric.collect.formats.rag.PineconeIndexParser;
import dev.rubric.collect.formats.rag.PythonRagParser;
import dev.rubric.collect.formats.rag.QdrantParser;
import dev.rubric.collect.formats.rag.SearchMappingParser;
import dev.rubric.collect.formats.rag.SpringAiConfigParser;
import dev.rubric.collect.formats.rag.SqlAlchemyVectorParser;
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
 * nobody confirmed. Entries are grouped by the family of evidence they mostly feed, in the order
 * the evidence has always been produced with; the comments say where a position is known to
 * matter. FormatsOrderTest fails when two parsers that classify one fixture differently are
 * swapped, or when a new such pair appears.
 */
public final class Formats {
    private Formats() {
    }

    /** Parsers keep no state, so one list serves every file and every embedded value. */
    private static final List<FormatParser> ALL = List.of(
            // prompt files with an extension of their own, which no other parser takes
            new PromptyParser(), new DotpromptParser(),
            // before KServeParser (FormatsOrderTest): an InferenceService is recorded as a Kubernetes
            // object, and KServe only adds its serving config
            new KubernetesManifestParser(),
            // a chart's Chart.yaml and values files; its templates are claimed by KubernetesManifestParser
            new HelmChartParser(), new KustomizeParser(),

            // rag
            new PgvectorDdlParser(), new QdrantParser(), new WeaviateSchemaParser(), new PineconeIndexParser(),
            new SearchMappingParser(),
            // the Haystack and Spring parsers sit where their RAG readers sat, since those classify the
            // file; their prompt and model readers run at this position now
            new HaystackPipelineParser(), new SpringAiConfigParser(),
            new ComposeRagParser(), new PythonRagParser(),
            // after ComposeRagParser (FormatsOrderTest): a compose file that sets a RAG platform's variables
            // stays recorded as that platform's rag-config; every compose file's services are workloads
            new ComposeParser(),
            // these classify source files as code, as PythonRagParser does, so their order changes no kind
            new SqlAlchemyVectorParser(), new AzureSearchCodeParser(),
            new Langchain4jRagParser(),

            // fine-tuning
            new AxolotlParser(), new LlamaFactoryParser(), new LlamaFactoryDatasetsParser(), new TorchtuneParser(),
            new PeftAdapterParser(), new TrainerStateParser(), new ModelCardParser(), new MlflowModelParser(),
            new OpenAiJobParser(), new OpenAiJobCodeParser(), new KubeflowTrainingParser(),

            // serving; LiteLLM and Modelfile where their serving readers sat, which classify first
            new ShellScriptParser(), new KServeParser(), new LiteLlmParser(), new ProductionStackParser(),
            new ModelfileParser(),

            // infrastructure: model deployments declared in IaC
            new BicepParser(), new ArmTemplateParser(), new ArmParametersParser(), new AzdAiYamlParser(),
            new TerraformParser(), new CloudFormationParser(),

            // observability
            new OtelCollectorParser(), new AppConfigTracingParser(),
            // where the tracing reader sat, which classifies every .env file with an assignment; before
            // DockerfileParser, so that Dockerfile.env stays an env file
            new DotenvParser(),
            new DependencySignalsParser(), new LoggingConfigParser(), new RetentionParser(),
            // source files: it classifies them as code, as the RAG and inline-prompt readers do, so its
            // position changes no file's kind
            new TracingSetupParser(),
            new PromptVersionMetadataParser(),

            // supply chain; the Dockerfile parser where its build reader sat, the one that classifies
            new DockerfileParser(), new DependencyParser(), new CiWorkflowParser(), new CodeownersParser(),
            new AiInventoryParser(),

            // agents: MCP client configs, crew YAML, agent definitions in code (which classify source files
            // as code, as the RAG and tracing readers do, so their position changes no file's kind)
            new McpConfigParser(), new CrewAgentsYamlParser(), new AgentCodeParser(),

            // prompts
            new PromptfooParser(), new SemanticKernelParser(), new LangChainParser(), new LangfuseParser(),
            new PromptFlowParser(), new DifyParser(),
            // prompts pulled from a registry in code; classifies source files as code, like the inline reader
            new RegistryPromptParser(),
            // appsettings*.json is no other parser's; with the prompt family, as its Prompts section is the
            // reason it is classified
            new AppSettingsParser(),
            new ConfiguredModelsParser(),
            // tokenizer chat templates before the template reader, which leaves them alone (ChatTemplates)
            new ChatTemplateParser(),
            // last: the loosest rules (any text in a prompts folder, any source file) let every
            // specific format claim a file first
            new ManagedAgentInstructionsParser(), new TemplatePromptParser(), new InlinePromptParser());

    public static List<FormatParser> all() {
        return ALL;
    }
}
