package dev.rubric.render.terminal;

/** ANSI colours, or nothing at all when colour is off (NO_COLOR, pipes, --color=never). */
final class Ansi {
    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    String red(String text) {
        return wrap("31", text);
    }

    String green(String text) {
        return wrap("32", text);
    }

    String yellow(String text) {
        return wrap("33", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String bold(String text) {
        return wrap("1", text);
    }

    /** Green from 80, yellow from 50, red below; plain when there is no score. */
    String byScore(Double score, String text) {
        if (score == null) {
            return dim(text);
        }
        if (score >= 80) {
            return green(text);
        }
        return score >= 50 ? yellow(text) : red(text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
