package dev.rubric.collect.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.yaml.SafeYaml;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParsedFileTest {
    private static ParsedFile file(String text) {
        return new ParsedFile("s", "a.py", text, new SafeYaml(1 << 20));
    }

    /** 1 plus the line breaks before the offset, counted the slow way. */
    private static int counted(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    @Test
    void lines_are_counted_from_one_and_a_break_belongs_to_the_line_it_ends() {
        ParsedFile file = file("a\nbc\n\nd");
        assertThat(file.lineOf(0)).isEqualTo(1);
        assertThat(file.lineOf(1)).as("the break itself").isEqualTo(1);
        assertThat(file.lineOf(2)).isEqualTo(2);
        assertThat(file.lineOf(5)).isEqualTo(3);
        assertThat(file.lineOf(6)).isEqualTo(4);
        assertThat(file.lineOf(-3)).isEqualTo(1);
        assertThat(file.lineOf(100)).as("past the end: the last line").isEqualTo(4);
        assertThat(file("").lineOf(0)).isEqualTo(1);
        assertThat(file("x\n").lineOf(2)).isEqualTo(2);
    }

    @Test
    void every_offset_of_random_texts_gets_the_line_a_count_gives() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(200); k > 0; k--) {
                text.append("\n\nab\r".charAt(random.nextInt(5)));
            }
            ParsedFile file = file(text.toString());
            for (int offset = -1; offset <= text.length() + 1; offset++) {
                assertThat(file.lineOf(offset)).isEqualTo(counted(text.toString(), offset));
            }
        }
    }
}
