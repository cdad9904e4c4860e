package dev.rubric.collect.formats.prompts;

import java.util.function.ObjIntConsumer;

/**
 * Finds the assignments of a code file ({@code name = …}, {@code name: Type = …},
 * {@code name := …}) in one left-to-right pass, reporting each assigned name and where its value
 * starts.
 *
 * <p>It finds exactly what repeated {@code find()} with this pattern finds, which is the
 * specification (see {@code AssignmentsTest}):
 * <pre>(?&lt;![\w.])([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*[\w.&lt;&gt;\[\]?]+\s*)?(?:(?&lt;![=!&lt;&gt;:+\-*&#47;%&amp;|^])=(?![=&gt;])|:=)\s*</pre>
 * The regex is tried at every character and ran at about 25 MB/s in the quickly compiled code of
 * a short run: a few seconds on an SDK's sources, where every file names a model and so has its
 * constants read. Every part of the pattern is greedy over characters that its successor cannot
 * start with, so it never backtracks into a shorter match and a plain scan decides the same.
 */
final class Assignments {
    private static final String NOT_BEFORE_EQUALS = "=!<>:+-*/%&|^";

    private Assignments() {
    }

    /** Calls {@code onAssignment} with each assigned name and the offset just after its operator and spaces. */
    static void scan(String text, ObjIntConsumer<String> onAssignment) {
        int length = text.length();
        int at = 0;
        while (at < length) {
            if (!isNameStart(text.charAt(at)) || (at > 0 && isWordOrDot(text.charAt(at - 1)))) {
                at++;
                continue;
            }
            int nameEnd = at + 1;
            while (nameEnd < length && isWord(text.charAt(nameEnd))) {
                nameEnd++;
            }
            int valueStart = valueStart(text, skipSpaces(text, nameEnd));
            if (valueStart < 0) {
                // positions inside the name fail the look-behind
                at = nameEnd;
                continue;
            }
            onAssignment.accept(text.substring(at, nameEnd), valueStart);
            at = valueStart;
        }
    }

    /** After the name and its spaces: an optional {@code : Type}, then the operator; -1 when there is none. */
    private static int valueStart(String text, int afterName) {
        if (afterName < text.length() && text.charAt(afterName) == ':') {
            int typeStart = skipSpaces(text, afterName + 1);
            int typeEnd = typeStart;
            while (typeEnd < text.length() && isTypeChar(text.charAt(typeEnd))) {
                typeEnd++;
            }
            if (typeEnd > typeStart) {
                int operator = skipSpaces(text, typeEnd);
                int width = operatorWidth(text, operator);
                if (width > 0) {
                    return skipSpaces(text, operator + width);
                }
            }
        }
        int width = operatorWidth(text, afterName);
        return width > 0 ? skipSpaces(text, afterName + width) : -1;
    }

    /** 1 for an assigning {@code =} (not {@code ==}, {@code =>}, {@code !=}, {@code +=} …), 2 for {@code :=}, else 0. */
    private static int operatorWidth(String text, int at) {
        int length = text.length();
        if (at >= length) {
            return 0;
        }
        char c = text.charAt(at);
        if (c == '=') {
            boolean compound = at > 0 && NOT_BEFORE_EQUALS.indexOf(text.charAt(at - 1)) >= 0;
            boolean comparisonOrArrow = at + 1 < length && (text.charAt(at + 1) == '=' || text.charAt(at + 1) == '>');
            return compound || comparisonOrArrow ? 0 : 1;
        }
        return c == ':' && at + 1 < length && text.charAt(at + 1) == '=' ? 2 : 0;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Java's {@code \s}: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    }

    /** Java's {@code \w}: ASCII letters, digits and underscore. */
    private static boolean isWord(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    private static boolean isWordOrDot(char c) {
        return isWord(c) || c == '.';
    }

    private static boolean isTypeChar(char c) {
        return isWordOrDot(c) || c == '<' || c == '>' || c == '[' || c == ']' || c == '?';
    }
}
