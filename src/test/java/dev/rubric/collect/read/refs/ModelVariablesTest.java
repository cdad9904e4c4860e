package dev.rubric.collect.read.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.read.refs.ModelVariables.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelVariablesTest {
    private static Variable v(String name, String value) {
        return new Variable(name, value, 0);
    }

    @Test
    void deploymentModelAndVersionOfOneStemAreOneReference() {
        List<ModelVariables.Named> named = ModelVariables.references(List.of(
                v("AZURE_OPENAI_CHATGPT_DEPLOYMENT", "chat"), v("AZURE_OPENAI_CHATGPT_MODEL", "gpt-4.1-mini"),
                v("AZURE_OPENAI_CHATGPT_DEPLOYMENT_VERSION", "2025-04-14")));
        assertThat(named).hasSize(1);
        ModelRefs.Reference ref = named.get(0).reference();
        assertThat(named.get(0).variable().name()).isEqualTo("AZURE_OPENAI_CHATGPT_DEPLOYMENT");
        assertThat(ref.reference()).isEqualTo("gpt-4.1-mini");
        assertThat(ref.revision()).isEqualTo("2025-04-14");
        assertThat(ref.deployment()).isEqualTo("chat");
        assertThat(ModelPinning.classify(ref.reference(), ref.revision(), ref.origin()).pinning()).isEqualTo("pinned");
    }

    @Test
    void modelDeploymentNameSharesTheStemOfModelName() {
        List<ModelVariables.Named> named = ModelVariables.references(List.of(
                v("AZURE_AI_MODEL_DEPLOYMENT_NAME", "agent"), v("AZURE_AI_MODEL_NAME", "gpt-4o")));
        assertThat(named).singleElement().satisfies(n -> {
            assertThat(n.reference().deployment()).isEqualTo("agent");
            assertThat(n.reference().reference()).isEqualTo("gpt-4o");
        });
    }

    @Test
    void modelWithVersionButNoDeploymentKeepsTheVersion() {
        List<ModelVariables.Named> named = ModelVariables.references(List.of(
                v("CHAT_MODEL", "gpt-4o"), v("CHAT_MODEL_VERSION", "2024-11-20")));
        assertThat(named).singleElement().satisfies(n -> {
            assertThat(n.reference().deployment()).isNull();
            assertThat(n.reference().revision()).isEqualTo("2024-11-20");
        });
    }

    /** Look-alike: different stems, a blank model and a version of another stem stay apart. */
    @Test
    void differentStemsStayApart() {
        List<ModelVariables.Named> named = ModelVariables.references(List.of(
                v("AZURE_OPENAI_DEPLOYMENT", "chat"), v("EMBEDDING_MODEL", "text-embedding-3-small"),
                v("AZURE_OPENAI_MODEL", ""), v("VISION_MODEL_VERSION", "2024-05-13")));
        assertThat(named).extracting(n -> n.variable().name()).containsExactly("AZURE_OPENAI_DEPLOYMENT", "EMBEDDING_MODEL");
        assertThat(named.get(0).reference().origin()).isEqualTo(ModelPinning.Origin.DEPLOYMENT);
        assertThat(named.get(1).reference().revision()).isNull();
    }
}
