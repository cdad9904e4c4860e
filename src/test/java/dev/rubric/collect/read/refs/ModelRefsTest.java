package dev.rubric.collect.read.refs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.SubjectSink;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ModelRef;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelRefsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            {{.Env.AZURE_OPENAI_CHAT_DEPLOYMENT}}   | ${AZURE_OPENAI_CHAT_DEPLOYMENT}
            {{ .Env.CHAT_MODEL }}                   | ${CHAT_MODEL}
            # not one environment variable: placeholders stay placeholders, which are never models
            {{ .Values.model }}                     | none
            {{.Env.}}                               | none
            {{.Env.A B}}                            | none
            """)
    void anAzdPlaceholderOfOneVariableIsThatVariable(String written, String recorded) {
        List<ModelRef> models = new ArrayList<>();
        ModelRefs.record(recording(models), "f", "env.X", "env.X", ModelRefs.Reference.deployment(written),
                Location.file("s", "manifest.yaml", 3));
        assertThat(models).extracting(ModelRef::name).containsExactlyElementsOf(recorded == null ? List.of() : List.of(recorded));
    }

    /** A sink that keeps the model mentions and ignores everything else. */
    private static SubjectSink recording(List<ModelRef> models) {
        return (SubjectSink) Proxy.newProxyInstance(SubjectSink.class.getClassLoader(), new Class<?>[] {SubjectSink.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("modelMention")) {
                        models.add((ModelRef) args[0]);
                    }
                    return null;
                });
    }
}
