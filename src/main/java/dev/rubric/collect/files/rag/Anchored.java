package dev.rubric.collect.files.rag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern run over a whole source file, tried only when the file holds one of the literals that
 * every match contains. A pattern that starts with {@code \b} is attempted at every position of
 * the file, and most files that pass the parser's prefilter hold what one or two patterns look
 * for, not what the other twenty do.
 */
record Anchored(Pattern pattern, List<String> literals) {

    static Anchored of(String regex, String... literals) {
        return new Anchored(Pattern.compile(regex), List.of(literals));
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
}
