package dev.rubric.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the builder assembles from several collectors: git's facts about a file join the walker's
 * record of it, and a model a scanner merely mentions gives way to the same model recorded with
 * meaning in the same file.
 */
class EvidenceBuilderTest {
    private static final FileHistory HISTORY = new FileHistory(true, 3, "c1", "2024-01-01T00:00:00Z", "c3",
            "2024-03-01T00:00:00Z", 2, 1, List.of("@team"));

    private static ArtifactFile file(String source, String path, String kind) {
        return new ArtifactFile(source + "/" + path, Location.file(source, path), path, kind, null, "parsed", null, 10,
                "x", null);
    }

    private static Prompt prompt(String path) {
        return new Prompt("app/" + path + "#p", Location.file("app", path, 3), "f", "p", null, null, null, null, null,
                null, Map.of(), List.of(), false, false, null, null, null, "file", null);
    }

    private static ModelRef model(String id, String path, String name) {
        return new ModelRef(id, Location.file("app", path, 1), name, "openai", null, ModelRef.FLOATING, "alias", null, null);
    }

    @Test
    void history_joins_the_file_of_its_source_and_path_whatever_its_kind() {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.fileHistory("app", "k8s/cm.yaml", HISTORY);
        builder.file(file("app", "k8s/cm.yaml", "k8s-manifest"));
        builder.file(file("other", "k8s/cm.yaml", "k8s-manifest"));
        Evidence evidence = builder.build("test");
        assertThat(evidence.files()).filteredOn(f -> f.location().source().equals("app")).singleElement()
                .satisfies(f -> {
                    assertThat(f.revisions()).isEqualTo(3);
                    assertThat(f.changesWithoutEval()).as("no kind is exempt").isEqualTo(1);
                    assertThat(f.owners()).containsExactly("@team");
                });
        assertThat(evidence.files()).filteredOn(f -> f.location().source().equals("other")).singleElement()
                .satisfies(f -> assertThat(f.history()).as("another source's file at the same path").isNull());
    }

    @Test
    void prompts_are_left_to_the_link_stage() {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.fileHistory("app", "prompts/a.prompty", HISTORY);
        builder.file(file("app", "prompts/a.prompty", "prompt"));
        builder.prompt(prompt("prompts/a.prompty"));
        assertThat(builder.build("test").prompts()).singleElement().satisfies(p -> assertThat(p.revisions()).isNull());
    }

    @Test
    void a_mention_gives_way_to_the_same_model_recorded_with_meaning_in_the_same_file() {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.modelMention(model("app/rag.yaml#model:embedder", "rag.yaml", "text-embedding-3-small"));
        builder.model(model("app/rag.yaml#embedding", "rag.yaml", "text-embedding-3-small"));
        builder.modelMention(model("app/rag.yaml#model:chat", "rag.yaml", "gpt-4o"));
        builder.modelMention(model("app/other.yaml#model:embedder", "other.yaml", "text-embedding-3-small"));
        assertThat(builder.build("test").models()).extracting(ModelRef::id).containsExactly(
                "app/other.yaml#model:embedder", "app/rag.yaml#embedding", "app/rag.yaml#model:chat");
    }

    @Test
    void two_mentions_of_one_model_are_both_kept() {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.modelMention(model("app/a.py#model:x", "a.py", "gpt-4o"));
        builder.modelMention(model("app/a.py#model:y", "a.py", "gpt-4o"));
        assertThat(builder.build("test").models()).hasSize(2);
    }
}
