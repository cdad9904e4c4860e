package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.code.MatchesAt;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern run over a whole source file, tried only when the file holds one of the literals that
 * every match contains. A pattern that starts with {@code \b} is attempted at every position of
 * the file, and most files that pass the parser's prefilter hold what one or two patterns look
 * for, not what the other twenty do.
 *
 * <p>Patterns made with {@link #atWordStart} go further: every match begins where the identifier
 * holding one of the literals begins ({@code \b}, then word characters up to the literal, as in
 * {@code \b[A-Z]\w*Embeddings?\s*\(}), so {@link #forEachMatch} tries them only there. In a file
 * that uses a framework on every page, trying them everywhere was most of the parsing time.
 */
record Anchored(Pattern pattern, List<String> literals, boolean wordStart) {

    static Anchored of(String regex, String... literals) {
        return new Anchored(Pattern.compile(regex), List.of(literals), false);
    }

    /** A pattern whose every match starts at the beginning of an identifier that holds a literal. */
    static Anchored atWordStart(String regex, String... literals) {
        return new Anchored(Pattern.compile(regex), List.of(literals), true);
    }

    boolean mayMatch(String text) {
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** A matcher over {@code text}, or one that finds nothing when no literal is there. */
    Matcher matcher(String text) {
        return pattern.matcher(mayMatch(text) ? text : "");
    }

    /**
     * The matches {@code find()} would give, in order, as a matcher positioned on each; the
     * consumer must not move it.
     */
    void forEachMatch(String text, Consumer<Matcher> onMatch) {
        if (!wordStart) {
            Matcher matcher = matcher(text);
            while (matcher.find()) {
                onMatch.accept(matcher);
            }
            return;
        }
        MatchesAt.forEach(pattern, text, identifierStarts(text), onMatch);
    }

    /** Where the identifiers holding a literal begin, in order. */
    private int[] identifierStarts(String text) {
        TreeSet<Integer> starts = new TreeSet<>();
        for (String literal : literals) {
            for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
                int start = at;
                while (start > 0 && isAsciiWord(text.charAt(start - 1))) {
                    start--;
                }
                starts.add(start);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Java's {@code \w}. */
    private static boolean isAsciiWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
