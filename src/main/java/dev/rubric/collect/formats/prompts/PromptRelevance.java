package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxParser;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which top-level functions of a file the prompt reading needs. Copying a syntax tree out of
 * tree-sitter costs more than parsing it, and in a file that only holds a prompt call most of the
 * tree is functions that cannot matter: a name declared inside a top-level function is seen only
 * there, so such a function matters only when it holds a site itself (a prompt call, a role, a
 * prompt-named constant, a hub pull) or a class, whose fields any code may read by the class's
 * name. A function whose text holds none of those sites is left out of the tree. In a file that
 * mentions an LLM library every model argument counts, wherever written: nothing is left out.
 * The words come from the tables the reading matches with (call names, roles, constant names), so
 * a site added there is never left out here. A word counts where the reading could see it: a call
 * name followed by its arguments, a role as a whole string literal. The same words in names,
 * comments and docstrings ({@code def answer_prompt}, "Returns the prompt for") are the common
 * case in code near an LLM call and keep nothing. Like the file prefilter, a word written only
 * through escapes ({@code "sys\x74em"}) is not seen.
 */
final class PromptRelevance implements SyntaxParser.TopLevel {
    /** The top-level functions of each grammar: declarations whose names stay inside them. */
    private static final Map<Grammar, Set<String>> FUNCTIONS = Map.of(
            Grammar.PYTHON, Set.of("function_definition", "decorated_definition"),
            Grammar.JAVASCRIPT, Set.of("function_declaration", "generator_function_declaration"),
            Grammar.TYPESCRIPT, Set.of("function_declaration", "generator_function_declaration"),
            Grammar.TSX, Set.of("function_declaration", "generator_function_declaration"));
    /**
     * The last name of every prompt call a file without an LLM library can make (the part a callee
     * path is matched on, so that a call split over lines still counts; Spring AI's builder names
     * count only in a JVM file naming a library, which is never read with functions left out), and
     * the hub's {@code pull}.
     */
    static final Set<String> CALL_WORDS;
    /** Words a site is written with: the call words, the role values and {@code class}. */
    static final List<String> WORDS;
    private static final Needles WORD_STARTS;
    /** Read case-insensitively, and only when prompt-named constants are looked for. */
    private static final List<String> CONSTANT_WORDS = PromptReading.PROMPT_NAME_WORDS;
    /**
     * The characters a case-blind comparison takes for the first letter of a constant word (the
     * long s and the dotless i among them): the only places the comparison is tried.
     */
    private static final boolean[] CONSTANT_INITIALS = new boolean[Character.MAX_VALUE + 1];

    static {
        Set<String> calls = new LinkedHashSet<>();
        for (String call : PromptCalls.names(false)) {
            calls.add(call.substring(call.lastIndexOf('.') + 1));
        }
        calls.add("pull");
        CALL_WORDS = Set.copyOf(calls);
        Set<String> words = new LinkedHashSet<>(calls);
        words.addAll(PromptReading.SYSTEM_ROLES);
        words.add("class");
        WORDS = List.copyOf(words);
        WORD_STARTS = Needles.of(WORDS);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String word : CONSTANT_WORDS) {
                CONSTANT_INITIALS[c] |= caseFold((char) c) == caseFold(word.charAt(0));
            }
        }
    }

    /** The comparison {@code regionMatches(true, …)} makes of two characters: equal after upper- then lower-casing. */
    private static char caseFold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private final Set<String> functions;
    /** Sorted offsets where a word starts. */
    private final int[] hits;

    private PromptRelevance(Set<String> functions, int[] hits) {
        this.functions = functions;
        this.hits = hits;
    }

    /** The top-level nodes prompt reading with {@code steps} needs in {@code source}. */
    static SyntaxParser.TopLevel of(Grammar grammar, String source, long steps) {
        Set<String> functions = FUNCTIONS.get(grammar);
        if (functions == null || (steps & InlinePromptParser.LLM_LIBRARY) != 0) {
            return SyntaxParser.TopLevel.ALL;
        }
        // one pass for every word, not one search each: some forty words over each file with a prompt call
        int[] hits = WORD_STARTS.starts(source);
        int count = 0;
        for (int at : hits) {
            if (site(source, at)) {
                hits[count++] = at;
            }
        }
        if ((steps & InlinePromptParser.PROMPT_CONSTANTS) != 0) {
            for (int at = 0; at < source.length(); at++) {
                if (!CONSTANT_INITIALS[source.charAt(at)]) {
                    continue;
                }
                for (String word : CONSTANT_WORDS) {
                    if (source.regionMatches(true, at, word, 0, word.length())) {
                        hits = grow(hits, count);
                        hits[count++] = at;
                    }
                }
            }
        }
        int[] sorted = Arrays.copyOf(hits, count);
        Arrays.sort(sorted);
        return new PromptRelevance(functions, sorted);
    }

    /** Whether a word starting at {@code at} is written as a site could use it: see the class comment. */
    private static boolean site(String source, int at) {
        for (String word : WORDS) {
            if (!source.startsWith(word, at)) {
                continue;
            }
            int after = at + word.length();
            if (CALL_WORDS.contains(word) ? calledAt(source, after)
                    : !PromptReading.SYSTEM_ROLES.contains(word) || quotedAround(source, at, after)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether arguments follow a callee name ending before {@code after}: an opening parenthesis,
     * a TypeScript type argument list ({@code generateText<T>(}), an optional call ({@code ?.(})
     * or a tagged template, past white space and line continuations.
     */
    private static boolean calledAt(String source, int after) {
        int at = after;
        while (at < source.length() && (Character.isWhitespace(source.charAt(at)) || source.charAt(at) == '\\')) {
            at++;
        }
        if (at == source.length()) {
            return false;
        }
        char next = source.charAt(at);
        return next == '(' || next == '<' || next == '?' || next == '`';
    }

    /** Whether the word is the whole of a string literal: {@code "system"}, {@code 'developer'}. */
    private static boolean quotedAround(String source, int start, int end) {
        if (start == 0 || end == source.length()) {
            return false;
        }
        char quote = source.charAt(start - 1);
        return (quote == '"' || quote == '\'' || quote == '`') && source.charAt(end) == quote;
    }

    private static int[] grow(int[] hits, int count) {
        return count < hits.length ? hits : Arrays.copyOf(hits, Math.max(16, hits.length * 2));
    }

    @Override
    public boolean copy(String type, int start, int end) {
        if (!functions.contains(type)) {
            return true;
        }
        int found = Arrays.binarySearch(hits, start);
        int first = found >= 0 ? found : -found - 1;
        return first < hits.length && hits[first] < end;
    }
}
