package dev.rubric.collect.read.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The table of a text's byte pairs answers for that text only, however many texts came before. */
class BytePairsTest {
    private static final int[] LANGCHAIN = BytePairs.pairsOf("langchain");

    @Test
    void aNeedleIsPossibleOnlyWhereEveryPairOccurs() {
        assertThat(BytePairs.of(utf8("from langchain_core import x")).mayHold(LANGCHAIN)).isTrue();
        assertThat(BytePairs.of(utf8("lang chain")).mayHold(LANGCHAIN)).as("'g ' and ' c', not 'gc'").isFalse();
        assertThat(BytePairs.of(utf8("chain lang")).mayHold(BytePairs.pairsOf("in"))).isTrue();
    }

    @Test
    void pairsOfEarlierTextsNeverCountAcrossTheMarksWrapping() {
        // every second text holds the needle: after each of them the next must not answer from it
        for (int k = 0; k < 700; k++) {
            boolean holds = k % 2 == 0;
            byte[] text = utf8(holds ? "import langchain " + k : "import lang " + k);
            assertThat(BytePairs.of(text).mayHold(LANGCHAIN)).as("text %d", k).isEqualTo(holds);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
