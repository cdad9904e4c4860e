package dev.rubric.collect.formats.agents;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.Agent;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.Nodes;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * MCP client configs: the {@code mcpServers} map of Claude Desktop, Cursor, Claude Code's
 * {@code .mcp.json} and most other clients, and the {@code servers} map of VS Code's
 * {@code .vscode/mcp.json} (or {@code mcp.servers} in its settings). One {@code agents} subject of
 * kind mcp-server per entry, with the package or image it runs and whether that is pinned
 * ({@link McpLaunch}). A map is only taken for MCP servers when every entry says how the server is
 * reached ({@code command} or {@code url}): a {@code servers} key holding hosts and ports is not one.
 * Env and header values never enter the evidence, only their names. Comments and trailing commas,
 * which the editors' configs allow, are read as such ({@link Jsonc}), not reported as malformed.
 */
public final class McpConfigParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            Signature.strong("mcp.json", ".mcp.json", "claude_desktop_config.json", "mcp_config.json"),
            Signature.weak("*mcp*.json", "settings.json"));

    public McpConfigParser() {
        super("mcp-config", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!text.contains("\"mcpServers\"") && !text.contains("\"servers\"")) {
            return false;
        }
        MapNode root = file.yamlRoot().orElse(null);
        if (root == null && file.yamlFailure() != null && Jsonc.hasExtensions(text)) {
            // VS Code and Cursor read their configs as JSON with comments and trailing commas
            try {
                root = file.yaml().readOne(Jsonc.plain(text)) instanceof MapNode plain ? plain : null;
            } catch (YamlException e) {
                sink.classify("mcp-config", "mcp-json", "error");
                sink.error(e.mark().line(), e.mark().column(), "malformed JSON with comments: " + e.getMessage());
                return true;
            }
        }
        if (root == null) {
            return false;
        }
        MapNode servers = serverMap(root);
        if (servers == null) {
            return false;
        }
        sink.classify("mcp-config", "mcp-json", "parsed");
        String client = client(file.relativePath());
        List<Agent> entries = new ArrayList<>();
        for (Map.Entry<String, Node> entry : servers.entries().entrySet()) {
            MapNode server = (MapNode) entry.getValue();
            entries.add(server(file, sink, client, entry.getKey(), server));
        }
        entries.forEach(sink::agent);
        return true;
    }

    /** The map of server entries, or null when the file holds none. */
    private static MapNode serverMap(MapNode root) {
        for (String[] path : List.of(new String[]{"mcpServers"}, new String[]{"servers"}, new String[]{"mcp", "servers"},
                new String[]{"mcp", "mcpServers"})) {
            MapNode candidate = root.map(path).orElse(null);
            if (candidate != null && isServerMap(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isServerMap(MapNode map) {
        if (map.entries().isEmpty()) {
            return false;
        }
        for (Node value : map.entries().values()) {
            if (!(value instanceof MapNode server) || Nodes.string(server, "command") == null && Nodes.string(server, "url") == null
                    && Nodes.string(server, "serverUrl") == null) {
                return false;
            }
        }
        return true;
    }

    private static Agent server(ParsedFile file, FileSink sink, String client, String name, MapNode server) {
        String command = Nodes.string(server, "command");
        String url = Nodes.string(server, "url") != null ? Nodes.string(server, "url") : Nodes.string(server, "serverUrl");
        String type = Nodes.string(server, "type") != null ? Nodes.string(server, "type") : Nodes.string(server, "transport");
        McpLaunch.Verdict verdict;
        List<String> args = strings(server.get("args"));
        if (command != null) {
            verdict = McpLaunch.stdio(command, splitCommand(command, args));
            command = programOf(command);
        } else {
            verdict = McpLaunch.remote(transport(type), url);
        }
        TreeSet<String> env = new TreeSet<>(verdict.envNames());
        server.map("env").ifPresent(map -> env.addAll(map.keys()));
        server.map("headers").ifPresent(map -> env.addAll(map.keys()));
        return Agent.mcpServer(file.subjectId() + "#mcp:" + name, sink.location(Nodes.line(server)), name, client,
                verdict.transport(), command, verdict.packageName(), verdict.registry(), verdict.version(), verdict.pinning(),
                verdict.reason(), url == null ? null : Secrets.scrubText(url), env.isEmpty() ? null : List.copyOf(env));
    }

    /** {@code "command": "npx -y pkg"} written as one string: its words come before the args. */
    private static List<String> splitCommand(String command, List<String> args) {
        String[] words = command.strip().split("\\s+");
        if (words.length == 1) {
            return args;
        }
        List<String> all = new ArrayList<>(List.of(words).subList(1, words.length));
        all.addAll(args);
        return all;
    }

    private static String programOf(String command) {
        return command.strip().split("\\s+")[0];
    }

    private static String transport(String type) {
        if (type == null) {
            return null;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return lower.contains("sse") ? "sse" : lower.contains("http") ? "http" : lower;
    }

    private static List<String> strings(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode scalar && scalar.text() != null) {
                    out.add(scalar.text());
                }
            }
        }
        return out;
    }

    /** The client a config belongs to, from where it sits: each reads its own file. */
    private static String client(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith("claude_desktop_config.json")) {
            return "claude-desktop";
        }
        if (lower.contains(".vscode/")) {
            return "vscode";
        }
        if (lower.contains(".cursor/")) {
            return "cursor";
        }
        if (lower.equals(".mcp.json") || lower.endsWith("/.mcp.json")) {
            return "claude-code";
        }
        return "mcp";
    }
}
