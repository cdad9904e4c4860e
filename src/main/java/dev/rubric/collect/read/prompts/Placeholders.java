package dev.rubric.collect.read.prompts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The input variables a template refers to, for prompts that declare none: the root names of
 * Handlebars/Mustache/Jinja expressions, in order of first use. Helpers and block keywords are
 * not inputs, and names used inside an {@code each}/{@code with}/section block or a Jinja loop
 * refer to the iterated item, so only the iterated collection counts.
 */
public final class Placeholders {
    /**
     * Comments, expressions and Jinja statements. Lengths are bounded so that a stray "{{" in a
     * large file costs a short look-ahead instead of a scan to the end for every occurrence.
     */
    private static final Pattern TAG = Pattern.compile(
            "\\{\\{!--.{0,20000}?--}}|\\{\\{!.{0,2000}?}}|\\{#.{0,20000}?#}|\\{\\{\\{?(.{0,1000}?)}?}}|\\{%-?(.{0,1000}?)-?%}",
            Pattern.DOTALL);
    /** Dotprompt and Handlebars helpers whose own name is never an input. */
    private static final Set<String> HELPERS = Set.of(
            "if", "unless", "each", "with", "else", "role", "media", "history", "section", "json", "log", "lookup",
            "ifEquals", "unlessEquals", "this", "true", "false", "null", "undefined", "loop", "super", "self",
            "range", "not", "and", "or", "in", "is", "as");
    /** Blocks that change the context, so plain names inside them are fields of the item. */
    private static final Set<String> SCOPING_BLOCKS = Set.of("each", "with");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern JINJA_FOR = Pattern.compile("^for\\s+(.+?)\\s+in\\s+(.+?)(\\s+if\\s.*|\\s+recursive)?$", Pattern.DOTALL);
    private static final Pattern JINJA_SET = Pattern.compile("^set\\s+([A-Za-z_][\\w\\s,]*?)\\s*=");

    private Placeholders() {
    }

    public static List<String> roots(String template) {
        Set<String> found = new LinkedHashSet<>();
        Deque<Set<String>> loopVariables = new ArrayDeque<>();
        Set<String> assigned = new HashSet<>();
        int contextBlocks = 0;
        Deque<Boolean> blockScopes = new ArrayDeque<>();
        Matcher tag = TAG.matcher(template);
        while (tag.find()) {
            if (tag.group(1) != null) {
                String expression = tag.group(1).strip();
                if (expression.startsWith("~")) {
                    expression = expression.substring(1);
                }
                if (expression.endsWith("~")) {
                    expression = expression.substring(0, expression.length() - 1);
                }
                expression = expression.strip();
                if (expression.isEmpty() || expression.startsWith(">") || expression.startsWith("!")) {
                    continue;
                }
                if (expression.startsWith("/")) {
                    if (!blockScopes.isEmpty() && blockScopes.pop()) {
                        contextBlocks--;
                    }
                    continue;
                }
                if (expression.startsWith("#") || expression.startsWith("^")) {
                    List<String> words = words(expression.substring(1));
                    if (words.isEmpty()) {
                        continue;
                    }
                    String head = words.get(0);
                    boolean helper = HELPERS.contains(head);
                    boolean inverted = expression.startsWith("^");
                    boolean scoping = !inverted && (!helper || SCOPING_BLOCKS.contains(head));
                    for (String word : helper ? words.subList(1, words.size()) : words) {
                        addReference(word, contextBlocks > 0, loopVariables, assigned, found);
                    }
                    blockScopes.push(scoping);
                    if (scoping) {
                        contextBlocks++;
                    }
                    continue;
                }
                List<String> words = words(expression);
                if (words.isEmpty()) {
                    continue;
                }
                List<String> references = HELPERS.contains(words.get(0)) ? words.subList(1, words.size())
                        : words(beforeFilters(expression));
                for (String word : references) {
                    addReference(word, contextBlocks > 0, loopVariables, assigned, found);
                }
            } else if (tag.group(2) != null) {
                jinjaStatement(tag.group(2).strip(), loopVariables, assigned, found);
            }
        }
        return List.copyOf(found);
    }

    private static void jinjaStatement(String statement, Deque<Set<String>> loopVariables, Set<String> assigned,
                                       Set<String> found) {
        Matcher loop = JINJA_FOR.matcher(statement);
        if (loop.matches()) {
            addReference(loop.group(2).strip(), false, loopVariables, assigned, found);
            Set<String> names = new HashSet<>();
            for (String name : loop.group(1).split(",")) {
                names.add(name.strip().replace("(", "").replace(")", ""));
            }
            loopVariables.push(names);
            return;
        }
        if (statement.startsWith("endfor")) {
            if (!loopVariables.isEmpty()) {
                loopVariables.pop();
            }
            return;
        }
        Matcher set = JINJA_SET.matcher(statement);
        if (set.find()) {
            for (String name : set.group(1).split(",")) {
                assigned.add(name.strip());
            }
            return;
        }
        if (statement.startsWith("if ") || statement.startsWith("elif ")) {
            String condition = statement.substring(statement.indexOf(' ') + 1).strip();
            for (String word : condition.split("[\\s()]+")) {
                addReference(word, false, loopVariables, assigned, found);
            }
        }
    }

    /** Jinja filters after '|' are functions, not inputs. */
    private static String beforeFilters(String expression) {
        int pipe = expression.indexOf('|');
        return pipe < 0 ? expression : expression.substring(0, pipe);
    }

    private static void addReference(String word, boolean insideContextBlock, Deque<Set<String>> loopVariables,
                                     Set<String> assigned, Set<String> found) {
        String reference = word;
        int equals = reference.indexOf('=');
        if (equals >= 0) {
            reference = reference.substring(equals + 1);
        }
        int pipe = reference.indexOf('|');
        if (pipe >= 0) {
            reference = reference.substring(0, pipe);
        }
        reference = reference.strip();
        boolean fromRoot = reference.startsWith("@root.");
        if (fromRoot) {
            reference = reference.substring("@root.".length());
        } else if (insideContextBlock || reference.startsWith("@") || reference.startsWith("../")) {
            return;
        }
        Matcher root = IDENTIFIER.matcher(reference);
        if (!root.lookingAt()) {
            return;
        }
        String name = root.group();
        if (HELPERS.contains(name) || assigned.contains(name)) {
            return;
        }
        for (Set<String> names : loopVariables) {
            if (names.contains(name)) {
                return;
            }
        }
        found.add(name);
    }

    /** Whitespace-separated words, keeping quoted strings whole and dropping literals. */
    private static List<String> words(String expression) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean literal = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                literal = current.length() == 0 || current.charAt(current.length() - 1) == '=';
                if (literal && current.length() > 0) {
                    current.setLength(0);
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                flush(current, out, literal);
                literal = false;
                continue;
            }
            current.append(c);
        }
        flush(current, out, literal);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out, boolean literal) {
        if (current.length() > 0 && !literal) {
            String word = current.toString();
            if (!Character.isDigit(word.charAt(0)) && !word.startsWith("-")) {
                out.add(word);
            }
        }
        current.setLength(0);
    }
}
