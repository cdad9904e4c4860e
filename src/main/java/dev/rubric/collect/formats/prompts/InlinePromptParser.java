package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.CodeLanguage;
import dev.rubric.collect.read.code.CodeText;
import dev.rubric.collect.read.prompts.FStrings;
import dev.rubric.collect.read.prompts.PromptEvidence;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.refs.ModelRefs;
import dev.rubric.collect.read.refs.ModelPinning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prompts and model references written in source code (formats.md §1.9), read without running
 * anything. Three kinds of places hold a prompt: the prompt arguments of LLM SDK calls (system
 * messages, {@code system=}/{@code instructions=}, prompt-template constructors), and string
 * constants named like prompts. The model argument of a call is kept when it is a literal, a
 * constant of the same file or an environment lookup. Model arguments elsewhere
 * ({@code ChatOpenAI(model=...)}, {@code from_pretrained(...)}) are model references of the file,
 * read only in files that mention an LLM library, since {@code model = "invoice"} is common in
 * ordinary code.
 */
public final class InlinePromptParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            // the language table also leaves out generated and bundled code, and owns that list
            Signature.weak("*.{py,ts,tsx,mts,cts,js,jsx,mjs,cjs,java,kt,kts,go,cs}").where(name -> CodeLanguage.of(name) != null));

    /** Libraries whose presence makes {@code model=} arguments model references. */
    private static final List<String> LLM_SIGNALS = List.of("openai", "OpenAI", "anthropic", "Anthropic", "langchain",
            "llama_index", "llamaindex", "genai", "generativeai", "GenerativeModel", "transformers", "ollama", "Ollama",
            "litellm", "springframework.ai", "SemanticKernel", "Microsoft.SemanticKernel", "mistral", "cohere", "bedrock",
            "vertexai", "huggingface", "groq", "langchain4j", "ChatClient", "@ai-sdk");
    /** Cheap look-ups before the call and role patterns run: most files hold none of these. */
    static final List<String> CALL_NAMES = List.of("SystemMessage", "from_template", "PromptTemplate",
            "CreateFunctionFromPrompt", "InvokePromptAsync", ".system", "completions.create", "ChatCompletion.create",
            "responses.create", "messages.create", "generate_content", "generateContent", "chat.complete", "from_messages",
            "generateText", "streamText");
    private static final List<String> ROLE_VALUES = List.of("system\"", "system'", "system`", "developer\"", "developer'");
    private static final long CALLS = 1;
    private static final long ROLES = 1 << 1;
    private static final long LLM_LIBRARY = 1 << 2;
    private static final long HUB = 1 << 3;
    /** Set by {@link PromptConstantCandidates}, which finds the names PROMPT_NAME below matches by itself. */
    private static final long PROMPT_CONSTANTS = 1 << 4;
    /** What each step looks for, found in one pass: a file holding none of it is not tokenized at all. */
    private static final Needles STEPS = Needles.grouped(List.of(CALL_NAMES, ROLE_VALUES, LLM_SIGNALS,
            List.of("hub.pull")));
    static final StartAnchored CALL = new StartAnchored(Pattern.compile(
            "(?<![\\w$])(?:@?(SystemMessage)|(SystemMessagePromptTemplate\\.from_template|PromptTemplate\\.from_template"
                    + "|ChatPromptTemplate\\.from_template|PromptTemplate|CreateFunctionFromPrompt|InvokePromptAsync)"
                    + "|\\.(system)|((?:chat\\.)?completions\\.create|ChatCompletion\\.create|responses\\.create|messages\\.create"
                    + "|generate_content|generateContent|chat\\.complete|ChatPromptTemplate\\.from_messages|from_messages"
                    + "|generateText|streamText))\\s*\\("),
            // every match begins with one of these
            "@SystemMessage", "SystemMessage", "ChatPromptTemplate", "PromptTemplate", "CreateFunctionFromPrompt",
            "InvokePromptAsync", ".system", "chat.completions", "completions.create", "ChatCompletion.create",
            "responses.create", "messages.create", "generate_content", "generateContent", "chat.complete", "from_messages",
            "generateText", "streamText");
    private static final Pattern FIRST_ARGUMENT_NAME = Pattern.compile("\\G\\s*(?:content|template|prompt|text|promptTemplate)\\s*[=:]\\s*");
    private static final Pattern PROMPT_KEYWORD = Pattern.compile(
            "\\b(?:system|instructions|system_instruction|systemInstruction|system_prompt|systemPrompt|template)\\s*[=:]\\s*(?![=>])");
    static final StartAnchored SYSTEM_ROLE = new StartAnchored(Pattern.compile(
            "[\"']?(?i:role)[\"']?\\s*[:=,]\\s*[\"'`](?:system|developer)[\"'`]\\s*,\\s*[\"']?(?i:content)[\"']?\\s*[:=,]\\s*"
                    + "|\\(\\s*[\"'](?:system|developer)[\"']\\s*,\\s*"), systemRoleStarts());
    static final StartAnchored MODEL_ARGUMENT = new StartAnchored(Pattern.compile(
            "(?<![\\w$])(?:(model|model_name|modelName|model_id|modelId|Model|ModelId)|(azure_deployment|deployment_name|deploymentName|DeploymentName))"
                    + "\\s*(?:[=:](?![=:])|\\()\\s*|\\.(?:with)?[Mm]odel\\(\\s*"),
            // every match begins with one of these
            "model", "Model", "azure_deployment", "deployment", "Deployment", ".model", ".Model", ".withModel", ".withmodel");
    private static final Pattern PRETRAINED = Pattern.compile("(?<![\\w$])(?:from_pretrained|snapshot_download)\\s*\\(");
    private static final Pattern REVISION = Pattern.compile("\\brevision\\s*=\\s*");
    private static final Pattern HUB_PULL = Pattern.compile("(?<![\\w$])hub\\.pull\\s*\\(");
    private static final Pattern PARAMETER = Pattern.compile(
            "\\b(temperature|top_p|topP|top_k|max_tokens|maxTokens|max_output_tokens|max_completion_tokens|seed)\\s*[=:]\\s*(-?\\d+(?:\\.\\d+)?)\\b");
    private static final Pattern PROMPT_NAME = Pattern.compile("(?i).*(prompt|instruction).*");
    private static final Pattern VERSION_SUFFIX = Pattern.compile("(?i)_(v\\d+)$");
    private static final int CONSTANT_MIN_LENGTH = 40;
    private static final int MAX_AVERAGE_LINE = 400;

    public InlinePromptParser() {
        super("inline-prompt", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        CodeLanguage language = CodeLanguage.of(file.fileName());
        if (language == null) {
            return false;
        }
        // the prefilters read the bytes: most code files are never decoded into a String
        long steps = STEPS.groupsIn(file);
        if (PromptConstantCandidates.any(file.utf8())) {
            steps |= PROMPT_CONSTANTS;
        }
        if (steps == 0 || looksGenerated(file.text())) {
            return false;
        }
        try {
            return new Scan(file, sink, language).run(steps);
        } catch (RuntimeException | StackOverflowError e) {
            sink.error(1, 0, "inline prompts: cannot scan this " + language.format + " file: " + e);
            return false;
        }
    }

    /** Minified or generated bundles: few, very long lines. */
    private static boolean looksGenerated(String text) {
        if (text.length() < 10_000) {
            return false;
        }
        // enough line breaks for an ordinary average settle it; ordinary code gets there early
        long enough = text.length() / (MAX_AVERAGE_LINE + 1L);
        long lines = 1;
        for (int i = text.indexOf('\n'); i >= 0 && lines <= enough; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return text.length() / lines > MAX_AVERAGE_LINE;
    }

    /**
     * Where a SYSTEM_ROLE match can begin: "role" in any letter case ({@code (?i)} is ASCII-only),
     * bare or after its quote, and a parenthesis followed by a quote or a space.
     */
    private static String[] systemRoleStarts() {
        List<String> starts = new ArrayList<>();
        for (int upper = 0; upper < 16; upper++) {
            StringBuilder role = new StringBuilder();
            for (int k = 0; k < 4; k++) {
                char c = "role".charAt(k);
                role.append((upper & (1 << k)) != 0 ? Character.toUpperCase(c) : c);
            }
            starts.addAll(List.of(role.toString(), "\"" + role, "'" + role));
        }
        for (String next : List.of("\"", "'", " ", "\t", "\n", "\r", "\u000B", "\f")) {
            starts.add("(" + next);
        }
        return starts.toArray(String[]::new);
    }

    /** What is known about one prompt literal before it becomes evidence. */
    private static final class Found {
        final CodeText.Literal literal;
        String call;
        String name;
        CodeValues.Value model;
        boolean deployment;
        Map<String, Object> parameters;

        Found(CodeText.Literal literal, String call, String name) {
            this.literal = literal;
            this.call = call;
            this.name = name;
        }
    }

    /** One pass over one file. */
    private static final class Scan {
        private final ParsedFile file;
        private final FileSink sink;
        private final CodeLanguage language;
        private final CodeText code;
        private final String masked;
        private final CodeValues values;
        private final Map<Integer, Found> prompts = new TreeMap<>();
        /** Offsets of model arguments already recorded with a prompt. */
        private final Set<Integer> usedModels = new HashSet<>();
        private final Map<String, Integer> ids = new HashMap<>();
        private boolean found;

        Scan(ParsedFile file, FileSink sink, CodeLanguage language) {
            this.file = file;
            this.sink = sink;
            this.language = language;
            this.code = CodeText.read(file.text(), file.chars(), language);
            this.masked = code.masked();
            this.values = new CodeValues(code, masked);
        }

        /** Runs the steps whose needles the file holds ({@code steps}, bits of STEPS). */
        boolean run(long steps) {
            if ((steps & CALLS) != 0) {
                sdkCalls();
            }
            if ((steps & ROLES) != 0) {
                systemMessages();
            }
            if ((steps & PROMPT_CONSTANTS) != 0) {
                promptConstants();
            }
            for (Found prompt : prompts.values()) {
                emit(prompt);
            }
            if ((steps & HUB) != 0) {
                hubPulls();
            }
            if ((steps & LLM_LIBRARY) != 0) {
                modelArguments();
                pretrained();
            }
            return found;
        }

        private void sdkCalls() {
            CALL.forEachMatch(masked, call -> {
                int open = call.end() - 1;
                int close = closingParen(open);
                String name = callName(call);
                boolean firstArgument = call.group(4) == null;
                Map.Entry<CodeValues.Value, Integer> model = firstArgument ? null : model(open, close);
                Map<String, Object> parameters = firstArgument ? null : parameters(open, close);
                if (firstArgument) {
                    int at = open + 1;
                    Matcher named = FIRST_ARGUMENT_NAME.matcher(masked).region(at, close);
                    if (named.lookingAt()) {
                        at = named.end();
                    }
                    prompt(at, name, null, null, false);
                }
                Matcher keyword = PROMPT_KEYWORD.matcher(masked).region(open, close);
                while (keyword.find()) {
                    prompt(keyword.end(), name, model, parameters, true);
                }
                Matcher role = SYSTEM_ROLE.pattern().matcher(masked).region(open, close);
                while (role.find()) {
                    prompt(role.end(), name, model, parameters, true);
                }
            });
        }

        /** System messages built outside a call ({@code messages = [{"role": "system", ...}]}). */
        private void systemMessages() {
            SYSTEM_ROLE.forEachMatch(masked, role -> prompt(role.end(), null, null, null, true));
        }

        /** Records the prompt the expression at {@code at} evaluates to, literal or constant. */
        private void prompt(int at, String call, Map.Entry<CodeValues.Value, Integer> model, Map<String, Object> parameters,
                            boolean anyLength) {
            CodeValues.Value value = values.at(at);
            if (value == null || value.literal() == null || value.text().isBlank()) {
                return;
            }
            if (!anyLength && value.constant() == null && value.text().strip().length() < 2) {
                return;
            }
            Found prompt = prompts.computeIfAbsent(value.literal().start(), k -> new Found(value.literal(),
                    value.constant() != null ? value.constant() : call, value.constant()));
            if (prompt.model == null && model != null) {
                prompt.model = model.getKey();
                prompt.deployment = model.getValue() < 0;
                usedModels.add(Math.abs(model.getValue()));
            }
            if (prompt.parameters == null) {
                prompt.parameters = parameters;
            }
        }

        /**
         * String constants named like prompts, long enough to be one. Walks the literals rather
         * than the text: there are far fewer of them, and the name sits right before each.
         */
        private void promptConstants() {
            int groupEnd = -1;
            for (CodeText.Literal first : code.literals().values()) {
                if (first.start() < groupEnd) {
                    continue;
                }
                String name = AssignedName.before(masked, first.start());
                if (name == null) {
                    continue;
                }
                CodeText.Literal literal = values.literalAt(first.start());
                groupEnd = literal.end();
                if (PROMPT_NAME.matcher(name).matches() && literal.value().strip().length() >= CONSTANT_MIN_LENGTH) {
                    prompts.putIfAbsent(literal.start(), new Found(literal, name, name));
                }
            }
        }

        private void emit(Found prompt) {
            markFound();
            int line = file.lineOf(prompt.literal.start());
            String id = unique(file.subjectId() + "#L" + line);
            String value = prompt.literal.value();
            String version = null;
            if (prompt.name != null) {
                Matcher suffix = VERSION_SUFFIX.matcher(prompt.name);
                version = suffix.find() ? suffix.group(1).toLowerCase(java.util.Locale.ROOT) : null;
            }
            String templateFormat = prompt.literal.formatted() ? "f-string" : prompt.literal.template() ? "template-literal" : null;
            PromptFacts facts = new PromptFacts(prompt.name, version, null, null,
                    prompt.model == null ? null : prompt.model.text(),
                    prompt.deployment ? ModelPinning.Origin.DEPLOYMENT : ModelPinning.Origin.MODEL, null, prompt.parameters,
                    null, templateFormat, value);
            PromptEvidence.emit(sink, new PromptEvidence.Site(id, line, true, "code", prompt.call, true), language.format,
                    facts, value, FStrings.names(value));
        }

        /** {@code hub.pull("owner/name:commit")}: a prompt kept in the LangChain hub, pinned by a commit suffix. */
        private void hubPulls() {
            Matcher pull = HUB_PULL.matcher(masked);
            while (pull.find()) {
                CodeValues.Value value = values.at(pull.end());
                if (value == null || value.literal() == null || value.text().isBlank()) {
                    continue;
                }
                markFound();
                String reference = value.text().strip();
                int colon = reference.lastIndexOf(':');
                String name = colon > 0 ? reference.substring(0, colon) : reference;
                String commit = colon > 0 ? reference.substring(colon + 1) : null;
                int line = file.lineOf(value.literalStart());
                PromptFacts facts = new PromptFacts(name, commit, null, null, null, ModelPinning.Origin.MODEL, null, null,
                        null, null, "");
                PromptEvidence.emit(sink, new PromptEvidence.Site(unique(file.subjectId() + "#L" + line), line, false, "code",
                        "hub.pull", true), "langchain-hub", facts, null, List.of());
            }
        }

        /** Model arguments not already recorded with a prompt. */
        private void modelArguments() {
            MODEL_ARGUMENT.forEachMatch(masked, argument -> {
                if (usedModels.contains(argument.start())) {
                    return;
                }
                CodeValues.Value value = values.at(argument.end());
                if (value == null || value.text().isBlank()) {
                    return;
                }
                boolean deployment = argument.group(2) != null;
                String field = deployment ? "deployment" : "model";
                record(argument.start(), field, new ModelRefs.Reference(value.text(), null,
                        deployment ? ModelPinning.Origin.DEPLOYMENT : ModelPinning.Origin.MODEL, null));
            });
        }

        private void pretrained() {
            if (!masked.contains("from_pretrained") && !masked.contains("snapshot_download")) {
                return;
            }
            Matcher call = PRETRAINED.matcher(masked);
            while (call.find()) {
                int open = call.end() - 1;
                int close = closingParen(open);
                CodeValues.Value value = values.at(open + 1);
                if (value == null || value.text().isBlank()) {
                    continue;
                }
                String revision = null;
                Matcher named = REVISION.matcher(masked).region(open, close);
                if (named.find()) {
                    CodeValues.Value given = values.at(named.end());
                    revision = given == null ? null : given.text();
                }
                record(call.start(), "from_pretrained", new ModelRefs.Reference(value.text(), revision,
                        ModelPinning.Origin.MODEL, null));
            }
        }

        /** A model reference of the file itself: {@code <file>#model:L<line>.<field>}. */
        private void record(int offset, String field, ModelRefs.Reference reference) {
            int line = file.lineOf(offset);
            String path = unique("L" + line + "." + field);
            if (ModelRefs.record(sink, file.subjectId(), path, field, reference, sink.location(line)) != null) {
                markFound();
            }
        }

        /** The model argument of a call between its parens: the value and its offset (negative for a deployment). */
        private Map.Entry<CodeValues.Value, Integer> model(int open, int close) {
            Matcher argument = MODEL_ARGUMENT.pattern().matcher(masked).region(open, close);
            while (argument.find()) {
                CodeValues.Value value = values.at(argument.end());
                if (value != null && !value.text().isBlank()) {
                    int offset = argument.group(2) != null ? -argument.start() : argument.start();
                    return Map.entry(value, offset);
                }
            }
            return null;
        }

        private Map<String, Object> parameters(int open, int close) {
            Map<String, Object> out = new TreeMap<>();
            Matcher parameter = PARAMETER.matcher(masked).region(open, close);
            while (parameter.find()) {
                String number = parameter.group(2);
                out.putIfAbsent(parameter.group(1), number.contains(".") ? (Object) Double.valueOf(number) : (Object) Long.valueOf(number));
            }
            return out.isEmpty() ? null : out;
        }

        private int closingParen(int open) {
            int depth = 0;
            for (int i = open; i < masked.length(); i++) {
                char c = masked.charAt(i);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth == 0) {
                        return i;
                    }
                }
            }
            return masked.length();
        }

        private String unique(String id) {
            int count = ids.merge(id, 1, Integer::sum);
            return count == 1 ? id : id + "~" + count;
        }

        private void markFound() {
            if (!found) {
                sink.classify("code", language.format, "parsed");
                found = true;
            }
        }

        private static String callName(Matcher call) {
            for (int group = 1; group <= 4; group++) {
                if (call.group(group) != null) {
                    return call.group(group);
                }
            }
            return null;
        }
    }
}
