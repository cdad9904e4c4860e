package dev.rubric.collect.formats.agents;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.evidence.Agent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * MCP servers an agent's code starts or reaches itself, written like a client config entry: the
 * OpenAI Agents SDK's {@code MCPServerStdio(params={"command": …, "args": […]})},
 * {@code MCPServerStreamableHttp}/{@code MCPServerSse(params={"url": …})} (and {@code fullCommand}
 * in TypeScript), LangChain's {@code MultiServerMCPClient({"name": {"command"|"url": …}})}. Only
 * literal commands and arguments are read; env values never are, only their names.
 */
final class McpServersInCode {
    private static final Map<String, String> SERVER_CLASSES = Map.of(
            "agents.mcp.MCPServerStdio", "stdio",
            "agents.mcp.MCPServerStreamableHttp", "http",
            "agents.mcp.MCPServerSse", "sse",
            "@openai/agents.MCPServerStdio", "stdio",
            "@openai/agents.MCPServerStreamableHttp", "http",
            "@openai/agents.MCPServerSSE", "sse");
    private static final Set<String> MULTI_SERVER_CLIENTS = Set.of("langchain_mcp_adapters.client.MultiServerMCPClient");

    private final CodeFile code;
    private final SyntaxTree tree;
    private final ParsedFile file;
    private final FileSink sink;
    private final AgentArguments arguments;
    private final Assignments assignments;
    private final Set<String> ids;

    McpServersInCode(CodeFile code, ParsedFile file, FileSink sink, AgentArguments arguments, Assignments assignments,
                     Set<String> ids) {
        this.code = code;
        this.tree = code.tree();
        this.file = file;
        this.sink = sink;
        this.arguments = arguments;
        this.assignments = assignments;
        this.ids = ids;
    }

    /** The server a call declares, or the servers of a multi-server client; empty for any other call. */
    List<Agent> of(Call call, String qualified) {
        String transport = SERVER_CLASSES.get(qualified);
        if (transport != null) {
            int params = call.keyword("params");
            if (params == SyntaxTree.NONE) {
                // TypeScript: new MCPServerStdio({ name, fullCommand }) holds the settings in its options object
                params = call.positional(0);
            }
            String name = call.keywordValue("name");
            if (name == null) {
                name = assignments.nameAssigned(call.node());
            }
            return List.of(server(name, transport, "openai-agents", params, call.line()));
        }
        if (MULTI_SERVER_CLIENTS.contains(qualified)) {
            int servers = call.positional(0);
            if (servers == SyntaxTree.NONE) {
                servers = call.keyword("connections");
            }
            servers = tree.is(servers, "identifier") ? assignments.valueOf(servers) : servers;
            List<Agent> out = new ArrayList<>();
            if (tree.is(servers, "dictionary")) {
                for (int p = tree.firstChild(servers); p != SyntaxTree.NONE; p = tree.nextSibling(p)) {
                    String name = tree.is(p, "pair") ? code.string(tree.child(p, "key")) : null;
                    if (name != null) {
                        out.add(server(name, null, "langchain", tree.child(p, "value"),
                                code.lineOf(tree.start(p))));
                    }
                }
            }
            return out;
        }
        return List.of();
    }

    private Agent server(String name, String transport, String framework, int params, int line) {
        String command = setting(params, "command");
        List<String> args = strings(params == SyntaxTree.NONE ? SyntaxTree.NONE : value(params, "args"));
        String fullCommand = setting(params, "fullCommand");
        if (command == null && fullCommand != null) {
            String[] words = fullCommand.strip().split("\\s+");
            command = words[0];
            args = List.of(words).subList(1, words.length);
        }
        String url = setting(params, "url");
        String declared = setting(params, "transport");
        McpLaunch.Verdict verdict;
        if (command != null) {
            verdict = McpLaunch.stdio(command, args);
        } else if ("stdio".equals(transport) || "stdio".equals(declared)) {
            verdict = McpLaunch.unread("stdio", "the command is decided at run time, not written where the server is declared");
        } else if (url == null) {
            verdict = McpLaunch.unread(transport == null ? "http" : transport,
                    "the URL is decided at run time, not written where the server is declared");
        } else {
            verdict = McpLaunch.remote(declared != null && declared.contains("sse") ? "sse" : transport == null ? "http" : transport,
                    url);
        }
        Set<String> env = new TreeSet<>(verdict.envNames());
        int envNode = params == SyntaxTree.NONE ? SyntaxTree.NONE : value(params, "env");
        for (int p = envNode == SyntaxTree.NONE ? SyntaxTree.NONE : tree.firstChild(envNode); p != SyntaxTree.NONE;
             p = tree.nextSibling(p)) {
            if (tree.is(p, "pair")) {
                String key = code.string(tree.child(p, "key"));
                env.add(key != null ? key : tree.text(tree.child(p, "key")));
            }
        }
        String id = AgentIds.unique(ids, file.subjectId() + "#mcp:" + (name == null ? "L" + line : name), line);
        return Agent.mcpServer(id, sink.location(line), name, framework, verdict.transport(), command,
                verdict.packageName(), verdict.registry(), verdict.version(), verdict.pinning(), verdict.reason(),
                url == null ? null : Secrets.scrubText(url), env.isEmpty() ? null : List.copyOf(env));
    }

    /** A Python dict key's or a JavaScript object property's node. */
    private int value(int params, String key) {
        if (tree.is(params, "dictionary")) {
            return arguments.dictionaryValue(params, key);
        }
        return code.property(params, key);
    }

    private String setting(int params, String key) {
        return params == SyntaxTree.NONE ? null : code.string(value(params, key));
    }

    private List<String> strings(int list) {
        List<String> out = new ArrayList<>();
        if (list == SyntaxTree.NONE) {
            return out;
        }
        for (int c = tree.firstChild(list); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            String value = tree.named(c) ? code.string(c) : null;
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }
}
