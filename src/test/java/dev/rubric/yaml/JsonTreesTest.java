package dev.rubric.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTreesTest {
    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStreamedArrayIsHandedOverItemByItemAndLeftEmptyInTheObject() throws YamlException {
        List<String> names = new ArrayList<>();
        MapNode list = JsonTrees.readObject(json("""
                {"kind": "PodList", "metadata": {"continue": "next"},
                 "items": [{"name": "a"}, {"name": "b", "n": 2}, "odd"]}
                """), "items", item -> names.add(item instanceof MapNode map ? map.text("name").orElse("?") : "scalar"));
        assertThat(names).containsExactly("a", "b", "scalar");
        assertThat(list.text("kind")).contains("PodList");
        assertThat(list.text("metadata", "continue")).contains("next");
        assertThat(list.list("items").orElseThrow().items()).isEmpty();
    }

    @Test
    void itemsAreHandedOverBeforeTheRestOfTheAnswerHasArrived() {
        // an answer cut after its first item: the item is read, then the cut is reported
        List<Node> seen = new ArrayList<>();
        InputStream cut = new InputStream() {
            private final byte[] head = "{\"items\": [{\"name\": \"a\"}, ".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() throws IOException {
                if (at < head.length) {
                    return head[at++];
                }
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> JsonTrees.readObject(cut, "items", seen::add))
                .isInstanceOf(YamlException.class).hasMessageContaining("connection reset");
        assertThat(seen).hasSize(1);
    }

    @Test
    void anItemsFieldThatIsNotAnArrayIsKeptAsItIs() throws YamlException {
        List<Node> seen = new ArrayList<>();
        MapNode object = JsonTrees.readObject(json("{\"items\": {\"a\": 1}}"), "items", seen::add);
        assertThat(seen).isEmpty();
        assertThat(object.map("items")).isPresent();
    }

    @Test
    void aDocumentThatIsNotAnObjectIsALocatedError() {
        assertThatThrownBy(() -> JsonTrees.readObject(json("\n  [1, 2]"), "items", item -> { }))
                .isInstanceOf(YamlException.class)
                .hasMessageContaining("a JSON object was expected")
                .satisfies(e -> assertThat(((YamlException) e).mark()).isEqualTo(new Mark(2, 3)));
    }

    @Test
    void duplicateKeysAndTrailingContentAreErrorsAsInAWholeRead() {
        assertThatThrownBy(() -> JsonTrees.readObject(json("{\"items\": [], \"items\": []}"), "items", item -> { }))
                .isInstanceOf(YamlException.class).hasMessageContaining("Duplicate field 'items'");
        assertThatThrownBy(() -> JsonTrees.readObject(json("{\"items\": []} {}"), "items", item -> { }))
                .isInstanceOf(YamlException.class).hasMessageContaining("unexpected content after the JSON document");
    }
}
