package dev.rubric.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One agentic part of a system: an agent definition in code or config ({@code kind} agent), or an
 * MCP server an agent or an MCP client connects to ({@code kind} mcp-server), or an agent graph
 * ({@code kind} graph: LangGraph's StateGraph, whose nodes call the models and tools).
 * <p>
 * An agent has the {@code framework} that defines it, the {@code model} it runs on as written (and
 * its {@code modelPinning}, with a {@code models} subject whose {@code referencedBy} is this id),
 * how its {@code instructions} are given (inline, a named constant, a registry pull, a file), the
 * {@code tools} it can call by name ({@code toolsFrom} holds the expression when the list is built
 * elsewhere) and the {@code mcpServers} it connects to.
 * <p>
 * An MCP server has its {@code transport} (stdio, http, sse), the {@code command} that starts it,
 * the {@code packageName} it runs from a {@code packageRegistry} (npm, pypi, docker, remote, local)
 * at {@code version}, with a {@code pinning} verdict (pinned, floating, opaque, untraceable — as
 * for models) and its {@code reason}; a remote server has a {@code url}. {@code env} lists the
 * names of the variables handed to it, never their values. {@code framework} is then the client
 * whose config declares it (vscode, cursor, claude-desktop, claude-code, mcp) or the agent
 * framework whose code starts it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Agent(String id, Location location, String kind, String name, String framework, String model,
                    String modelPinning, String instructions, List<String> tools, String toolsFrom,
                    List<String> mcpServers, String transport, String command, String packageName,
                    String packageRegistry, String version, String pinning, String reason, String url,
                    List<String> env) {
    public static final String AGENT = "agent";
    public static final String MCP_SERVER = "mcp-server";
    public static final String GRAPH = "graph";

    /** An agent definition. */
    public static Agent agent(String id, Location location, String name, String framework, String model,
                              String modelPinning, String instructions, List<String> tools, String toolsFrom,
                              List<String> mcpServers) {
        return new Agent(id, location, AGENT, name, framework, model, modelPinning, instructions, tools, toolsFrom,
                mcpServers, null, null, null, null, null, null, null, null, null);
    }

    /** An agent graph (LangGraph's StateGraph): its nodes call models and tools; it names no model of its own. */
    public static Agent graph(String id, Location location, String name, String framework) {
        return new Agent(id, location, GRAPH, name, framework, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** An MCP server entry. */
    public static Agent mcpServer(String id, Location location, String name, String client, String transport,
                                  String command, String packageName, String packageRegistry, String version,
                                  String pinning, String reason, String url, List<String> env) {
        return new Agent(id, location, MCP_SERVER, name, client, null, null, null, null, null, null, transport, command,
                packageName, packageRegistry, version, pinning, reason, url, env);
    }
}
