package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.calls.LocalModules;
import dev.rubric.collect.read.calls.Literals;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Reads what an agent definition's arguments say, following names to what the file assigned them:
 * the model (a literal, the {@code model=} of the client object passed, an environment variable as
 * {@code ${NAME}}), the tool names of a list, and how the instructions are given.
 */
final class AgentArguments {
    /** Keyword arguments of client and model objects that name the model. */
    private static final List<String> MODEL_KEYWORDS = List.of("model", "model_name", "azure_deployment", "deployment_name",
            "ai_model_id", "model_id", "modelId", "modelName");
    /** Of those, the ones that name an Azure deployment, which hides the model behind it. */
    private static final List<String> DEPLOYMENT_KEYWORDS = List.of("azure_deployment", "deployment_name");
    private static final int MAX_DEPTH = 4;
    /** Azure AI tool classes that wrap the application's functions rather than name one tool. */
    private static final List<String> AZURE_FUNCTION_TOOLS = List.of("FunctionTool", "AsyncFunctionTool");

    private final CodeFile code;
    private final SyntaxTree tree;
    private final Assignments assignments;
    /** The repository's own modules, to follow a chat model class it defines; null when the file stands alone. */
    private final LocalModules modules;
    private final String path;
    private final Map<Integer, Call> callsByNode = new HashMap<>();
    /** Set by the last model look-up: the value came from a deployment keyword. */
    private boolean deployment;
    /** Set by the last model look-up when the model was read in another module: its path and line; else null. */
    private String modelPath;
    private int modelLine;

    AgentArguments(CodeFile code, Assignments assignments) {
        this(code, assignments, null, null);
    }

    /** Reads the arguments of {@code code}, the file at {@code path}, following classes into {@code modules}. */
    AgentArguments(CodeFile code, Assignments assignments, LocalModules modules, String path) {
        this.code = code;
        this.tree = code.tree();
        this.assignments = assignments;
        this.modules = modules;
        this.path = path;
        for (Call call : code.calls()) {
            if (call.form() != Call.Form.IMPORT) {
                callsByNode.putIfAbsent(call.node(), call);
            }
        }
    }

    /** The model as a literal or {@code ${VARIABLE}}, or null when the code decides it otherwise. */
    ModelRefs.Reference model(int node) {
        deployment = false;
        modelPath = null;
        String model = model(node, 0);
        if (model == null) {
            return null;
        }
        return deployment ? ModelRefs.Reference.deployment(model) : ModelRefs.Reference.of(model);
    }

    private String model(int node, int depth) {
        if (node == SyntaxTree.NONE || depth > MAX_DEPTH) {
            return null;
        }
        String literal = code.string(node);
        if (literal != null) {
            return literal.isBlank() ? null : literal.strip();
        }
        String variable = environmentVariable(node);
        if (variable != null) {
            return "${" + variable + "}";
        }
        if (tree.is(node, "identifier")) {
            return model(assignments.valueOf(node), depth + 1);
        }
        if (tree.is(node, "dictionary")) {
            return model(dictionaryValue(node, "model"), depth + 1);
        }
        if (tree.is(node, "call") || tree.is(node, "new_expression") || tree.is(node, "object_creation_expression")) {
            Call call = callAt(node);
            if (call == null) {
                return null;
            }
            for (String keyword : MODEL_KEYWORDS) {
                int value = call.keyword(keyword);
                if (value != SyntaxTree.NONE) {
                    deployment = DEPLOYMENT_KEYWORDS.contains(keyword);
                    return model(value, depth + 1);
                }
            }
            // init_chat_model("openai:gpt-4o"), LLM("gpt-4o"): a model is the first argument, when it is a string
            String first = code.string(call.positional(0));
            return first != null ? first : subclassModel(call, depth);
        }
        return null;
    }

    /** ChatLLM(): the model that a chat model class of the repository's own sets in its __init__, read in its module. */
    private String subclassModel(Call call, int depth) {
        ChatModelSubclass.Found found = modules == null ? null : ChatModelSubclass.of(modules, code, path, call, MODEL_KEYWORDS);
        if (found == null) {
            return null;
        }
        AgentArguments inner = found.code() == code ? this
                : new AgentArguments(found.code(), new Assignments(found.code()), modules, found.path());
        String model = inner.model(found.model(), depth + 1);
        deployment = inner.deployment;
        if (model != null && inner != this) {
            modelPath = inner.modelPath != null ? inner.modelPath : found.path();
            modelLine = inner.modelPath != null ? inner.modelLine : found.code().lineOf(found.code().tree().start(found.model()));
        }
        return model;
    }

    /** The path of the module the last model was read in, when not this file; else null. */
    String modelPath() {
        return modelPath;
    }

    /** The line of that module where the model is set. */
    int modelLine() {
        return modelLine;
    }

    /** The source text of an expression that decides the model, for when no value can be read. */
    String expression(int node) {
        return node == SyntaxTree.NONE ? null : shorten(code.expression(node));
    }

    /** {@code os.getenv("X")}, {@code os.environ["X"]}, {@code os.environ.get("X")}, {@code process.env.X}. */
    private String environmentVariable(int node) {
        if (tree.is(node, "subscript")) {
            String value = tree.text(tree.child(node, "value"));
            return value.equals("os.environ") ? code.string(tree.child(node, "subscript")) : null;
        }
        if (tree.is(node, "member_expression")) {
            String object = tree.text(tree.child(node, "object"));
            return object.equals("process.env") ? tree.text(tree.child(node, "property")) : null;
        }
        if (tree.is(node, "call")) {
            String callee = tree.text(tree.child(node, "function"));
            if (callee.equals("os.getenv") || callee.equals("os.environ.get") || callee.equals("getenv")) {
                Call call = callAt(node);
                return call == null ? null : code.string(call.positional(0));
            }
        }
        return null;
    }

    /**
     * Tool names of a literal list (following a name to the list assigned to it), or of the lists a
     * method of the same class returns ({@code tools = await self.get_tool_list()}); null when not a list.
     */
    List<String> names(int node) {
        int value = assigned(node);
        if (tree.is(value, "await")) {
            value = tree.namedChild(value, 0);
        }
        return tree.is(value, "call") ? ClassMethods.returnedLists(tree, value, this::listNames) : listNames(value);
    }

    private int assigned(int node) {
        int value = node;
        for (int depth = 0; tree.is(value, "identifier") && depth < MAX_DEPTH; depth++) {
            value = assignments.valueOf(value);
        }
        return value;
    }

    /** Names of a literal list, or of the literal list a comprehension runs over ({@code [tool(t) for t in tools]}). */
    private List<String> listNames(int node) {
        int list = assigned(node);
        if (tree.is(list, "list_comprehension")) {
            int clause = tree.childOfType(list, "for_in_clause");
            list = clause == SyntaxTree.NONE ? SyntaxTree.NONE : assigned(tree.child(clause, "right"));
        }
        if (!tree.is(list, "list") && !tree.is(list, "array") && !tree.is(list, "tuple")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int c = tree.firstChild(list); c != SyntaxTree.NONE; c = tree.nextSibling(c)) {
            if (!tree.named(c) || tree.is(c, "comment")) {
                continue;
            }
            if (tree.is(c, "list_splat") || tree.is(c, "spread_element")) {
                return null;
            }
            String name = elementName(c);
            if (name != null && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private String elementName(int element) {
        String literal = Literals.string(tree, element);
        if (literal != null) {
            return literal;
        }
        if (tree.is(element, "call") || tree.is(element, "new_expression") || tree.is(element, "object_creation_expression")) {
            Call call = callAt(element);
            if (call == null) {
                return null;
            }
            // Tool(name="search", ...), function_tool(search), agent.as_tool(tool_name="x")
            for (String keyword : List.of("name", "tool_name")) {
                String named = call.keywordValue(keyword);
                if (named != null) {
                    return named;
                }
            }
            return call.name();
        }
        return shorten(tree.text(element));
    }

    /**
     * Azure AI agents take {@code tools=bing.definitions}: the definitions of one built-in tool
     * object ({@code bing = BingGroundingTool(...)}), which names exactly the tool the agent can
     * call. A {@code FunctionTool} or {@code ToolSet} wraps functions chosen elsewhere, and a class
     * not imported from the Azure AI SDKs is the application's: those stay unnamed.
     */
    List<String> azureToolDefinitions(int node) {
        if (!tree.is(node, "attribute") || !"definitions".equals(tree.text(tree.child(node, "attribute")))) {
            return null;
        }
        int value = assignments.valueOf(tree.child(node, "object"));
        Call call = value == SyntaxTree.NONE ? null : callAt(value);
        if (call == null) {
            return null;
        }
        String qualified = code.imports().qualify(call.callee());
        String simple = call.name();
        if (!qualified.startsWith("azure.ai.") || !simple.endsWith("Tool") || AZURE_FUNCTION_TOOLS.contains(simple)) {
            return null;
        }
        return List.of(simple);
    }

    /** How instructions are given: inline, name:X, call:X, config:X. */
    String instructions(int node) {
        if (node == SyntaxTree.NONE) {
            return null;
        }
        if (tree.is(node, "parenthesized_expression") && tree.namedChild(node, 0) != SyntaxTree.NONE) {
            // ("a long prompt " "split over lines"): the parentheses only wrap the literal
            return instructions(tree.namedChild(node, 0));
        }
        if (code.string(node) != null && !tree.is(node, "identifier")) {
            return "inline";
        }
        switch (tree.type(node)) {
            case "string", "concatenated_string", "template_string", "binary_operator", "binary_expression" -> {
                return "inline";
            }
            case "identifier", "attribute", "member_expression", "field_access" -> {
                return "name:" + shorten(tree.text(node));
            }
            case "call", "call_expression", "await", "method_invocation" -> {
                int call = tree.is(node, "await") ? tree.namedChild(node, 0) : node;
                Call read = callAt(call);
                if (read != null && read.name().equals("dedent") && code.string(read.positional(0)) != null) {
                    // textwrap.dedent("""...""") only re-indents a literal
                    return "inline";
                }
                return "call:" + (read == null ? shorten(tree.text(node)) : read.callee());
            }
            case "subscript" -> {
                String key = code.string(tree.child(node, "subscript"));
                return key == null ? "name:" + shorten(tree.text(node)) : "config:" + key;
            }
            default -> {
                return "expression:" + shorten(tree.text(node));
            }
        }
    }

    /** A Python dict literal's value under a string key, or NONE. */
    int dictionaryValue(int dictionary, String key) {
        for (int p = tree.firstChild(dictionary); p != SyntaxTree.NONE; p = tree.nextSibling(p)) {
            if (tree.is(p, "pair") && key.equals(code.string(tree.child(p, "key")))) {
                return tree.child(p, "value");
            }
        }
        return SyntaxTree.NONE;
    }

    Call callAt(int node) {
        return callsByNode.get(node);
    }

    private static String shorten(String text) {
        String folded = text.replaceAll("\\s+", " ").strip();
        return folded.length() <= 80 ? folded : folded.substring(0, 77) + "...";
    }
}
