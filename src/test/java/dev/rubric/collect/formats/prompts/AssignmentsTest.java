package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AssignmentsTest {
    /** The specification: what the scanner replaced, and must find exactly. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)\\s*(?::\\s*[\\w.<>\\[\\]?]+\\s*)?(?:(?<![=!<>:+\\-*/%&|^])=(?![=>])|:=)\\s*");
    private static final String[] PIECES = {"x", "MODEL", "model_name", "val ", "const ", "a.b", ".", "_", "9", " ", "  ",
        "\t", "\n", "\r\n", "\u000B", "\f", "=", "==", "=>", ":=", ":", ": ", "!=", "+=", "<=", ">=", "-", "*", "/", "%", "&",
        "|", "^", "<", ">", "[", "]", "?", "(", ")", "\"", "'", "Map<String, Int>", "List<Int>?", "é", "名前", "$", ",", ";"};

    private static List<String> byRegex(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ASSIGNMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) + "@" + matcher.end());
        }
        return found;
    }

    private static List<String> byScan(String text) {
        List<String> found = new ArrayList<>();
        Assignments.scan(text, (name, valueStart) -> found.add(name + "@" + valueStart));
        return found;
    }

    @Test
    void finds_the_assignments_of_each_language_and_where_their_values_start() {
        String code = """
                MODEL = "gpt-4o-2024-08-06"
                val model: String = "claude-3-5-sonnet-20241022"
                model := os.Getenv("MODEL")
                private static final String NAME="x";
                if (a == b || c != d || e >= f) { total += 1 }
                x = y = 3
                f = lambda v: v
                items.first = 1
                """;
        List<String> found = new ArrayList<>();
        Assignments.scan(code, (name, valueStart) -> found.add(name + " -> " + code.substring(valueStart, valueStart + 3)));
        assertThat(found).containsExactly("MODEL -> \"gp", "model -> \"cl", "model -> os.", "NAME -> \"x\"",
                "x -> y =", "y -> 3\nf", "f -> lam");
        assertThat(byScan(code)).isEqualTo(byRegex(code));
    }

    @Test
    void finds_exactly_what_the_pattern_finds_in_random_code() {
        PieceStrings texts = new PieceStrings(20261202, 24, PIECES);
        for (int round = 0; round < 30_000; round++) {
            String code = texts.next();
            assertThat(byScan(code)).as("in %s", code.replace("\n", "\\n")).isEqualTo(byRegex(code));
        }
    }
}
