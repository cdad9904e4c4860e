package dev.rubric.collect.read.prompts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variables of templates that use single braces: Python {@code str.format}/f-strings and
 * LangChain's default "f-string" format ({@code {name}}), Spring AI StringTemplate, and JavaScript
 * template literals ({@code ${name}}), next to the double-brace placeholders {@link Placeholders}
 * reads. Doubled braces are escapes in f-strings, so {@code {{x}}} never counts as {@code {x}}.
 */
public final class FStrings {
    private static final Pattern SINGLE = Pattern.compile(
            "(?<![{$])\\{([A-Za-z_][A-Za-z0-9_]{0,63})(?:[.\\[][^{}\\n]{0,100})?(?:![rsa])?(?::[^{}\\n]{0,40})?}(?!})");
    private static final Pattern DOLLAR = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]{0,63})");
    /** Semantic Kernel's {@code {{$name}}}, which code passes to InvokePromptAsync. */
    private static final Pattern KERNEL = Pattern.compile("\\{\\{[^}]{0,200}?\\$([A-Za-z_][A-Za-z0-9_]{0,63})");

    private FStrings() {
    }

    public static List<String> names(String text) {
        Set<String> names = new LinkedHashSet<>(Placeholders.roots(text));
        Matcher single = SINGLE.matcher(text);
        while (single.find()) {
            names.add(single.group(1));
        }
        Matcher dollar = DOLLAR.matcher(text);
        while (dollar.find()) {
            names.add(dollar.group(1));
        }
        Matcher kernel = KERNEL.matcher(text);
        while (kernel.find()) {
            names.add(kernel.group(1));
        }
        return new ArrayList<>(names);
    }
}
