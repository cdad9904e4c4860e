package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.formats.Formats;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxParser;
import dev.rubric.collect.tree.FileLimits;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Top-level functions the prompt reading cannot need are left out of the syntax tree; a function
 * that holds a site, or a class, never is, and the evidence is the same as with every function.
 */
class PromptRelevanceTest {
    private static final long CALLS_AND_ROLES = InlinePromptParser.CALLS | InlinePromptParser.ROLES;

    @Test
    void aFunctionWithoutAnySiteWordIsLeftOut() {
        String source = "def total(value, limit=3):\n    \"\"\"Sums the ledger.\"\"\"\n    return value + limit\n";
        assertThat(copied(source, CALLS_AND_ROLES)).isFalse();
    }

    @Test
    void functionsHoldingASiteAreKept() {
        assertThat(copied("def ask(c):\n    return c.chat.completions.create(messages=[])\n", CALLS_AND_ROLES)).isTrue();
        assertThat(copied("def ask(c):\n    return c.chat \\\n        .completions \\\n        .create(messages=[])\n", CALLS_AND_ROLES))
                .as("a call split over lines").isTrue();
        assertThat(copied("def messages():\n    return [{'role': 'developer', 'content': 'Be brief.'}]\n", CALLS_AND_ROLES))
                .as("a role").isTrue();
        assertThat(copied("def load():\n    return hub.pull('owner/name')\n", InlinePromptParser.HUB)).isTrue();
    }

    @Test
    void siteWordsInNamesCommentsAndProseKeepNothing() {
        assertThat(copied("def answer_prompt(value):\n    \"\"\"Returns the prompt to create for the system.\"\"\"\n"
                + "    return value  # create the developer prompt\n", CALLS_AND_ROLES)).isFalse();
        assertThat(copied("def create_report(value):\n    return value.system_name\n", CALLS_AND_ROLES))
                .as("a call word that is not called, a role word that is not a literal").isFalse();
        assertThat(copied("def run(chat):\n    return chat.prompt('Hello').system('Be brief.')\n", CALLS_AND_ROLES))
                .as("Spring AI's builder names read only in a JVM file that names a library").isFalse();
        assertThat(copied("def label():\n    return 'system message'\n", CALLS_AND_ROLES)).as("a role word within a longer string")
                .isFalse();
    }

    @Test
    void callsAreSeenWithTheirArgumentsWhereverTheyStart() {
        assertThat(copied("def ask(c):\n    return c.messages.create (\n        system='Be brief.')\n", CALLS_AND_ROLES)).isTrue();
        String typescript = "function ask(): string {\n  return generateText<Answer>({ prompt: question });\n}\n";
        assertThat(PromptRelevance.of(Grammar.TYPESCRIPT, typescript, CALLS_AND_ROLES).copy("function_declaration", 0, typescript.length()))
                .as("a call with type arguments").isTrue();
        assertThat(copied("def roles():\n    return ('system', TEXT)\n", CALLS_AND_ROLES)).as("a role tuple").isTrue();
    }

    @Test
    void aFunctionDefiningAClassIsKept() {
        // classes are found by name anywhere in the file: Settings.MODEL reads this one
        assertThat(copied("def factory():\n    class Settings:\n        MODEL = 'gpt-4o'\n    return Settings\n", CALLS_AND_ROLES)).isTrue();
    }

    @Test
    void promptNamedConstantsMatterOnlyWhenLookedFor() {
        String source = "def build():\n    SYSTEM_PROMPT = 'You answer questions about invoices and nothing else.'\n    return SYSTEM_PROMPT\n";
        assertThat(copied(source, CALLS_AND_ROLES)).isFalse();
        assertThat(copied(source, CALLS_AND_ROLES | InlinePromptParser.PROMPT_CONSTANTS)).isTrue();
        assertThat(copied(source.replace("SYSTEM_PROMPT", "Agent_Instructions"), InlinePromptParser.PROMPT_CONSTANTS)).isTrue();
        // the comparison ignores case as String.regionMatches does, for which the long s is an s
        assertThat(copied(source.replace("SYSTEM_PROMPT", "\u017Fystem_text"), InlinePromptParser.PROMPT_CONSTANTS)).isTrue();
        assertThat(copied(source.replace("SYSTEM_PROMPT", "answer_text"), InlinePromptParser.PROMPT_CONSTANTS)).isFalse();
    }

    @Test
    void nothingIsLeftOutOfAFileThatMentionsAnLlmLibrary() {
        // every model argument of such a file counts, in whichever function it is written
        String source = "def total(value):\n    return value + 1\n";
        assertThat(PromptRelevance.of(Grammar.PYTHON, source, CALLS_AND_ROLES | InlinePromptParser.LLM_LIBRARY))
                .isSameAs(SyntaxParser.TopLevel.ALL);
        assertThat(PromptRelevance.of(Grammar.JAVA, source, CALLS_AND_ROLES)).as("no top-level functions in Java").isSameAs(SyntaxParser.TopLevel.ALL);
    }

    @Test
    void onlyFunctionsAreEverLeftOut() {
        SyntaxParser.TopLevel keep = PromptRelevance.of(Grammar.PYTHON, "MODEL = 1\n", CALLS_AND_ROLES);
        assertThat(keep.copy("expression_statement", 0, 9)).isTrue();
        assertThat(keep.copy("class_definition", 0, 9)).isTrue();
        assertThat(keep.copy("function_definition", 0, 9)).isFalse();
    }

    @Test
    void theFixturesGiveTheSameEvidenceWithEveryFunctionCopied() throws IOException {
        List<FormatParser> everything = copyingEveryFunction();
        assertThat(everything).isNotEqualTo(Formats.all());
        List<Path> inputs;
        try (Stream<Path> paths = Files.walk(Path.of("src/test/resources/collect"))) {
            inputs = paths.filter(p -> p.getFileName().toString().equals("input") && Files.isDirectory(p)).sorted().toList();
        }
        assertThat(inputs).hasSizeGreaterThan(50);
        for (Path input : inputs) {
            assertThat(collect(Formats.all(), input)).as(input.toString()).isEqualTo(collect(everything, input));
        }
    }

    @Test
    void filesWhereFunctionsAreLeftOutGiveTheSameEvidence() throws IOException {
        // a file that calls an SDK without importing it: its other functions are left out
        Path input = Path.of("src/test/resources/prompt-relevance/input");
        String python = Files.readString(input.resolve("invoice_service.py"));
        SyntaxParser.TopLevel keep = PromptRelevance.of(Grammar.PYTHON, python, CALLS_AND_ROLES | InlinePromptParser.PROMPT_CONSTANTS);
        assertThat(SyntaxParser.parse(Grammar.PYTHON, python, keep).complete()).as("some functions left out").isFalse();
        String typescript = Files.readString(input.resolve("handlers.ts"));
        assertThat(SyntaxParser.parse(Grammar.TYPESCRIPT, typescript, PromptRelevance.of(Grammar.TYPESCRIPT, typescript, InlinePromptParser.CALLS))
                .complete()).isFalse();

        List<FormatParser> everything = copyingEveryFunction();
        String evidence = collect(Formats.all(), input);
        assertThat(evidence).isEqualTo(collect(everything, input))
                .contains("You extract vendor, amount and due date", "Answer only from the invoice text", "Check the totals.",
                        "You answer questions about shipping rates only.", "gpt-4o-mini-2024-07-18", "claude-sonnet-4-20250514");
    }

    /** The parsers, with prompt reading given every function of every tree. */
    private static List<FormatParser> copyingEveryFunction() {
        List<FormatParser> everything = new ArrayList<>();
        for (FormatParser parser : Formats.all()) {
            everything.add(parser instanceof InlinePromptParser ? new InlinePromptParser(false) : parser);
        }
        return everything;
    }

    private static boolean copied(String source, long steps) {
        SyntaxParser.TopLevel keep = PromptRelevance.of(Grammar.PYTHON, source, steps);
        return keep.copy("function_definition", 0, source.length());
    }

    private static String collect(List<FormatParser> parsers, Path input) {
        EvidenceBuilder builder = new EvidenceBuilder();
        TreeCollector collector = new TreeCollector(parsers, FileLimits.defaults(), Set.of());
        builder.source(collector.collect(new PathTarget("fixture", "fixture", input), new EvidenceSink(builder)));
        return Json.pretty(builder.build("test"));
    }
}
