package dev.rubric.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rubric.md and docs/writing-rubrics.md are generated (scripts/update-docs); this fails when
 * either no longer matches the built-in rubric or the evidence schema. With
 * {@code -Drubric.updateDocs=true} it writes them instead.
 */
class GeneratedDocsTest {
    private static final boolean UPDATE = Boolean.getBoolean("rubric.updateDocs");

    @Test
    void docs_rubric_md_matches_the_builtin_rubric() throws Exception {
        check(Path.of("docs/rubric.md"), RubricMarkdown.of(new RubricLoader().load(null), "rubric/agentic-ai.yaml"));
    }

    @Test
    void docs_writing_rubrics_md_lists_every_evidence_field_of_the_schema() throws Exception {
        String generated;
        try (InputStream in = GeneratedDocsTest.class.getResourceAsStream("/schemas/evidence.schema.json")) {
            generated = EvidenceFieldsMarkdown.of(Json.mapper().readTree(in));
        }
        assertThat(generated).contains("| `item.location.source` |").contains("| `item.containers[].image.digest` |");
        check(Path.of("docs/writing-rubrics.md"), generated);
    }

    @Test
    void every_criterion_appears_with_its_rationale_and_remediation() throws Exception {
        Rubric rubric = new RubricLoader().load(null);
        String text = RubricMarkdown.of(rubric, "rubric/agentic-ai.yaml");
        for (Criterion criterion : rubric.criteria()) {
            assertThat(text).contains("### " + criterion.id() + "\n\n**" + criterion.title() + "**");
            for (String reference : criterion.references()) {
                assertThat(text).contains("- " + reference.strip() + "\n");
            }
            if (criterion.rationale() != null) {
                String firstWords = criterion.rationale().strip().lines().findFirst().orElseThrow().strip();
                assertThat(text).contains(firstWords);
            }
        }
    }

    private static void check(Path file, String generated) throws Exception {
        if (UPDATE) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(Files.exists(file)).as(file + " is missing: run scripts/update-docs").isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is stale: run scripts/update-docs")
                .isEqualTo(generated);
    }
}
