package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.calls.Literals;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.evidence.Agent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spring AI's agents: a {@code ChatClient} builder or request chain that hands the model tools
 * ({@code defaultTools(new DateTimeTools())}, {@code .tools(...)}, {@code defaultToolCallbacks(...)},
 * MCP {@code ToolCallbackProvider}s). A client without tools only calls a model, and is left to the
 * inline prompt reader. The chain's {@code defaultSystem}/{@code system} gives the instructions,
 * an options builder's {@code .model("…")} the model.
 */
final class SpringAiAgents {
    private static final Set<String> TOOL_METHODS = Set.of("defaultTools", "tools", "defaultToolCallbacks", "toolCallbacks",
            "defaultToolNames", "toolNames");
    private static final Set<String> SYSTEM_METHODS = Set.of("defaultSystem", "system");

    private final CodeFile code;
    private final SyntaxTree tree;
    private final ParsedFile file;
    private final FileSink sink;
    private final Set<String> ids;
    private final Assignments assignments;
    private Set<String> chatClients;

    SpringAiAgents(CodeFile code, ParsedFile file, FileSink sink, Set<String> ids) {
        this.code = code;
        this.tree = code.tree();
        this.file = file;
        this.sink = sink;
        this.ids = ids;
        this.assignments = new Assignments(code);
    }

    List<Agent> read() {
        Set<Integer> chains = new LinkedHashSet<>();
        for (int node = 0; node < tree.size(); node++) {
            if (tree.is(node, "method_invocation") && TOOL_METHODS.contains(tree.text(tree.child(node, "name")))
                    && chainMentionsChatClient(node)) {
                chains.add(top(node));
            }
        }
        List<Agent> out = new ArrayList<>();
        for (int top : chains) {
            out.add(agent(top));
        }
        return out;
    }

    /** The outermost invocation of a fluent chain. */
    private int top(int node) {
        int current = node;
        while (tree.is(tree.parent(current), "method_invocation") && tree.child(tree.parent(current), "object") == current) {
            current = tree.parent(current);
        }
        return current;
    }

    /**
     * Whether the chain is a ChatClient's: it starts at {@code ChatClient.builder(…)} or
     * {@code ChatClient.create(…)}, or at a variable, parameter or field declared as a ChatClient or
     * its Builder. An MCP server's {@code ServerCapabilities.builder().tools(true)} is not one.
     */
    private boolean chainMentionsChatClient(int node) {
        int start = top(node);
        while (tree.is(start, "method_invocation") && tree.child(start, "object") != SyntaxTree.NONE) {
            start = tree.child(start, "object");
        }
        if (tree.is(start, "field_access")) {
            start = tree.child(start, "field");
        }
        String name = tree.text(start);
        return name.equals("ChatClient") || chatClientNames().contains(name);
    }

    /** Names the file declares with a ChatClient type (parameters, locals, fields). */
    private Set<String> chatClientNames() {
        if (chatClients == null) {
            chatClients = new HashSet<>();
            for (int node = 0; node < tree.size(); node++) {
                boolean declaration = tree.is(node, "formal_parameter") || tree.is(node, "local_variable_declaration")
                        || tree.is(node, "field_declaration");
                if (!declaration || !tree.text(tree.child(node, "type")).contains("ChatClient")) {
                    continue;
                }
                if (tree.is(node, "formal_parameter")) {
                    chatClients.add(tree.text(tree.child(node, "name")));
                }
                for (int c = tree.firstChild(node); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                    if (tree.is(c, "variable_declarator")) {
                        chatClients.add(tree.text(tree.child(c, "name")));
                    }
                }
            }
        }
        return chatClients;
    }

    private Agent agent(int top) {
        List<String> tools = new ArrayList<>();
        String instructions = null;
        String model = null;
        int modelLine = 0;
        for (int link = top; tree.is(link, "method_invocation"); link = tree.child(link, "object")) {
            String method = tree.text(tree.child(link, "name"));
            int args = tree.child(link, "arguments");
            if (TOOL_METHODS.contains(method)) {
                // the chain is walked from its end: each call's tools go before those of the calls after it
                List<String> these = new ArrayList<>();
                for (int c = tree.firstChild(args); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
                    if (tree.named(c) && !tree.is(c, "comment")) {
                        these.add(toolName(c));
                    }
                }
                tools.addAll(0, these);
            } else if (SYSTEM_METHODS.contains(method) && instructions == null) {
                int first = tree.namedChild(args, 0);
                instructions = Literals.string(tree, first) != null ? "inline"
                        : first == SyntaxTree.NONE ? null : "name:" + tree.text(first);
            } else if ((method.equals("defaultOptions") || method.equals("options")) && model == null) {
                int modelCall = modelCall(args);
                if (modelCall != SyntaxTree.NONE) {
                    model = Literals.string(tree, tree.namedChild(tree.child(modelCall, "arguments"), 0));
                    modelLine = code.lineOf(tree.start(modelCall));
                }
            }
        }
        String name = name(top);
        int line = code.lineOf(tree.start(top));
        String id = AgentIds.unique(ids, file.subjectId() + "#agent:" + (name == null ? "L" + line : name), line);
        String pinning = null;
        if (model != null) {
            ModelPinning.Verdict verdict = ModelRefs.record(new MeaningfulModels(sink), id, "model", "model", ModelRefs.Reference.of(model),
                    sink.location(modelLine));
            pinning = verdict == null ? null : verdict.pinning();
        }
        return Agent.agent(id, sink.location(line), name, "spring-ai", model, pinning, instructions,
                tools.isEmpty() ? null : List.copyOf(new LinkedHashSet<>(tools)), null, null);
    }

    /** {@code new DateTimeTools()} → DateTimeTools; a field or variable → its name. */
    private String toolName(int argument) {
        if (tree.is(argument, "object_creation_expression")) {
            String type = tree.text(tree.child(argument, "type"));
            int angle = type.indexOf('<');
            return angle < 0 ? type : type.substring(0, angle);
        }
        String literal = Literals.string(tree, argument);
        return literal != null ? literal : tree.text(argument).replaceAll("\\s+", "");
    }

    /** A {@code .model("…")} call among the options' builder chain, or NONE. */
    private int modelCall(int args) {
        int end = tree.subtreeEnd(args);
        for (int node = args; node < end; node++) {
            if (tree.is(node, "method_invocation") && tree.text(tree.child(node, "name")).equals("model")
                    && Literals.string(tree, tree.namedChild(tree.child(node, "arguments"), 0)) != null) {
                return node;
            }
        }
        return SyntaxTree.NONE;
    }

    /** The variable or field the chain is assigned to, else the method that builds it. */
    private String name(int top) {
        String assigned = assignments.nameAssigned(top);
        if (assigned != null) {
            return assigned;
        }
        int method = tree.ancestor(top, "method_declaration");
        return method == SyntaxTree.NONE ? null : tree.text(tree.child(method, "name"));
    }
}
