package dev.rubric.collect.tree;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file names a {@link Signature} can give a hint to, as a superset, in lower case: extensions
 * (after the last dot), whole names and name prefixes. It is derived from the signature, never
 * written by hand: the collector asks a parser for its hint only about matching names, so that
 * each of some fifty parsers is not asked about every file of a large tree.
 */
public record NameFilter(Set<String> extensions, Set<String> names, List<String> prefixes) {
    /** Whether a file of this name may get a hint; {@code lowerCaseName} as {@link #lowerCase} gives it. */
    public boolean accepts(String lowerCaseName) {
        if (names.contains(lowerCaseName) || extensions.contains(extension(lowerCaseName))) {
            return true;
        }
        for (String prefix : prefixes) {
            if (lowerCaseName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public static String lowerCase(String fileName) {
        return fileName.toLowerCase(Locale.ROOT);
    }

    /** What follows the last dot, or "" for a name without one. */
    public static String extension(String lowerCaseName) {
        int dot = lowerCaseName.lastIndexOf('.');
        return dot < 0 ? "" : lowerCaseName.substring(dot + 1);
    }

}
