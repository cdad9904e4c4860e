package dev.rubric.collect.formats.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Every word-start pattern of the Python RAG parser finds, tried at identifier starts only, what find() finds. */
class AnchoredTest {
    private static final List<String> FILLERS = List.of("Open", "AI", "Hugging", "Face", "x", "_", "re", "get_or_", "my",
        "s", "Store", "VectorStore", ".from_documents", ".from_texts", "Function", "_for_model", ".", "(", ")", " ", "  ",
        "\n", "=", ",", "{", "}", "'k'", ":", "\"", "'", "9", "é", "#", "\t");

    private static List<Anchored> wordStartPatterns() throws IllegalAccessException {
        List<Anchored> found = new ArrayList<>();
        for (Class<?> owner : List.of(PythonFrameworks.class, PythonStores.class)) {
            for (Field field : owner.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Anchored.class) {
                    field.setAccessible(true);
                    Anchored anchored = (Anchored) field.get(null);
                    if (anchored.wordStart()) {
                        found.add(anchored);
                    }
                }
            }
        }
        return found;
    }

    private static List<String> byFind(Anchored anchored, String text) {
        List<String> out = new ArrayList<>();
        Matcher matcher = anchored.pattern().matcher(text);
        while (matcher.find()) {
            out.add(matcher.start() + ":" + matcher.group());
        }
        return out;
    }

    private static List<String> anchored(Anchored anchored, String text) {
        List<String> out = new ArrayList<>();
        anchored.forEachMatch(text, m -> out.add(m.start() + ":" + m.group()));
        return out;
    }

    @Test
    void word_start_patterns_find_what_find_finds() throws Exception {
        List<Anchored> patterns = wordStartPatterns();
        assertThat(patterns).hasSizeGreaterThan(10);
        List<String> pieces = new ArrayList<>(FILLERS);
        patterns.forEach(p -> p.literals().forEach(literal -> pieces.addAll(List.of(literal, literal + "("))));
        Random random = new Random(3);
        int[] matches = new int[patterns.size()];
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = 1 + random.nextInt(12); k > 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String code = text.toString();
            for (int i = 0; i < patterns.size(); i++) {
                List<String> expected = byFind(patterns.get(i), code);
                matches[i] += expected.size();
                assertThat(anchored(patterns.get(i), code)).as("%s in %s", patterns.get(i).pattern(), code).isEqualTo(expected);
            }
        }
        for (int i = 0; i < patterns.size(); i++) {
            assertThat(matches[i]).as("random texts hold matches of %s", patterns.get(i).pattern()).isGreaterThan(20);
        }
    }

    @Test
    void a_literal_inside_a_longer_identifier_is_tried_from_where_that_identifier_begins() {
        Anchored embeddings = Anchored.atWordStart("\\b[A-Z]\\w*Embeddings?\\s*\\(", "Embedding");
        assertThat(anchored(embeddings, "e = OpenAIEmbeddings(model=m); f = x.HuggingFaceEmbedding (")).containsExactly(
                "4:OpenAIEmbeddings(", "37:HuggingFaceEmbedding (");
        assertThat(anchored(embeddings, "myOpenAIEmbeddings(")).as("no word boundary before 'O'").isEmpty();
    }
}
