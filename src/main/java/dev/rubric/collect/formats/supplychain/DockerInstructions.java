package dev.rubric.collect.formats.supplychain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile as logical instructions. Continuation lines are joined, comments dropped, and
 * heredoc bodies ({@code RUN <<EOF}) skipped, because a shell line inside a heredoc that starts
 * with {@code FROM} or {@code LABEL} is not an instruction.
 */
final class DockerInstructions {
    record Instruction(String keyword, String arguments, int line) {
    }

    private static final Pattern ESCAPE_DIRECTIVE = Pattern.compile("(?i)#\\s*escape\\s*=\\s*(\\S)\\s*");
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*[A-Za-z]+\\s*=.*");
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");

    private DockerInstructions() {
    }

    static List<Instruction> read(String text) {
        String[] lines = text.split("\n", -1);
        char escape = '\\';
        boolean directives = true;
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        Deque<String> heredocs = new ArrayDeque<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (!heredocs.isEmpty()) {
                if (trimmed.equals(heredocs.peekFirst())) {
                    heredocs.removeFirst();
                }
                continue;
            }
            if (current == null) {
                if (trimmed.isEmpty()) {
                    directives = false;
                    continue;
                }
                if (trimmed.startsWith("#")) {
                    // parser directives are only honoured before the first comment or instruction
                    Matcher escapeDirective = ESCAPE_DIRECTIVE.matcher(trimmed);
                    if (directives && escapeDirective.matches()) {
                        escape = escapeDirective.group(1).charAt(0);
                    } else if (!DIRECTIVE.matcher(trimmed).matches()) {
                        directives = false;
                    }
                    continue;
                }
                directives = false;
                current = new StringBuilder();
                start = i + 1;
            } else if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            Instruction instruction = split(current.toString().strip(), start);
            current = null;
            if (instruction == null) {
                continue;
            }
            out.add(instruction);
            if (instruction.keyword().equals("RUN") || instruction.keyword().equals("COPY") || instruction.keyword().equals("ADD")) {
                Matcher heredoc = HEREDOC.matcher(instruction.arguments());
                while (heredoc.find()) {
                    heredocs.addLast(heredoc.group(3));
                }
            }
        }
        if (current != null) {
            Instruction last = split(current.toString().strip(), start);
            if (last != null) {
                out.add(last);
            }
        }
        return out;
    }

    private static Instruction split(String logical, int line) {
        if (logical.isEmpty()) {
            return null;
        }
        int space = 0;
        while (space < logical.length() && !Character.isWhitespace(logical.charAt(space))) {
            space++;
        }
        return new Instruction(logical.substring(0, space).toUpperCase(Locale.ROOT), logical.substring(space).strip(), line);
    }

    /** Shell-like words: quotes group, backslash escapes, the quotes themselves are dropped. */
    static List<String> words(String arguments) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < arguments.length()) {
                    word.append(arguments.charAt(++i));
                } else {
                    word.append(c);
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '\\' && i + 1 < arguments.length()) {
                word.append(arguments.charAt(++i));
            } else {
                word.append(c);
            }
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }
}
