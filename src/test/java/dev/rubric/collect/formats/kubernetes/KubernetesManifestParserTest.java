package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.EvidenceSink;
import dev.rubric.collect.formats.Formats;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.Hint;
import dev.rubric.collect.tree.ParsedFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.SafeYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesManifestParserTest {
    private final KubernetesManifestParser parser = new KubernetesManifestParser();

    @Test
    void lookAtYamlAndJsonOnly() {
        assertThat(parser.hint("k8s/deploy.yaml", "deploy.yaml")).isEqualTo(Hint.WEAK);
        assertThat(parser.hint("k8s/deploy.YML", "deploy.YML")).isEqualTo(Hint.WEAK);
        assertThat(parser.hint("dump.json", "dump.json")).isEqualTo(Hint.WEAK);
        assertThat(parser.hint("Dockerfile", "Dockerfile")).isEqualTo(Hint.NONE);
        assertThat(parser.hint("deploy.yaml.bak", "deploy.yaml.bak")).isEqualTo(Hint.NONE);
    }

    /** Texts that would not even parse: the cheap key check must keep the YAML reader away from them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\": \"web\", \"lockfileVersion\": 3, \"kind\": [",
            "apiVersion: [unclosed",
            "on: push\njobs: {build: [\n"})
    void filesWithoutBothSignatureWordsAreNeverParsed(String text) {
        ParsedFile file = new ParsedFile("t", "x.yaml", text, new SafeYaml(1 << 20));
        FileSink sink = new FileSink(new EvidenceSink(new EvidenceBuilder()), file, Formats.all());

        assertThat(parser.parse(file, sink)).isFalse();
        assertThat(file.yamlFailure()).isNull();
        assertThat(sink.kind()).isNull();
    }

    @Test
    void templatedTextWithoutTopLevelKindIsLeftToTheWalker() {
        ParsedFile file = new ParsedFile("t", "x.yaml",
                "metadata:\n  apiVersion: v1\n  kind: {{ .Values.kind }}\n  name: {{ x }}: y\n", new SafeYaml(1 << 20));
        FileSink sink = new FileSink(new EvidenceSink(new EvidenceBuilder()), file, Formats.all());

        assertThat(parser.parse(file, sink)).isFalse();
        assertThat(file.yamlFailure()).isNotNull();
        assertThat(sink.kind()).isNull();
    }

    /** The API's typed lists leave apiVersion and kind out of their items; the list's own say them. */
    @Test
    void typedListItemsInheritTheirKind() {
        String text = "apiVersion: apps/v1\nkind: DeploymentList\nitems:\n"
                + "- metadata: {name: a, namespace: n}\n  spec: {template: {spec: {containers: [{name: c, image: x:1}]}}}\n";
        ParsedFile file = new ParsedFile("t", "dump.yaml", text, new SafeYaml(1 << 20));
        EvidenceBuilder evidence = new EvidenceBuilder();

        assertThat(parser.parse(file, new FileSink(new EvidenceSink(evidence), file, Formats.all()))).isTrue();
        Workload workload = evidence.build("test").workloads().get(0);
        assertThat(workload.id()).isEqualTo("t/dump.yaml#Deployment/n/a");
        assertThat(workload.apiVersion()).isEqualTo("apps/v1");
        assertThat(workload.location().line()).isEqualTo(4);
        assertThat(workload.containers()).hasSize(1);
    }
}
