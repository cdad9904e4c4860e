package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.MatchesAt;
import dev.rubric.collect.read.code.Needles;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern every match of which begins with one of a few literals, run over a whole file only
 * where one of them starts ({@link MatchesAt}): on an SDK's own sources, where every file passes
 * the prefilters, trying such patterns at every character was most of the parsing time.
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
        MatchesAt.forEach(pattern, text, starts.starts(text), onMatch);
    }
}
