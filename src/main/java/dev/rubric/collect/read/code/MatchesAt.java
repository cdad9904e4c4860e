package dev.rubric.collect.read.code;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern run over a whole text only at the places where a match can begin. {@code find()}
 * attempts a pattern at every character, and one that opens with a look-behind or an alternation
 * of names costs that attempt everywhere. Given every position where a match may start, this
 * finds the same matches as {@code find()}, in the same order: starts are tried left to right,
 * never inside the previous match, with transparent bounds so that look-behinds and {@code \b}
 * still see the text before a start.
 */
public final class MatchesAt {
    private MatchesAt() {
    }

    /**
     * @param starts every position where a match may begin, ascending
     * @param onMatch gets a matcher positioned on each match; it must not move it
     */
    public static void forEach(Pattern pattern, String text, int[] starts, Consumer<Matcher> onMatch) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        int searched = 0;
        for (int start : starts) {
            if (start < searched || !matcher.region(start, text.length()).lookingAt()) {
                continue;
            }
            searched = matcher.end();
            onMatch.accept(matcher);
        }
    }
}
