package dev.rubric.collect.formats.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallArgumentsTest {
    @Test
    void keywordArgumentsSkipCommentsAndNestedCommas() {
        String args = "model=\"gpt-4o-mini\",  # a comment, with a comma\n"
                + "hyperparameters={\"n_epochs\": 3, \"batch_size\": 8}, training_file=upload.id, suffix=f\"{name}\"";
        Map<String, String> keywords = CallArguments.keywords(args);
        assertThat(keywords).containsOnlyKeys("model", "hyperparameters", "training_file", "suffix");
        assertThat(CallArguments.string(keywords.get("model"))).isEqualTo("gpt-4o-mini");
        assertThat(CallArguments.string(keywords.get("suffix"))).as("f-strings are not literals").isNull();
        assertThat(CallArguments.entries(keywords.get("hyperparameters"))).containsEntry("n_epochs", "3");
    }

    @Test
    void objectLiteralAndTemplateStrings() {
        Map<String, String> keywords = CallArguments.keywords("{ model: `ft-${base}`, 'seed': 7 }");
        assertThat(CallArguments.string(keywords.get("model"))).isNull();
        assertThat(CallArguments.number(keywords.get("seed"))).isEqualTo(7L);
    }

    @Test
    void closingParenIgnoresParensInStrings() {
        String text = "create(model=\"a)b\", x=(1, 2)) + rest";
        assertThat(CallArguments.closingParen(text, 6)).isEqualTo(text.indexOf(") + rest"));
        assertThat(CallArguments.closingParen("create(model=\"x\"", 6)).isEqualTo(-1);
    }

    @Test
    void shellWordsJoinContinuationsAndKeepQuotedSpaces() {
        assertThat(CommandFlags.words("train.py \\\n  --model 'a b' --x=\"1\""))
                .isEqualTo(List.of("train.py", "--model", "a b", "--x=1"));
        CommandFlags flags = CommandFlags.of(List.of("python", "train.py", "--model-name-or-path", "org/m", "--api-key", "sk-x",
                "--use_peft", "--lora-r=8"));
        assertThat(flags.first("model_name_or_path")).isEqualTo("org/m");
        assertThat(flags.first("api_key")).as("secret flag values are dropped").isNull();
        assertThat(flags.first("use_peft")).isEqualTo("true");
        assertThat(flags.first("lora_r")).isEqualTo("8");
    }
}
