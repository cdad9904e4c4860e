package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.calls.Imports;
import java.util.List;
import java.util.Map;

/**
 * The calls that define an agent in each framework, by the name they are imported as, and which of
 * their arguments say what. A class of the same name that is not imported from the framework
 * ({@code class Agent:} of the application, {@code from .models import Agent}) never matches.
 */
final class AgentFrameworks {
    /**
     * @param name         keyword naming the agent, or null; {@code namePosition} its position (-1: none)
     * @param model        keywords that give the model (or the client object that names it)
     * @param modelPosition position of the model argument, -1 when only a keyword gives it
     * @param tools        keyword of the tool list; {@code toolsPosition} its position (-1: none)
     * @param instructions keywords that carry the instructions, first found wins
     * @param mcpServers   keyword of the MCP server list, or null
     * @param graph        a graph builder: it has no model or instructions of its own
     */
    record Rule(String framework, String name, int namePosition, List<String> model, int modelPosition, String tools,
                int toolsPosition, List<String> instructions, String mcpServers, boolean graph) {
    }

    private static final Rule OPENAI_AGENTS = new Rule("openai-agents", "name", 0, List.of("model"), -1, "tools", -1,
            List.of("instructions"), "mcp_servers", false);
    private static final Rule REACT_AGENT = new Rule("langgraph", "name", -1, List.of("model"), 0, "tools", 1,
            List.of("prompt", "state_modifier", "messages_modifier"), null, false);
    private static final Rule LANGCHAIN_AGENT = new Rule("langchain", "name", -1, List.of("model"), 0, "tools", 1,
            List.of("system_prompt", "prompt"), null, false);
    private static final Rule STATE_GRAPH = new Rule("langgraph", null, -1, List.of(), -1, null, -1, List.of(), null, true);
    private static final Rule CREW_AGENT = new Rule("crewai", "role", -1, List.of("llm"), -1, "tools", -1,
            List.of("goal", "backstory", "config"), null, false);
    private static final Rule AUTOGEN_AGENT = new Rule("autogen", "name", 0, List.of("model_client", "llm_config"), 1,
            "tools", -1, List.of("system_message"), null, false);
    private static final Rule SK_AGENT = new Rule("semantic-kernel", "name", -1, List.of("service", "kernel"), -1,
            "plugins", -1, List.of("instructions"), null, false);
    /** Azure AI Foundry Agent Service: the agent is created on the service by a client method, not a class. */
    static final String AZURE_AI_AGENTS = "azure-ai-agents";
    private static final Rule AZURE_AI_AGENT = new Rule(AZURE_AI_AGENTS, "name", -1, List.of("model"), -1, "tools", -1,
            List.of("instructions"), null, false);
    /** The modules whose clients create Azure AI agents ({@code AIProjectClient.agents}, {@code AgentsClient}). */
    private static final List<String> AZURE_AI_AGENT_MODULES = List.of("azure.ai.projects", "azure.ai.agents");
    private static final Rule SK_AGENT_CSHARP = new Rule("semantic-kernel", "Name", -1, List.of(), -1, null, -1,
            List.of("Instructions"), null, false);

    /** Qualified callee (generic arguments removed) → rule. */
    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("agents.Agent", OPENAI_AGENTS),
            Map.entry("@openai/agents.Agent", OPENAI_AGENTS),
            Map.entry("langgraph.prebuilt.create_react_agent", REACT_AGENT),
            Map.entry("langgraph.prebuilt.chat_agent_executor.create_react_agent", REACT_AGENT),
            Map.entry("langchain.agents.create_agent", LANGCHAIN_AGENT),
            Map.entry("langgraph.graph.StateGraph", STATE_GRAPH),
            Map.entry("langgraph.graph.state.StateGraph", STATE_GRAPH),
            Map.entry("crewai.Agent", CREW_AGENT),
            Map.entry("autogen_agentchat.agents.AssistantAgent", AUTOGEN_AGENT),
            Map.entry("autogen.AssistantAgent", AUTOGEN_AGENT),
            Map.entry("autogen.ConversableAgent", AUTOGEN_AGENT),
            Map.entry("semantic_kernel.agents.ChatCompletionAgent", SK_AGENT),
            Map.entry("semantic_kernel.agents.AzureAIAgent", SK_AGENT));

    /** C# names namespaces in using directives only: the type is known when the file uses the agents namespace. */
    static final String CSHARP_AGENTS_NAMESPACE = "Microsoft.SemanticKernel.Agents";
    private static final Map<String, Rule> CSHARP_RULES = Map.of("ChatCompletionAgent", SK_AGENT_CSHARP);

    private AgentFrameworks() {
    }

    /** The rule for a callee as resolved through the file's imports, or null. */
    static Rule of(String qualified) {
        return RULES.get(qualified);
    }

    /**
     * The rule for a method call on a client object, which imports cannot name: Azure AI's
     * {@code project_client.agents.create_agent(model=…)}, in a file that imports one of its SDKs.
     * A bare {@code create_agent(…)} is a function (LangChain's, or the application's), never this.
     */
    static Rule ofClientMethod(String callee, Imports imports) {
        if (!callee.contains(".") || !callee.endsWith(".create_agent")) {
            return null;
        }
        for (String module : AZURE_AI_AGENT_MODULES) {
            if (imports.anyFrom(module)) {
                return AZURE_AI_AGENT;
            }
        }
        return null;
    }

    static Rule csharp(String callee) {
        return CSHARP_RULES.get(withoutTypeArguments(callee));
    }

    /** {@code Agent[UserContext]}, {@code Agent<Ctx>}: the class is the same agent class. */
    static String withoutTypeArguments(String callee) {
        int bracket = callee.indexOf('[');
        int angle = callee.indexOf('<');
        int cut = bracket < 0 ? angle : angle < 0 ? bracket : Math.min(bracket, angle);
        return cut < 0 ? callee : callee.substring(0, cut);
    }
}
