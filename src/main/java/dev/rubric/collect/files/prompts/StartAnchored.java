package dev.rubric.collect.files.prompts;

import dev.rubric.collect.files.Needles;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which begins with one of a few literals, run over a whole file by
 * trying it only where one of them starts. {@code find()} attempts a pattern at every character,
 * and a pattern that opens with a look-behind or an alternation of names costs that attempt
 * everywhere: on an SDK's own sources, where every file passes the prefilters, that was most of
 * the parsing time. The matches are the same as {@code find()}'s, in the same order: starts are
 * tried left to right, never inside the previous match, with transparent bounds so that
 * look-behinds still see the text before a start.
 */
final class StartAnchored {
    private final Pattern pattern;
    private final Needles starts;

    /** @param starts literals one of which every match of {@code pattern} begins with (ASCII) */
    StartAnchored(Pattern pattern, String... starts) {
        this.pattern = pattern;
        this.starts = Needles.of(starts);
    }

    Pattern pattern() {
        return pattern;
    }

    /** Each match in {@code text}, as a matcher positioned on it; the consumer must not move it. */
    void forEachMatch(String text, Consumer<Matcher> onMatch) {
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        int searched = 0;
        for (int start : starts.starts(text)) {
            if (start < searched || !matcher.region(start, text.length()).lookingAt()) {
                continue;
            }
            searched = matcher.end();
            onMatch.accept(matcher);
        }
    }
}
