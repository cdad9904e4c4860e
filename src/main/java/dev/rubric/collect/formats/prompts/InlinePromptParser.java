package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.CodeLanguage;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxParser;
import dev.rubric.collect.read.syntax.SyntaxTree;
import dev.rubric.collect.read.syntax.SyntaxUnavailableException;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.List;

/**
 * Prompts and model references written in source code (formats.md §1.9), read from the file's
 * syntax tree without running anything. Three kinds of places hold a prompt: the prompt arguments
 * of LLM SDK calls (system messages, {@code system=}/{@code instructions=}, prompt-template
 * constructors, Spring AI's {@code .system(...)}, langchain4j's {@code @SystemMessage}), and string
 * constants named like prompts. Model arguments ({@code ChatOpenAI(model=...)},
 * {@code from_pretrained(...)}, {@code ModelConfig(id=...)}) are model references of the file,
 * read only in files that mention an LLM library, since {@code model = "invoice"} is common in
 * ordinary code. Byte prefilters decide first: a file holding none of the needles is never
 * decoded or parsed.
 */
public final class InlinePromptParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            // the language table also leaves out generated and bundled code, and owns that list
            Signature.weak("*.{py,ts,tsx,mts,cts,js,jsx,mjs,cjs,java,kt,kts,go,cs}").where(name -> CodeLanguage.of(name) != null));

    /** Libraries whose presence makes {@code model=} arguments model references. */
    static final List<String> LLM_SIGNALS = List.of("openai", "OpenAI", "anthropic", "Anthropic", "langchain",
            "llama_index", "llamaindex", "genai", "generativeai", "GenerativeModel", "transformers", "ollama", "Ollama",
            "litellm", "springframework.ai", "SemanticKernel", "Microsoft.SemanticKernel", "mistral", "cohere", "bedrock",
            "vertexai", "huggingface", "groq", "langchain4j", "ChatClient", "@ai-sdk");
    /** Cheap look-ups before the calls are read: most files hold none of these. */
    static final List<String> CALL_NAMES = List.of("SystemMessage", "UserMessage", "from_template", "PromptTemplate",
            "CreateFunctionFromPrompt", "InvokePromptAsync", ".system", ".defaultSystem", ".prompt(", "completions.create",
            "ChatCompletion.create", "responses.create", "messages.create", "generate_content", "generateContent",
            "chat.complete", "from_messages", "generateText", "streamText");
    private static final List<String> ROLE_VALUES = List.of("system\"", "system'", "system`", "developer\"", "developer'");
    static final long CALLS = 1;
    static final long ROLES = 1 << 1;
    static final long LLM_LIBRARY = 1 << 2;
    static final long HUB = 1 << 3;
    /** Annotated model fields of a settings class, read even where no LLM library is imported. */
    static final long SETTINGS = 1 << 4;
    /** Set by {@link PromptConstantCandidates}, which finds the names prompt constants have by itself. */
    static final long PROMPT_CONSTANTS = 1 << 5;
    private static final List<String> SETTINGS_FIELDS = List.of("model: str", "model_name: str", "model_id: str",
            "model_name_or_path:", "_model: str");
    /** What each step looks for, found in one pass: a file holding none of it is not parsed at all. */
    private static final Needles STEPS = Needles.grouped(List.of(CALL_NAMES, ROLE_VALUES, LLM_SIGNALS,
            List.of("hub.pull"), SETTINGS_FIELDS));
    private static final int MAX_AVERAGE_LINE = 400;

    /** False to copy every function of the tree, for the test that leaving some out changes nothing. */
    private final boolean leaveOutIrrelevant;

    public InlinePromptParser() {
        this(true);
    }

    InlinePromptParser(boolean leaveOutIrrelevant) {
        super("inline-prompt", SIGNATURE);
        this.leaveOutIrrelevant = leaveOutIrrelevant;
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        CodeLanguage language = CodeLanguage.of(file.fileName());
        Grammar grammar = Grammar.forFile(file.fileName());
        if (language == null || grammar == null) {
            return false;
        }
        // the prefilters read the bytes: most code files are never decoded into a String
        long steps = STEPS.groupsIn(file);
        if (PromptConstantCandidates.promptModule(file.fileName()) && PromptConstantCandidates.literalAssigned(file.utf8())
                || PromptConstantCandidates.any(file.utf8())) {
            steps |= PROMPT_CONSTANTS;
        }
        if (steps == 0 || looksGenerated(file.text())) {
            return false;
        }
        try {
            String text = file.text();
            SyntaxTree tree = SyntaxParser.parse(grammar, text,
                    leaveOutIrrelevant ? PromptRelevance.of(grammar, text, steps) : SyntaxParser.TopLevel.ALL);
            return new PromptReading(file, sink, language.format, tree, steps).run();
        } catch (SyntaxUnavailableException e) {
            sink.error(1, 0, "inline prompts: " + e.getMessage());
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            sink.error(1, 0, "inline prompts: cannot read this " + language.format + " file: " + e);
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
}
