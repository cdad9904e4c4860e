package dev.rubric.collect.read.code;

import dev.rubric.collect.tree.ParsedFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.yaml.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeedlesTest {
    private static ParsedFile file(String text) {
        return new ParsedFile("s", "f.py", text, new SafeYaml(1_000_000));
    }

    @Test
    void finds_a_needle_wherever_it_is() {
        Needles needles = Needles.of("openai", "top_k", "PGVector");
        assertThat(needles.anyIn("openai")).isTrue();
        assertThat(needles.anyIn("import openai\n")).isTrue();
        assertThat(needles.anyIn("x = search(top_k")).as("at the very end").isTrue();
        assertThat(needles.anyIn("store = PGVector(")).isTrue();
        assertThat(needles.anyIn("open ai, top-k, PGvector")).isFalse();
        assertThat(needles.anyIn("top_")).as("shorter than every needle").isFalse();
        assertThat(needles.anyIn("")).isFalse();
    }

    @Test
    void non_ascii_text_around_a_needle_does_not_hide_it() {
        Needles needles = Needles.of("prompt", "système");
        assertThat(needles.anyIn("é prompt ü")).isTrue();
        assertThat(needles.anyIn("ééééépromptééé")).isTrue();
        assertThat(needles.anyIn("le système")).as("a needle with a non-ASCII character").isTrue();
        assertThat(needles.anyIn("ééé promp ééé")).isFalse();
    }

    @Test
    void groups_report_which_prefilters_passed() {
        Needles needles = Needles.grouped(List.of(List.of("completions.create", "messages.create"), List.of("prompt"),
                List.of("hub.pull")));
        assertThat(needles.groupsIn(file("client.messages.create(prompt)"))).isEqualTo(0b011);
        assertThat(needles.groupsIn(file("hub.pull('x')"))).isEqualTo(0b100);
        assertThat(needles.groupsIn(file("nothing here"))).isZero();
        assertThat(needles.noneIn(file("nothing here"))).isTrue();
    }

    @Test
    void one_character_needles_are_refused() {
        assertThatThrownBy(() -> Needles.of("x")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The jumps must never skip a match: compared with contains on random texts from a small alphabet. */
    @Test
    void agrees_with_contains_on_random_texts() {
        Random random = new Random(20261125);
        String alphabet = "ab_.é";
        for (int round = 0; round < 2_000; round++) {
            List<String> needles = randomNeedles(random, alphabet);
            Needles scan = Needles.of(needles);
            Needles grouped = Needles.grouped(needles.stream().map(List::of).toList());
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, alphabet, random.nextInt(40));
                boolean expected = needles.stream().anyMatch(text::contains);
                assertThat(scan.anyIn(text)).as("needles %s in '%s'", needles, text).isEqualTo(expected);
                // two sets asked in turn about one file: the second is answered from the first's byte pairs
                SourceText file = file(text);
                assertThat(scan.anyIn(file)).as("needles %s in file '%s'", needles, text).isEqualTo(expected);
                long groups = grouped.groupsIn(file);
                for (int g = 0; g < needles.size(); g++) {
                    assertThat((groups >> g & 1) == 1).as("group of '%s' in '%s'", needles.get(g), text)
                            .isEqualTo(text.contains(needles.get(g)));
                }
            }
        }
    }

    /** One needle asked of a file is exactly String.contains, whether the byte pairs answer or the text does. */
    @Test
    void contains_agrees_with_string_contains() {
        Random random = new Random(20261206);
        String alphabet = "ab_.é";
        for (int round = 0; round < 5_000; round++) {
            String text = randomText(random, alphabet, random.nextInt(40));
            SourceText file = file(text);
            for (int n = 0; n < 4; n++) {
                String needle = randomText(random, alphabet, random.nextInt(5));
                assertThat(Needles.contains(file, needle)).as("'%s' in '%s'", needle, text).isEqualTo(text.contains(needle));
            }
        }
    }

    /** Every start, each once, in order: compared with startsWith at every position. */
    @Test
    void starts_agree_with_a_check_at_every_position() {
        Random random = new Random(20261202);
        String alphabet = "ab_.";
        for (int round = 0; round < 2_000; round++) {
            List<String> needles = randomNeedles(random, alphabet);
            Needles scan = Needles.of(needles);
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, alphabet, random.nextInt(40));
                List<Integer> expected = new ArrayList<>();
                for (int at = 0; at < text.length(); at++) {
                    int position = at;
                    if (needles.stream().anyMatch(needle -> text.startsWith(needle, position))) {
                        expected.add(at);
                    }
                }
                assertThat(scan.starts(text)).as("needles %s in '%s'", needles, text)
                        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    @Test
    void starts_need_ascii_needles() {
        assertThatThrownBy(() -> Needles.of("système").starts("le système")).isInstanceOf(IllegalStateException.class);
    }

    /** One to four needles of two to six characters. */
    private static List<String> randomNeedles(Random random, String alphabet) {
        List<String> needles = new ArrayList<>();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            needles.add(randomText(random, alphabet, 2 + random.nextInt(5)));
        }
        return needles;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
