package dev.rubric.collect.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The path rules behind changesWithoutEval and CODEOWNERS coverage. */
class RulesTest {

    @Test
    void evaluation_files_are_recognised_by_folder_or_promptfoo_name() {
        assertThat(EvaluationFiles.isEvaluation("evals/triage.yaml")).isTrue();
        assertThat(EvaluationFiles.isEvaluation("services/rag/tests/test_retrieval.py")).isTrue();
        assertThat(EvaluationFiles.isEvaluation("Eval/cases.jsonl")).isTrue();
        assertThat(EvaluationFiles.isEvaluation("promptfooconfig.yaml")).isTrue();
        assertThat(EvaluationFiles.isEvaluation("config/promptfoo.yml")).isTrue();
        assertThat(EvaluationFiles.isEvaluation("prompts/triage.prompty")).isFalse();
        assertThat(EvaluationFiles.isEvaluation("src/evaluate.py")).isFalse();
        assertThat(EvaluationFiles.isEvaluation("tests")).as("a file named tests").isFalse();
    }

    @Test
    void codeowners_last_match_wins_and_an_empty_line_disowns() {
        CodeOwners owners = CodeOwners.parse(".github/CODEOWNERS", """
                # default owners
                *                     @org/platform
                /prompts/             @org/ai  @alice   # inline comment
                *.prompty             @org/prompt-review
                /prompts/drafts/
                [Section name]
                docs/**               @docs
                """);
        assertThat(owners.owners("README.md")).containsExactly("@org/platform");
        assertThat(owners.owners("prompts/rag.yaml")).containsExactly("@alice", "@org/ai");
        assertThat(owners.owners("prompts/triage.prompty")).containsExactly("@org/prompt-review");
        assertThat(owners.owners("services/x/prompts/a.txt")).as("anchored at the root").containsExactly("@org/platform");
        assertThat(owners.owners("prompts/drafts/new.txt")).isEmpty();
        assertThat(owners.owners("docs/a/b.md")).containsExactly("@docs");
    }
}
