package dev.rubric.collect.formats.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The anchored search finds what find() finds, for the parser's own patterns and their starts. */
class StartAnchoredTest {
    private static final String[] PIECES = {"model", "Model", "model_name", "modelName", "model_id", "ModelId", "modelx",
        "azure_deployment", "deployment_name", "deploymentName", "DeploymentName", "deployment", ".model(", ".Model(",
        ".withModel(", ".withmodel(", "client.chat.completions.create(", "completions.create (", "responses.create(",
        "messages.create(", "ChatCompletion.create(", "generate_content(", "generateContent(", "chat.complete(",
        "SystemMessage(", "@SystemMessage(", "SystemMessagePromptTemplate.from_template(", "PromptTemplate.from_template(",
        "ChatPromptTemplate.from_messages(", "from_messages(", "PromptTemplate(", "CreateFunctionFromPrompt(",
        "InvokePromptAsync(", ".system(", "generateText(", "streamText(", "x", "_", "$", "1", " ", "\n", "=", "==", ":",
        "::", "(", ")", ".", ",", "\"gpt-4o\"", "é", "role", "ROLE", "Role", "rOlE", "\"role\"", "'role'", "\"", "'", "`",
        "system", "developer", "\"system\"", "'developer'", "`system`", "content", "Content", "\"content\"", "\t", "( ",
        "(\"system\", ", "('developer' ,", "{\"role\": \"system\", \"content\": ", "role=\"system\",content="};

    private static List<String> byFind(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end() + matcher.group());
        }
        return found;
    }

    private static List<String> anchored(StartAnchored anchored, String text) {
        List<String> found = new ArrayList<>();
        anchored.forEachMatch(text, m -> found.add(m.start() + "-" + m.end() + m.group()));
        return found;
    }

    @Test
    void model_arguments_sdk_calls_and_system_roles_are_found_as_find_finds_them() {
        PieceStrings texts = new PieceStrings(7, 16, PIECES);
        Map<Pattern, Integer> matched = new HashMap<>();
        for (int round = 0; round < 20_000; round++) {
            String code = texts.next();
            for (StartAnchored anchored : List.of(InlinePromptParser.MODEL_ARGUMENT, InlinePromptParser.CALL,
                    InlinePromptParser.SYSTEM_ROLE)) {
                List<String> expected = byFind(anchored.pattern(), code);
                matched.merge(anchored.pattern(), expected.size(), Integer::sum);
                assertThat(anchored(anchored, code)).as("%s in %s", anchored.pattern(), code).isEqualTo(expected);
            }
        }
        assertThat(matched.values()).as("the random texts hold matches of every pattern").hasSize(3)
                .allSatisfy(count -> assertThat(count).isGreaterThan(500));
    }

    @Test
    void a_start_missing_from_the_list_loses_its_matches() {
        StartAnchored withoutDots = new StartAnchored(InlinePromptParser.MODEL_ARGUMENT.pattern(), "model", "Model");
        String code = "llm.withModel(\"gpt-4o\") and model=\"x\"";
        assertThat(anchored(withoutDots, code)).hasSize(1);
        assertThat(anchored(InlinePromptParser.MODEL_ARGUMENT, code)).hasSize(2).isEqualTo(byFind(
                InlinePromptParser.MODEL_ARGUMENT.pattern(), code));
    }
}
