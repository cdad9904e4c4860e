package dev.rubric.collect.tree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file names a parser's {@link FormatParser#hint hint} can say yes to, as a superset, in
 * lower case: extensions (after the last dot), whole names and name prefixes. The collector asks a
 * parser for its hint only about matching names, so that each of some fifty parsers is not asked
 * about every file of a large tree. {@link #ANY}, the default, asks about every name. The
 * superset rule is tested for every parser (NameFiltersTest): a filter narrower than its hint
 * would hide files.
 */
public record NameFilter(Set<String> extensions, Set<String> names, List<String> prefixes) {
    public static final NameFilter ANY = new NameFilter(null, null, null);

    public static NameFilter ofExtensions(String... extensions) {
        return new NameFilter(Set.of(extensions), Set.of(), List.of());
    }

    public static NameFilter ofNames(String... names) {
        return new NameFilter(Set.of(), Set.of(names), List.of());
    }

    public static NameFilter ofPrefixes(String... prefixes) {
        return new NameFilter(Set.of(), Set.of(), List.of(prefixes));
    }

    public NameFilter withNames(String... more) {
        return new NameFilter(extensions, Set.copyOf(concat(names, more)), prefixes);
    }

    public NameFilter withPrefixes(String... more) {
        return new NameFilter(extensions, names, List.copyOf(concat(prefixes, more)));
    }

    public boolean isAny() {
        return extensions == null;
    }

    /** Whether a file of this name may get a hint; {@code lowerCaseName} as {@link #lowerCase} gives it. */
    public boolean accepts(String lowerCaseName) {
        if (isAny() || names.contains(lowerCaseName) || extensions.contains(extension(lowerCaseName))) {
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

    private static List<String> concat(Collection<String> first, String[] more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
