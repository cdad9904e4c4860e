package dev.rubric.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The file → history join the builder does until a link step takes it over, with the policy it
 * inherited from the git collector: a change count without evaluation only where changes must be
 * reviewed (change-controlled files, and prompts unless their file is of another kind).
 */
class EvidenceBuilderHistoryTest {
    private static final FileHistory HISTORY = new FileHistory(true, 3, "c1", "2024-01-01T00:00:00Z", "c3",
            "2024-03-01T00:00:00Z", 2, 1, List.of("@team"));

    private static ArtifactFile file(String path, String kind) {
        return new ArtifactFile("app/" + path, Location.file("app", path), path, kind, null, "parsed", null, 10, "x", null);
    }

    private static Prompt prompt(String path) {
        return new Prompt("app/" + path + "#p", Location.file("app", path, 3), "f", "p", null, null, null, null, null,
                null, Map.of(), List.of(), false, false, null, null, null, "file", null);
    }

    private static Evidence build(EvidenceBuilder builder) {
        return builder.build("test");
    }

    @Test
    void history_reaches_files_and_prompts_of_its_source_by_path() {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.fileHistory("app", "prompts/a.prompty", HISTORY);
        builder.file(file("prompts/a.prompty", "prompt"));
        builder.prompt(prompt("prompts/a.prompty"));
        builder.file(new ArtifactFile("other/prompts/a.prompty", Location.file("other", "prompts/a.prompty"),
                "prompts/a.prompty", "prompt", null, "parsed", null, 10, "x", null));
        Evidence evidence = build(builder);
        assertThat(evidence.files()).filteredOn(f -> f.location().source().equals("app"))
                .singleElement().satisfies(f -> {
                    assertThat(f.revisions()).isEqualTo(3);
                    assertThat(f.changesWithoutEval()).isEqualTo(1);
                    assertThat(f.owners()).containsExactly("@team");
                });
        assertThat(evidence.files()).filteredOn(f -> f.location().source().equals("other"))
                .singleElement().satisfies(f -> assertThat(f.revisions()).isNull());
        assertThat(evidence.prompts()).singleElement().satisfies(p -> {
            assertThat(p.revisions()).isEqualTo(3);
            assertThat(p.changesWithoutEval()).isEqualTo(1);
        });
    }

    @Test
    void files_of_other_kinds_and_their_prompts_get_no_change_count() {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.fileHistory("app", "k8s/cm.yaml", HISTORY);
        builder.file(file("k8s/cm.yaml", "k8s-manifest"));
        builder.prompt(prompt("k8s/cm.yaml"));
        Evidence evidence = build(builder);
        assertThat(evidence.files()).singleElement().satisfies(f -> {
            assertThat(f.revisions()).isEqualTo(3);
            assertThat(f.changesWithoutEval()).isNull();
        });
        assertThat(evidence.prompts()).singleElement().satisfies(p -> assertThat(p.changesWithoutEval()).isNull());
    }

    @Test
    void a_prompt_in_a_file_without_a_record_keeps_its_change_count() {
        EvidenceBuilder builder = new EvidenceBuilder();
        builder.fileHistory("app", "src/app.py", HISTORY);
        builder.prompt(prompt("src/app.py"));
        assertThat(build(builder).prompts()).singleElement()
                .satisfies(p -> assertThat(p.changesWithoutEval()).isEqualTo(1));
    }
}
