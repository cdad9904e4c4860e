package dev.rubric.collect.read.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits shell text into commands of words the way a POSIX shell would before running them,
 * without running anything. Variables are expanded from what the text itself (or the caller)
 * assigns; a variable whose value is not known here leaves its word marked unresolved, so the
 * flag it feeds is reported as "depends on the environment" instead of a wrong literal.
 */
public final class ShellWords {
    /** One word; {@code text} keeps the variable as written when it could not be expanded. */
    public record Word(String text, boolean unresolved, int line) {
        boolean isFlag() {
            return text.startsWith("-") && text.length() > 1 && !unresolved;
        }
    }

    /** One simple command; {@code line} is the line (1-based) of its first word. */
    public record Command(List<Word> words, int line) {
    }

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_DEPTH = 8;

    private final String text;
    private final Map<String, String> variables;
    private final int depth;
    private int pos;
    private int line;

    private ShellWords(String text, Map<String, String> variables, int firstLine, int depth) {
        this.text = text;
        this.variables = variables;
        this.line = firstLine;
        this.depth = depth;
    }

    /**
     * The commands of {@code text}. {@code variables} holds the values known before it runs and
     * receives the script's own plain assignments, in order, as a shell would.
     */
    public static List<Command> commands(String text, Map<String, String> variables, int firstLine) {
        return new ShellWords(text, variables, firstLine, 0).run();
    }

    private List<Command> run() {
        List<Command> out = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean started = false;
        boolean unresolved = false;
        int wordLine = line;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos += 2;
                line++;
                continue;
            }
            boolean separator = c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')';
            if (separator || c == ' ' || c == '\t') {
                if (started) {
                    words.add(new Word(word.toString(), unresolved, wordLine));
                    word.setLength(0);
                    started = false;
                    unresolved = false;
                }
                if (separator) {
                    finish(words, out);
                    words = new ArrayList<>();
                }
                if (c == '\n') {
                    line++;
                }
                pos++;
                continue;
            }
            if (!started) {
                wordLine = line;
                if (c == '#') {
                    skipComment();
                    continue;
                }
            }
            started = true;
            if (c == '\'') {
                int end = text.indexOf('\'', pos + 1);
                end = end < 0 ? text.length() : end;
                String quoted = text.substring(pos + 1, end);
                line += count(quoted);
                word.append(quoted);
                pos = end + 1;
            } else if (c == '"') {
                pos++;
                unresolved |= doubleQuoted(word);
            } else if (c == '\\') {
                if (pos + 1 < text.length()) {
                    word.append(text.charAt(pos + 1));
                }
                pos += 2;
            } else if (c == '$') {
                Expansion expansion = dollar();
                if (expansion.words != null) {
                    // ${VAR:+words} with VAR unknown splices its own words in: "--revision", "$VAR"
                    if (word.length() > 0) {
                        words.add(new Word(word.toString(), unresolved, wordLine));
                        word.setLength(0);
                    }
                    words.addAll(expansion.words);
                    started = false;
                    unresolved = false;
                } else {
                    word.append(expansion.text);
                    unresolved |= expansion.unresolved;
                }
            } else if (c == '`') {
                int end = text.indexOf('`', pos + 1);
                end = end < 0 ? text.length() : end;
                word.append(text, pos, Math.min(text.length(), end + 1));
                unresolved = true;
                pos = end + 1;
            } else {
                word.append(c);
                pos++;
            }
        }
        if (started) {
            words.add(new Word(word.toString(), unresolved, wordLine));
        }
        finish(words, out);
        return out;
    }

    private void finish(List<Word> words, List<Command> out) {
        if (words.isEmpty()) {
            return;
        }
        int first = 0;
        String head = words.get(0).text();
        if (head.equals("export") || head.equals("readonly") || head.equals("local") || head.equals("declare")) {
            first = 1;
        }
        boolean onlyAssignments = true;
        for (int i = first; i < words.size(); i++) {
            Matcher assignment = ASSIGNMENT.matcher(words.get(i).text());
            if (!assignment.matches()) {
                onlyAssignments = false;
                break;
            }
            if (words.get(i).unresolved()) {
                variables.remove(assignment.group(1));
            } else {
                variables.put(assignment.group(1), assignment.group(2));
            }
        }
        if (!onlyAssignments) {
            out.add(new Command(List.copyOf(words), words.get(0).line()));
        }
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** Reads up to the closing quote; returns true when a variable in it was not known. */
    private boolean doubleQuoted(StringBuilder word) {
        boolean unresolved = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return unresolved;
            }
            if (c == '\\' && pos + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(pos + 1)) >= 0) {
                if (text.charAt(pos + 1) == '\n') {
                    line++;
                } else {
                    word.append(text.charAt(pos + 1));
                }
                pos += 2;
            } else if (c == '$') {
                Expansion expansion = dollar();
                if (expansion.words != null) {
                    for (int i = 0; i < expansion.words.size(); i++) {
                        Word inner = expansion.words.get(i);
                        word.append(i > 0 ? " " : "").append(inner.text());
                        unresolved |= inner.unresolved();
                    }
                } else {
                    word.append(expansion.text);
                    unresolved |= expansion.unresolved;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                word.append(c);
                pos++;
            }
        }
        return unresolved;
    }

    /** What a {@code $...} expands to; {@code words} is set only for {@code ${VAR:+...}} with VAR unknown. */
    private record Expansion(String text, boolean unresolved, List<Word> words) {
    }

    private Expansion dollar() {
        int start = pos;
        pos++;
        if (pos >= text.length()) {
            return new Expansion("$", false, null);
        }
        char c = text.charAt(pos);
        if (c == '{') {
            int end = closing(pos + 1, '{', '}');
            String inner = text.substring(pos + 1, Math.max(pos + 1, end));
            pos = Math.min(text.length(), end + 1);
            return braced(inner, text.substring(start, pos));
        }
        if (c == '(') {
            int end = closing(pos + 1, '(', ')');
            pos = Math.min(text.length(), end + 1);
            return new Expansion(text.substring(start, pos), true, null);
        }
        Matcher name = NAME.matcher(text).region(pos, text.length());
        if (name.lookingAt()) {
            pos = name.end();
            return lookup(name.group(), text.substring(start, pos));
        }
        if (Character.isDigit(c) || "@*#?$!-".indexOf(c) >= 0) {
            pos++;
            return new Expansion(text.substring(start, pos), true, null);
        }
        return new Expansion("$", false, null);
    }

    private Expansion lookup(String name, String raw) {
        String value = variables.get(name);
        return value != null ? new Expansion(value, false, null) : new Expansion(raw, true, null);
    }

    /** {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR:=default}}, {@code ${VAR:+alternative}}. */
    private Expansion braced(String inner, String raw) {
        Matcher name = NAME.matcher(inner);
        if (!name.lookingAt()) {
            return new Expansion(raw, true, null);
        }
        String variable = name.group();
        String rest = inner.substring(name.end());
        if (rest.isEmpty()) {
            return lookup(variable, raw);
        }
        String value = variables.get(variable);
        boolean colon = rest.startsWith(":");
        String operator = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
        String word = rest.substring(operator.length());
        boolean set = value != null && (!colon || !value.isEmpty());
        switch (operator.substring(operator.length() - 1)) {
            case "-", "=" -> {
                if (set) {
                    return new Expansion(value, false, null);
                }
                Expansion fallback = expandText(word);
                if (operator.endsWith("=") && !fallback.unresolved) {
                    variables.put(variable, fallback.text);
                }
                return fallback;
            }
            case "+" -> {
                if (value != null) {
                    // unquoted, the alternative splits into words like any expansion
                    return set ? new Expansion(null, false, depth < MAX_DEPTH ? innerWords(word) : List.of())
                            : new Expansion("", false, null);
                }
                return new Expansion(null, true, depth < MAX_DEPTH ? innerWords(word) : List.of());
            }
            default -> {
                return new Expansion(raw, true, null);
            }
        }
    }

    private Expansion expandText(String word) {
        if (depth >= MAX_DEPTH) {
            return new Expansion(word, true, null);
        }
        List<Word> words = innerWords(word);
        StringBuilder out = new StringBuilder();
        boolean unresolved = false;
        for (Word w : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w.text());
            unresolved |= w.unresolved();
        }
        return new Expansion(out.toString(), unresolved, null);
    }

    private List<Word> innerWords(String word) {
        List<Word> out = new ArrayList<>();
        for (Command command : new ShellWords(word, variables, line, depth + 1).run()) {
            out.addAll(command.words());
        }
        return out;
    }

    /** The index of the bracket closing the one just before {@code from}, honouring nesting and quotes. */
    private int closing(int from, char open, char close) {
        int level = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'' && open == '(') {
                int end = text.indexOf('\'', i + 1);
                i = end < 0 ? text.length() : end;
            } else if (c == open) {
                level++;
            } else if (c == close && --level == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
