package dev.rubric.collect.tree;

/**
 * What a file's name alone says about a format. STRONG names (a {@code .prompty} file) that the
 * content does not confirm are recorded as unrecognised; WEAK names (any {@code .yaml}) are just
 * worth a look.
 */
public enum Hint {
    NONE, WEAK, STRONG
}
