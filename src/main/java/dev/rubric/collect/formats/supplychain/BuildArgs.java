package dev.rubric.collect.formats.supplychain;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARGs declared before the first FROM, which are the only ones a FROM line can use. A
 * reference resolves when its ARG has a default (or the reference carries its own
 * {@code :-default}); anything else is decided at build time and stays unresolved.
 */
final class BuildArgs {
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, String> defaults = new HashMap<>();

    void declare(String name, String defaultValue) {
        defaults.put(name, defaultValue);
    }

    /** {@code text} with every ARG reference replaced, or null when one has no value here. */
    String substitute(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
            String value = defaults.get(name);
            String operator = matcher.group(2);
            String replacement;
            if ("+".equals(operator)) {
                replacement = value == null || value.isEmpty() ? "" : matcher.group(3);
            } else if ("-".equals(operator) && (value == null || value.isEmpty())) {
                replacement = matcher.group(3);
            } else {
                replacement = value;
            }
            if (replacement == null) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The ARG a value is taken from when the whole value is one reference ({@code $GIT_SHA}), else null. */
    static String soleReference(String value) {
        Matcher matcher = REFERENCE.matcher(value.strip());
        if (matcher.matches()) {
            return matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
        }
        return null;
    }
}
