package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.Secrets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --flag value} / {@code --flag=value} pairs of a container command line. Kubeflow
 * training jobs name model and data only there, either one token per list item or as one shell
 * script under {@code sh -c}, so items holding spaces are split like a shell would (quotes and
 * line continuations, no expansion). Flag names are normalised: no dashes, '-' read as '_'.
 */
final class CommandFlags {
    private final Map<String, String> flags = new LinkedHashMap<>();

    private CommandFlags() {
    }

    static CommandFlags of(List<String> items) {
        List<String> tokens = new ArrayList<>();
        for (String item : items) {
            if (item.contains(" ") || item.contains("\n") || item.contains("\t")) {
                tokens.addAll(words(item));
            } else {
                tokens.add(item);
            }
        }
        CommandFlags out = new CommandFlags();
        List<String> scrubbed = Secrets.scrubArgs(tokens);
        for (int i = 0; i < scrubbed.size(); i++) {
            String token = scrubbed.get(i);
            if (!token.startsWith("--") || token.length() == 2) {
                continue;
            }
            int equals = token.indexOf('=');
            String name = normalise(equals > 0 ? token.substring(2, equals) : token.substring(2));
            String value;
            if (equals > 0) {
                value = token.substring(equals + 1);
            } else if (i + 1 < scrubbed.size() && !scrubbed.get(i + 1).startsWith("-")) {
                value = scrubbed.get(++i);
            } else {
                value = "true";
            }
            out.flags.putIfAbsent(name, value);
        }
        return out;
    }

    /** The value of the first of {@code names} present, or null. */
    String first(String... names) {
        for (String name : names) {
            String value = flags.get(name);
            if (value != null && !value.isBlank() && !value.equals(Secrets.MARKER)) {
                return value;
            }
        }
        return null;
    }

    private static String normalise(String name) {
        return name.replace('-', '_');
    }

    /** Shell words: whitespace separates, quotes group, backslash-newline joins; {@code ;}/{@code &&} are words too. */
    static List<String> words(String script) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\\' && i + 1 < script.length()) {
                char next = script.charAt(++i);
                if (next != '\n') {
                    current.append(next);
                    inWord = true;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                current.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(current.toString());
        }
        return words;
    }
}
