package dev.rubric.collect.secrets;

/**
 * indexOf for a closing quote, remembering its last answer: a text full of opening quotes that
 * never close would otherwise be searched to its end once per quote, which is quadratic.
 */
final class ClosingQuotes {
    private final String text;
    private final int[] searchedFrom = {-1, -1};
    private final int[] found = {-1, -1};

    ClosingQuotes(String text) {
        this.text = text;
    }

    /** The first {@code quote} ('"' or '\'') at or after {@code from}, or -1. */
    int next(char quote, int from) {
        int slot = quote == '"' ? 0 : 1;
        // the nearest quote seen from an earlier start is still the nearest from any start up to it
        if (searchedFrom[slot] >= 0 && from >= searchedFrom[slot] && (found[slot] < 0 || from <= found[slot])) {
            return found[slot];
        }
        searchedFrom[slot] = from;
        found[slot] = text.indexOf(quote, from);
        return found[slot];
    }
}
