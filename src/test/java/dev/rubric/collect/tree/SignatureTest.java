package dev.rubric.collect.tree;

import static dev.rubric.collect.tree.Signature.none;
import static dev.rubric.collect.tree.Signature.strong;
import static dev.rubric.collect.tree.Signature.weak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignatureTest {
    @Test
    void each_glob_gives_its_cheapest_prefilter_key() {
        NameFilter names = Signature.of(strong("Dockerfile", "dockerfile.*", "*.dockerfile"),
                weak("*.{yaml,yml}", "*.cdx.json", "{application,bootstrap}*.properties")).names();
        assertThat(names.names()).containsExactlyInAnyOrder("dockerfile");
        assertThat(names.prefixes()).containsExactlyInAnyOrder("dockerfile.", "application", "bootstrap");
        assertThat(names.extensions()).containsExactlyInAnyOrder("dockerfile", "yaml", "yml", "json");
    }

    @Test
    void exclusions_give_no_key_and_take_names_out_of_later_rules() {
        Signature signature = Signature.of(none("*.dockerignore"), strong("dockerfile.*"));
        assertThat(signature.hint("Dockerfile.prod", "Dockerfile.prod")).isEqualTo(Hint.STRONG);
        assertThat(signature.hint("Dockerfile.dockerignore", "Dockerfile.dockerignore")).isEqualTo(Hint.NONE);
        assertThat(signature.names().extensions()).isEmpty();
    }

    @Test
    void the_first_matching_rule_decides_not_the_strongest() {
        Signature signature = Signature.of(weak("models.yaml"), strong("*.yaml"));
        assertThat(signature.hint("models.yaml", "models.yaml")).isEqualTo(Hint.WEAK);
        assertThat(signature.hint("ai-bom.yaml", "ai-bom.yaml")).isEqualTo(Hint.STRONG);
        assertThat(signature.hint("x.json", "x.json")).isEqualTo(Hint.NONE);
    }

    @Test
    void case_is_ignored_unless_the_rule_says_otherwise() {
        Signature signature = Signature.of(strong("MLmodel").exactCase(), weak("*.yaml"));
        assertThat(signature.hint("MLmodel", "MLmodel")).isEqualTo(Hint.STRONG);
        assertThat(signature.hint("mlmodel", "mlmodel")).isEqualTo(Hint.NONE);
        assertThat(signature.hint("A.YAML", "A.YAML")).isEqualTo(Hint.WEAK);
        assertThat(signature.names().names()).as("keys are lower case").containsExactly("mlmodel");
    }

    @Test
    void path_conditions_narrow_a_rule_without_widening_its_keys() {
        Signature signature = Signature.of(strong("*.yml").under(".github/workflows"),
                weak("*.txt").inFolderMentioning("prompt"));
        assertThat(signature.hint(".github/workflows/ci.yml", "ci.yml")).isEqualTo(Hint.STRONG);
        assertThat(signature.hint("sub/.github/workflows/ci.yml", "ci.yml")).isEqualTo(Hint.STRONG);
        assertThat(signature.hint("ci.yml", "ci.yml")).isEqualTo(Hint.NONE);
        assertThat(signature.hint("app/Agent_Prompts/a.txt", "a.txt")).isEqualTo(Hint.WEAK);
        assertThat(signature.hint("prompt.txt", "prompt.txt")).as("the name is no folder").isEqualTo(Hint.NONE);
        assertThat(signature.names().extensions()).containsExactlyInAnyOrder("yml", "txt");
    }

    @Test
    void a_pattern_narrows_what_its_globs_cover() {
        Signature signature = Signature.of(weak("compose*.yml").matching(Pattern.compile("(?i)compose(-\\w+)?\\.yml")));
        assertThat(signature.hint("compose-dev.yml", "compose-dev.yml")).isEqualTo(Hint.WEAK);
        assertThat(signature.hint("composer.yml", "composer.yml")).isEqualTo(Hint.NONE);
        assertThat(signature.names().prefixes()).containsExactly("compose");
    }

    @Test
    void tags_name_the_readers_of_the_first_matching_rule() {
        Signature signature = Signature.of(none("*.dockerignore"), strong("dockerfile").tagged("build", "serving"),
                strong("containerfile").tagged("build"));
        assertThat(signature.tags("Dockerfile", "Dockerfile")).containsExactlyInAnyOrder("build", "serving");
        assertThat(signature.tags("Containerfile", "Containerfile")).containsExactly("build");
        assertThat(signature.tags("x.dockerignore", "x.dockerignore")).isEmpty();
    }

    @Test
    void globs_match_whole_names_with_any_wildcard_layout() {
        Signature signature = Signature.of(weak("*promptfoo*.{yaml,yml}", "a?c.txt"));
        assertThat(signature.hint("my-promptfoo-eval.yml", "my-promptfoo-eval.yml")).isEqualTo(Hint.WEAK);
        assertThat(signature.hint("promptfoo.json", "promptfoo.json")).isEqualTo(Hint.NONE);
        assertThat(signature.hint("abc.txt", "abc.txt")).isEqualTo(Hint.WEAK);
        assertThat(signature.hint("abbc.txt", "abbc.txt")).isEqualTo(Hint.NONE);
        assertThat(signature.hint(".env", ".env")).isEqualTo(Hint.NONE);
    }

    @Test
    void a_glob_that_would_make_every_file_a_candidate_is_refused() {
        assertThatThrownBy(() -> Signature.of(weak("*"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Signature.of(weak("*rc"))).isInstanceOf(IllegalArgumentException.class);
    }
}
