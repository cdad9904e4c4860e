package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.calls.LocalModules;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.Agent;
import dev.rubric.evidence.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Agent definitions in code, known by the framework class or function they are imported from
 * ({@link AgentFrameworks}): the OpenAI Agents SDK's {@code Agent}, LangGraph's
 * {@code create_react_agent} and {@code StateGraph}, LangChain's {@code create_agent}, CrewAI's
 * {@code Agent}, AutoGen's {@code AssistantAgent}, Semantic Kernel's {@code ChatCompletionAgent}
 * (Python and C#), and the Azure AI Agent Service's {@code agents.create_agent} client method.
 * Each becomes an {@code agents} subject with its model (and a {@code models} subject that names
 * it as {@code referencedBy}), its tools, its MCP servers and how its instructions are given.
 * Spring AI's tool-calling clients are read by {@link SpringAiAgents}, MCP servers that the code
 * starts or reaches by {@link McpServersInCode}.
 */
public final class AgentCodeParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.py", "*.ts", "*.tsx", "*.mts", "*.js", "*.mjs",
            "*.java", "*.cs"));
    /** Import lines of the frameworks: a file holding none of them is never parsed. */
    private static final Needles FRAMEWORKS = Needles.of("from agents", "import agents", "@openai/agents", "langgraph",
            "langchain.agents", "crewai", "autogen", "semantic_kernel", AgentFrameworks.CSHARP_AGENTS_NAMESPACE,
            "springframework.ai", "langchain_mcp_adapters", "azure.ai.projects", "azure.ai.agents");

    public AgentCodeParser() {
        super("agent-code", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        CodeFile code = CodeFile.parseIfMentions(file, FRAMEWORKS, reason -> sink.error(0, 0, "agents in code not read: " + reason));
        if (code == null) {
            return false;
        }
        Assignments assignments = new Assignments(code);
        AgentArguments arguments = new AgentArguments(code, assignments,
                new LocalModules(path -> file.otherFileText(path, LocalModules.MAX_BYTES)), file.relativePath());
        boolean csharpAgents = code.tree().grammar() == Grammar.CSHARP
                && file.text().contains(AgentFrameworks.CSHARP_AGENTS_NAMESPACE);
        List<Agent> agents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        McpServersInCode servers = new McpServersInCode(code, file, sink, arguments, assignments, ids);
        for (Call call : code.calls()) {
            if (call.form() == Call.Form.IMPORT || call.form() == Call.Form.DECORATOR) {
                continue;
            }
            String qualified = code.imports().qualify(AgentFrameworks.withoutTypeArguments(call.callee()));
            AgentFrameworks.Rule rule = csharpAgents ? AgentFrameworks.csharp(call.callee()) : AgentFrameworks.of(qualified);
            if (rule == null && !csharpAgents) {
                rule = AgentFrameworks.ofClientMethod(call.callee(), code.imports());
            }
            if (rule != null) {
                agents.add(agent(file, sink, call, rule, arguments, assignments, ids));
            } else {
                agents.addAll(servers.of(call, qualified));
            }
        }
        if (code.tree().grammar() == Grammar.JAVA && code.imports().anyFrom("org.springframework.ai")) {
            agents.addAll(new SpringAiAgents(code, file, sink, ids).read());
        }
        if (agents.isEmpty()) {
            return false;
        }
        sink.classify("code", code.format(), "parsed");
        agents.forEach(sink::agent);
        return true;
    }

    private static Agent agent(ParsedFile file, FileSink sink, Call call, AgentFrameworks.Rule rule, AgentArguments arguments,
                               Assignments assignments, Set<String> ids) {
        String name = null;
        if (rule.name() != null) {
            name = call.keywordValue(rule.name());
            if (name == null && rule.namePosition() >= 0) {
                name = call.positionalValue(rule.namePosition());
            }
        }
        int config = rule.instructions().contains("config") ? call.keyword("config") : SyntaxTree.NONE;
        if (name == null && config != SyntaxTree.NONE) {
            // CrewAI: Agent(config=self.agents_config["researcher"]) is named by its agents.yaml key
            String instructions = arguments.instructions(config);
            name = instructions.startsWith("config:") ? instructions.substring("config:".length()) : null;
        }
        if (name == null) {
            name = assignments.nameAssigned(call.node());
        }
        String id = AgentIds.unique(ids, file.subjectId() + "#agent:" + (name == null ? "L" + call.line() : name), call.line());
        if (rule.graph()) {
            return Agent.graph(id, sink.location(call.line()), name, rule.framework());
        }
        String model = null;
        String modelPinning = null;
        int modelNode = argument(call, rule.model(), rule.modelPosition());
        ModelRefs.Reference reference = arguments.model(modelNode);
        if (reference != null) {
            model = reference.reference();
            // a model set in another module of the repository (ChatLLM's __init__) is recorded where it is set, as a
            // mention: that module's own reference to the same model, read there, stays the one reference of the file
            boolean elsewhere = arguments.modelPath() != null;
            Location where = elsewhere ? Location.file(file.sourceId(), arguments.modelPath(), arguments.modelLine())
                    : sink.location(call.file().lineOf(call.tree().start(modelNode)));
            ModelPinning.Verdict verdict = ModelRefs.record(elsewhere ? sink : new MeaningfulModels(sink), id, "model", "model",
                    reference, where);
            modelPinning = verdict == null ? null : verdict.pinning();
        } else if (modelNode != SyntaxTree.NONE) {
            model = arguments.expression(modelNode);
        }
        String instructions = null;
        for (String keyword : rule.instructions()) {
            int node = call.keyword(keyword);
            if (node != SyntaxTree.NONE) {
                instructions = arguments.instructions(node);
                break;
            }
        }
        List<String> tools = null;
        String toolsFrom = null;
        int toolsNode = rule.tools() == null ? SyntaxTree.NONE : argument(call, List.of(rule.tools()), rule.toolsPosition());
        if (toolsNode != SyntaxTree.NONE) {
            tools = arguments.names(toolsNode);
            if (tools == null && AgentFrameworks.AZURE_AI_AGENTS.equals(rule.framework())) {
                tools = arguments.azureToolDefinitions(toolsNode);
            }
            toolsFrom = tools == null ? arguments.expression(toolsNode) : null;
        }
        List<String> mcpServers = null;
        if (rule.mcpServers() != null && call.keyword(rule.mcpServers()) != SyntaxTree.NONE) {
            mcpServers = arguments.names(call.keyword(rule.mcpServers()));
        }
        return Agent.agent(id, sink.location(call.line()), name, rule.framework(), model, modelPinning, instructions,
                tools == null || tools.isEmpty() ? null : tools, toolsFrom, mcpServers == null || mcpServers.isEmpty() ? null : mcpServers);
    }

    private static int argument(Call call, List<String> keywords, int position) {
        for (String keyword : keywords) {
            int node = call.keyword(keyword);
            if (node != SyntaxTree.NONE) {
                return node;
            }
        }
        return position < 0 ? SyntaxTree.NONE : call.positional(position);
    }
}
