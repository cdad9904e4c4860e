package dev.rubric.collect.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.Json;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Manifests seeded with credentials in env literals, args, annotations and URLs leak none of them. */
class KubernetesSecretsTest {
    private static final List<String> SEEDED = List.of(
            "sk-vllmSeededSecret0123456789",
            "SeededOpenAIKey",
            "Pa55wordSeeded",
            "sk-1234567890abcdefghij",
            "hf_abcdefghijklmnopqrstuvwxyzABCDEF12",
            "s3cretpw",
            "hunter2-not-real");

    @ParameterizedTest
    @ValueSource(strings = {"vllm-gpu", "list-dump", "job", "pod", "multi-document"})
    void noSeededSecretReachesEvidence(String fixture) {
        String evidence = Json.pretty(FixtureCasesTest.collect(
                FixtureCasesTest.ROOT.resolve(Path.of("kubernetes", fixture, "input"))));

        assertThat(evidence).as("the fixture has secrets to hide").contains("redacted");
        for (String secret : SEEDED) {
            assertThat(evidence).as("evidence of %s", fixture).doesNotContain(secret);
        }
    }
}
