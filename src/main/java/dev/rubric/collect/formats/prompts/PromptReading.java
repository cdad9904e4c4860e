package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.prompts.FStrings;
import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxCode;
import dev.rubric.collect.read.syntax.SyntaxStrings;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxValues;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One code file's prompts, read from its syntax tree; model references are {@link ModelArguments}' part. */
final class PromptReading {
    /** Argument names under which a prompt API takes its prompt first. */
    private static final Set<String> FIRST_ARGUMENT_NAMES = Set.of("content", "template", "prompt", "text", "promptTemplate");
    /** Keyword arguments and properties that hold a system prompt or template inside a call. */
    private static final Set<String> PROMPT_KEYS = Set.of("system", "instructions", "system_instruction",
            "systemInstruction", "system_prompt", "systemPrompt", "template");
    static final Set<String> SYSTEM_ROLES = Set.of("system", "developer");
    /** Words one of which a prompt constant's name holds, in any case (PromptRelevance keeps code that has them). */
    static final List<String> PROMPT_NAME_WORDS = List.of("prompt", "instruction", "system");
    /**
     * Names of prompt constants: {@code SYSTEM_PROMPT}, {@code instructions}, {@code SYSTEM_MESSAGE},
     * {@code SYSTEM_CHAT_TEMPLATE}; not the name, id or path of a system message or template, and
     * not the text of an interface element about prompts ({@code DISPLAY_DEFAULT_PROMPTS_BUTTON},
     * {@code promptInputPlaceholder}): what the user reads, never what the model does.
     */
    private static final Pattern PROMPT_NAME = Pattern.compile(
            "(?i)(?!.*(?:button|label|title|placeholder|tooltip|hint|icon|header|heading|banner|caption)s?(?:_?text)?$)"
                    + ".*(prompt|instruction|system\\w*(?:message|template)(?!\\w*(?:name|id|path|file|key|label|title|type|url)$)).*");
    /**
     * Keyword arguments that pass a system message to any call: a chat-template registry's
     * {@code default_system=}, an evaluation template's {@code system=}. Only as arguments: a
     * mapping key or a variable called system is as often an operating system or a URL.
     */
    private static final Pattern SYSTEM_ARGUMENT = Pattern.compile("(?i)(?:default_)?system(?:_message|_msg)?");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("(?i)_(v\\d+)$");
    private static final int CONSTANT_MIN_LENGTH = 40;
    /** A Spring resource location: the prompt is a file the code points at, not the text given. */
    private static final Pattern RESOURCE = Pattern.compile("(?:classpath\\*?|file|https?):\\S+");

    /** What is known about one prompt literal before it becomes evidence. */
    private static final class Found {
        final SyntaxValues.Value value;
        final String call;
        final String name;
        /** True when the code points at a prompt file rather than holding the text. */
        boolean reference;
        ModelArguments.Model model;
        Map<String, Object> parameters;

        Found(SyntaxValues.Value value, String call, String name) {
            this.value = value;
            this.call = call;
            this.name = name;
        }
    }

    private final ParsedFile file;
    private final FileSink sink;
    private final String format;
    private final SyntaxTree tree;
    private final SyntaxCode code;
    private final SyntaxValues values;
    private final long steps;
    private final ModelArguments models;
    private final Map<Integer, Found> prompts = new TreeMap<>();
    /** Model arguments already recorded with a prompt, by the offset of their key. */
    private final Set<Integer> usedModels = new HashSet<>();
    /** A Python module named for prompts (prompts.py): its module-level string constants are prompts. */
    private final boolean promptModule;

    PromptReading(ParsedFile file, FileSink sink, String format, SyntaxTree tree, long steps) {
        this.file = file;
        this.sink = sink;
        this.format = format;
        this.tree = tree;
        this.code = new SyntaxCode(tree);
        this.values = new SyntaxValues(code);
        this.steps = steps;
        this.models = new ModelArguments(file, sink, format, code, values);
        this.promptModule = PromptConstantCandidates.promptModule(file.fileName());
    }

    boolean run() {
        boolean llmFile = (steps & InlinePromptParser.LLM_LIBRARY) != 0;
        boolean builderFile = llmFile && (tree.grammar() == Grammar.JAVA || tree.grammar() == Grammar.KOTLIN);
        for (int node = 0; node < tree.size(); node++) {
            if ((steps & InlinePromptParser.CALLS) != 0 && code.isCall(node)) {
                PromptCalls.Match call = PromptCalls.match(code.calleePath(node), tree.type(node).equals("annotation"), builderFile);
                if (call != null) {
                    promptCall(node, call);
                }
            }
        }
        if ((steps & InlinePromptParser.ROLES) != 0) {
            for (int node = 0; node < tree.size(); node++) {
                int content = systemContent(node);
                if (content != SyntaxTree.NONE) {
                    prompt(content, null, null, null, true);
                }
            }
        }
        if ((steps & InlinePromptParser.PROMPT_CONSTANTS) != 0) {
            promptConstants();
        }
        for (Found prompt : prompts.values()) {
            emit(prompt);
        }
        if ((steps & InlinePromptParser.HUB) != 0) {
            hubPulls();
        }
        if (llmFile) {
            models.read(usedModels);
        } else if ((steps & InlinePromptParser.SETTINGS) != 0) {
            models.readSettings();
        }
        return models.found();
    }

    private void promptCall(int call, PromptCalls.Match match) {
        ModelArguments.Model model = null;
        Map<String, Object> parameters = null;
        if (match.firstArgument()) {
            List<SyntaxCode.Argument> arguments = code.arguments(call);
            if (!arguments.isEmpty() && (arguments.get(0).name() == null || FIRST_ARGUMENT_NAMES.contains(arguments.get(0).name()))) {
                prompt(arguments.get(0).value(), match.name(), null, null, false);
            }
            for (SyntaxCode.Argument argument : arguments) {
                // langchain4j: @SystemMessage(fromResource = "/prompts/system.txt")
                if ("fromResource".equals(argument.name())) {
                    SyntaxValues.Value value = values.resolve(argument.value());
                    if (value != null && value.literal() && !value.text().isBlank()) {
                        reference(value, match.name());
                    }
                }
            }
        } else {
            model = models.modelOf(call);
            parameters = models.parametersOf(call);
        }
        for (SyntaxCode.Entry entry : ModelArguments.entriesWithin(code, call)) {
            if (PROMPT_KEYS.contains(entry.key()) && !SyntaxStrings.isString(tree, entry.keyNode())) {
                prompt(entry.value(), match.name(), model, parameters, true);
            }
        }
        int list = code.argumentList(call);
        if (list != SyntaxTree.NONE) {
            for (int node = list; node < tree.subtreeEnd(list); node++) {
                int content = systemContent(node);
                if (content != SyntaxTree.NONE) {
                    prompt(content, match.name(), model, parameters, true);
                }
            }
        }
    }

    /**
     * The content of a system message written at {@code node}: a dict, object, struct literal or
     * call with a role of system (or developer) and a content, or a Python tuple
     * {@code ("system", ...)}; NONE otherwise.
     */
    private int systemContent(int node) {
        if (tree.is(node, "tuple") && systemRole(tree.namedChild(node, 0))) {
            int content = tree.namedChild(node, 1);
            return content == SyntaxTree.NONE ? SyntaxTree.NONE : content;
        }
        List<SyntaxCode.Entry> entries = code.entries(node);
        if (entries.size() < 2) {
            return SyntaxTree.NONE;
        }
        boolean system = false;
        int content = SyntaxTree.NONE;
        for (SyntaxCode.Entry entry : entries) {
            String key = entry.key().toLowerCase(Locale.ROOT);
            if (key.equals("role")) {
                system = systemRole(entry.value());
            } else if (key.equals("content") && content == SyntaxTree.NONE) {
                content = entry.value();
            }
        }
        return system ? content : SyntaxTree.NONE;
    }

    /** Whether {@code node} is the literal "system" or "developer"; an empty tuple or a variable is not. */
    private boolean systemRole(int node) {
        String text = literalText(node);
        return text != null && SYSTEM_ROLES.contains(text);
    }

    private String literalText(int node) {
        SyntaxStrings.Literal literal = SyntaxStrings.literal(tree, node);
        return literal == null ? null : literal.value();
    }

    /** Records the prompt the expression {@code node} evaluates to, literal or constant. */
    private void prompt(int node, String call, ModelArguments.Model model, Map<String, Object> parameters, boolean anyLength) {
        SyntaxValues.Value resolved = tree.is(node, "element_value_array_initializer") ? lines(node) : values.resolve(node);
        SyntaxValues.Value value = resolved != null ? resolved : TemplateCalls.resolve(values, tree, node);
        if (value == null || !value.literal() || value.text().isBlank()) {
            return;
        }
        if (!anyLength && value.constant() == null && value.text().strip().length() < 2) {
            return;
        }
        if (call != null && RESOURCE.matcher(value.text().strip()).matches()) {
            // Spring AI: .defaultSystem(resource) with @Value("classpath:/prompts/system.st") Resource resource
            reference(value, call);
            return;
        }
        Found prompt = prompts.computeIfAbsent(value.start(), k -> new Found(value,
                value.constant() != null ? value.constant() : call, value.constant()));
        if (prompt.model == null && model != null) {
            prompt.model = model;
            usedModels.add(model.keyOffset());
        }
        if (prompt.parameters == null) {
            prompt.parameters = parameters;
        }
    }

    /** langchain4j's {@code @SystemMessage({"line one", "line two"})}: the lines joined, as it joins them. */
    private SyntaxValues.Value lines(int array) {
        StringBuilder text = new StringBuilder();
        SyntaxValues.Value first = null;
        for (int element = tree.firstChild(array); element != SyntaxTree.NONE; element = tree.nextSibling(element)) {
            SyntaxValues.Value line = tree.named(element) ? values.resolve(element) : null;
            if (line == null || !line.literal()) {
                continue;
            }
            if (first == null) {
                first = line;
            } else {
                text.append('\n');
            }
            text.append(line.text());
        }
        return first == null ? null
                : new SyntaxValues.Value(text.toString(), first.start(), tree.end(array), null, true, false, false);
    }

    private void reference(SyntaxValues.Value value, String call) {
        Found prompt = prompts.computeIfAbsent(value.start(), k -> new Found(value, call, null));
        prompt.reference = true;
    }

    /**
     * String constants named like prompts, long enough to be one: declarations, dict and object
     * entries and keyword arguments whose value is written as a literal right there.
     */
    private void promptConstants() {
        for (SyntaxValues.Declaration declaration : values.declared()) {
            if (!declaration.field() && declaration.placeholder() == null) {
                if (promptModule && declaration.scope() == tree.root()) {
                    // prompts.py: its module constants are the prompts, whatever they are called
                    promptLiteral(declaration.name(), declaration.value());
                }
                promptConstant(declaration.name(), declaration.value());
                if (PROMPT_NAME.matcher(declaration.name()).matches()) {
                    // a table named like prompts: its entries are, whatever their keys (an entry named like one is read below)
                    PromptTables.entries(code, declaration.name(), declaration.value()).forEach(this::promptConstant);
                }
            }
        }
        for (int node = 0; node < tree.size(); node++) {
            if (code.isCall(node) || tree.is(node, "dictionary") || tree.is(node, "object") || tree.is(node, "literal_value")) {
                for (SyntaxCode.Entry entry : code.entries(node)) {
                    if (code.isCall(node) && SYSTEM_ARGUMENT.matcher(entry.key()).matches()) {
                        promptLiteral(entry.key(), entry.value());
                    } else {
                        promptConstant(entry.key(), entry.value());
                    }
                }
            }
            PromptTables.subscriptAssignment(code, node).forEach(this::promptConstant);
        }
    }

    private void promptConstant(String name, int value) {
        if (!PROMPT_NAME.matcher(name).matches()) {
            return;
        }
        if (value != SyntaxTree.NONE && tree.is(value, "array_initializer")) {
            // Java: String[] SYSTEM_PROMPTS = {"...", "..."}, one prompt per element
            for (int element = tree.namedChild(value, 0); element != SyntaxTree.NONE; element = tree.nextSibling(element)) {
                if (tree.named(element) && !code.isComment(element)) {
                    promptLiteral(name, element);
                }
            }
            return;
        }
        promptLiteral(name, value);
    }

    /** The literal written at {@code value}, named {@code name}, when it is long enough to be a prompt. */
    private void promptLiteral(String name, int value) {
        if (value == SyntaxTree.NONE || !writtenLiteral(value) || ScriptEntryBlock.contains(tree, value)) {
            return;
        }
        SyntaxValues.Value literal = values.resolve(value);
        if (literal == null) {
            literal = TemplateCalls.resolve(values, tree, value);
        }
        if (literal != null && literal.literal() && literal.text().strip().length() >= CONSTANT_MIN_LENGTH
                && !(literal.formatted() && literal.text().startsWith("{" + name + "}"))) {
            // prompt = f"{prompt}\n## Timings ...": text appended to a prompt found where it was written, not a new one
            prompts.putIfAbsent(literal.start(), new Found(literal, name, name));
        }
    }

    /** A literal or a concatenation of literals, as written: not a name, a call or an env lookup. */
    private boolean writtenLiteral(int node) {
        if (SyntaxStrings.literal(tree, node) != null || tree.is(node, "concatenated_string")) {
            return true;
        }
        String type = tree.type(node);
        if (type.equals("parenthesized_expression")) {
            return writtenLiteral(tree.namedChild(node, 0));
        }
        if (values.formatted(node) != SyntaxTree.NONE) {
            return writtenLiteral(values.formatted(node));
        }
        if (TemplateCalls.template(tree, node) != SyntaxTree.NONE) {
            return writtenLiteral(TemplateCalls.template(tree, node));
        }
        if (type.equals("binary_expression") || type.equals("binary_operator") || type.equals("additive_expression")) {
            int left = tree.child(node, "left") != SyntaxTree.NONE ? tree.child(node, "left") : tree.namedChild(node, 0);
            return writtenLiteral(left);
        }
        return false;
    }

    private void emit(Found prompt) {
        if (!prompt.reference && ChatFormatting.onlyFormatting(prompt.value.text())) {
            return;
        }
        models.markFound();
        int line = file.lineOf(prompt.value.start());
        String id = models.unique(file.subjectId() + "#L" + line);
        if (prompt.reference) {
            PromptFacts facts = new PromptFacts(prompt.value.text().strip(), null, null, null, null, ModelPinning.Origin.MODEL,
                    null, null, null, null, "");
            PromptEvidence.emit(sink, new PromptEvidence.Site(id, line, false, "code", prompt.call, true), format, facts, null,
                    List.of());
            return;
        }
        String value = prompt.value.text();
        String version = null;
        if (prompt.name != null) {
            Matcher suffix = VERSION_SUFFIX.matcher(prompt.name);
            version = suffix.find() ? suffix.group(1).toLowerCase(Locale.ROOT) : null;
        }
        String templateFormat = prompt.value.formatted() ? "f-string" : prompt.value.template() ? "template-literal" : null;
        PromptFacts facts = new PromptFacts(prompt.name, version, null, null,
                prompt.model == null ? null : prompt.model.value().text(),
                prompt.model != null && prompt.model.deployment() ? ModelPinning.Origin.DEPLOYMENT : ModelPinning.Origin.MODEL,
                null, prompt.parameters, null, templateFormat, value);
        PromptEvidence.emit(sink, new PromptEvidence.Site(id, line, true, "code", prompt.call, true), format,
                facts, value, FStrings.names(value));
    }

    /** {@code hub.pull("owner/name:commit")}: a prompt kept in the LangChain hub, pinned by a commit suffix. */
    private void hubPulls() {
        for (int node = 0; node < tree.size(); node++) {
            if (!code.isCall(node)) {
                continue;
            }
            List<String> path = code.calleePath(node);
            if (path.size() < 2 || !path.get(path.size() - 1).equals("pull") || !path.get(path.size() - 2).equals("hub")) {
                continue;
            }
            List<SyntaxCode.Argument> arguments = code.arguments(node);
            SyntaxValues.Value value = arguments.isEmpty() ? null : values.resolve(arguments.get(0).value());
            if (value == null || !value.literal() || value.text().isBlank()) {
                continue;
            }
            models.markFound();
            String reference = value.text().strip();
            int colon = reference.lastIndexOf(':');
            String name = colon > 0 ? reference.substring(0, colon) : reference;
            String commit = colon > 0 ? reference.substring(colon + 1) : null;
            int line = file.lineOf(value.start());
            PromptFacts facts = new PromptFacts(name, commit, null, null, null, ModelPinning.Origin.MODEL, null, null,
                    null, null, "");
            PromptEvidence.emit(sink, new PromptEvidence.Site(models.unique(file.subjectId() + "#L" + line), line, false,
                    "code", "hub.pull", true), "langchain-hub", facts, null, List.of());
        }
    }
}
