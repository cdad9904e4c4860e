package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.code.CodeText;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves what an argument evaluates to, as far as it can be read without running anything: a
 * literal (adjacent literals joined), a simple constant assigned a literal in the same file, or an
 * environment lookup, whose default counts when it has one and which otherwise stays a
 * {@code ${VAR}} reference (opaque).
 */
final class CodeValues {
    /** A resolved value, where its literal starts, and the constant it came through (or null). */
    record Value(String text, int literalStart, String constant, CodeText.Literal literal) {
    }

    private static final Pattern ENV_CALL = Pattern.compile(
            "\\G(?:os\\.getenv|os\\.environ\\.get|getenv|System\\.getenv|os\\.Getenv|Environment\\.GetEnvironmentVariable"
                    + "|os\\.environ\\[|process\\.env\\[)\\s*\\(?\\s*");
    private static final Pattern PROCESS_ENV = Pattern.compile("\\Gprocess\\.env\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern DEFAULT_SEPARATOR = Pattern.compile("\\G\\s*(?:,|\\]\\s*(?:\\?\\?|\\|\\|)|\\)\\s*(?:\\?\\?|\\|\\||\\?:)|\\?\\?|\\|\\||\\?:)\\s*");
    /** A bare name; {@code NAME.format(...)} still evaluates to the template NAME holds. */
    private static final Pattern IDENTIFIER = Pattern.compile("\\G([A-Za-z_][A-Za-z0-9_]*)(?![\\w(\\[]|\\.(?!format\\())");
    private static final Pattern JOINER = Pattern.compile("[\\s+\\\\]*");
    private static final int MAX_DEPTH = 3;

    private final CodeText code;
    private final String masked;
    /** First assignment of each name: the offset of its right-hand side. */
    private final Map<String, Integer> constants = new HashMap<>();

    private boolean constantsRead;

    CodeValues(CodeText code, String masked) {
        this.code = code;
        this.masked = masked;
    }

    /** Read on first need: most files never resolve a name. */
    private Map<String, Integer> constants() {
        if (!constantsRead) {
            constantsRead = true;
            Assignments.scan(masked, (name, valueStart) -> constants.putIfAbsent(name, skipOpenParen(valueStart)));
        }
        return constants;
    }

    /** The value of the expression starting at {@code offset}, or null when it is not a readable one. */
    Value at(int offset) {
        return at(skipSpaces(offset), null, 0);
    }

    /** The literal (group) that starts at {@code offset}, or null. */
    CodeText.Literal literalAt(int offset) {
        CodeText.Literal first = code.literalAt(skipSpaces(offset));
        if (first == null) {
            return null;
        }
        StringBuilder value = new StringBuilder(first.value());
        int end = first.end();
        boolean formatted = first.formatted();
        boolean template = first.template();
        while (true) {
            Map.Entry<Integer, CodeText.Literal> next = ((java.util.TreeMap<Integer, CodeText.Literal>) code.literals())
                    .ceilingEntry(end);
            if (next == null || next.getKey() - end > 200 || !JOINER.matcher(masked.substring(end, next.getKey())).matches()) {
                break;
            }
            value.append(next.getValue().value());
            formatted |= next.getValue().formatted();
            template |= next.getValue().template();
            end = next.getValue().end();
        }
        return new CodeText.Literal(first.start(), end, value.toString(), formatted, template);
    }

    private Value at(int offset, String constant, int depth) {
        if (offset >= masked.length() || depth > MAX_DEPTH) {
            return null;
        }
        CodeText.Literal literal = literalAt(offset);
        if (literal != null) {
            return new Value(literal.value(), literal.start(), constant, literal);
        }
        Matcher env = ENV_CALL.matcher(masked).region(offset, masked.length());
        if (env.lookingAt()) {
            CodeText.Literal name = literalAt(env.end());
            if (name == null) {
                return null;
            }
            return environment(name.value(), name.end(), constant);
        }
        Matcher processEnv = PROCESS_ENV.matcher(masked).region(offset, masked.length());
        if (processEnv.lookingAt()) {
            return environment(processEnv.group(1), processEnv.end(), constant);
        }
        Matcher identifier = IDENTIFIER.matcher(masked).region(offset, masked.length());
        if (identifier.lookingAt()) {
            Integer definition = constants().get(identifier.group(1));
            if (definition != null && definition != offset) {
                return at(skipSpaces(definition), constant == null ? identifier.group(1) : constant, depth + 1);
            }
        }
        return null;
    }

    /** {@code getenv("X", "default")}: the default is what runs when X is unset, so it counts. */
    private Value environment(String variable, int after, String constant) {
        Matcher separator = DEFAULT_SEPARATOR.matcher(masked).region(after, masked.length());
        if (separator.lookingAt()) {
            CodeText.Literal fallback = literalAt(separator.end());
            if (fallback != null && !fallback.value().isBlank()) {
                return new Value(fallback.value(), fallback.start(), constant, fallback);
            }
        }
        return new Value("${" + variable + "}", after, constant, null);
    }

    /** Parenthesised right-hand sides ({@code X = ("a" "b")}) start after the paren. */
    private int skipOpenParen(int offset) {
        int i = skipSpaces(offset);
        return i < masked.length() && masked.charAt(i) == '(' ? skipSpaces(i + 1) : i;
    }

    int skipSpaces(int offset) {
        int i = offset;
        while (i < masked.length() && Character.isWhitespace(masked.charAt(i))) {
            i++;
        }
        return i;
    }
}
