package dev.rubric.collect.formats.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where Helm's messages point, as paths of the audited tree, and which values files are variants. */
class HelmMessagesTest {
    private final HelmMessages messages = new HelmMessages("mychart", "deploy/chart", "/tmp/rubric-chart-123");

    @Test
    void templatePositionsAreMappedFromTheChartNameToItsFolder() {
        assertThat(messages.place("template: mychart/templates/x.yaml:12:3: executing \"mychart/templates/x.yaml\" at <.Values.a>: nil"))
                .isEqualTo(new HelmMessages.Place("deploy/chart/templates/x.yaml", 12, 3));
        assertThat(messages.place("execution error at (mychart/templates/x.yaml:11:19): model is required"))
                .isEqualTo(new HelmMessages.Place("deploy/chart/templates/x.yaml", 11, 19));
        assertThat(messages.place("parse error at (mychart/charts/sub/templates/y.yaml:4): function \"nope\" not defined"))
                .isEqualTo(new HelmMessages.Place("deploy/chart/charts/sub/templates/y.yaml", 4, 0));
    }

    @Test
    void aRenderedYamlErrorNamesTheTemplateButNotARenderedLine() {
        assertThat(messages.place("YAML parse error on mychart/templates/x.yaml: error converting YAML to JSON: yaml: line 40: bad"))
                .isEqualTo(new HelmMessages.Place("deploy/chart/templates/x.yaml", 0, 0));
    }

    @Test
    void valuesErrorsPointAtTheValuesFileOfTheAuditedTree() {
        String failed = "failed to parse /tmp/rubric-chart-123/values-prod.yaml: error converting YAML to JSON: yaml: line 2: did not find expected node content";
        assertThat(messages.place(failed)).isEqualTo(new HelmMessages.Place("deploy/chart/values-prod.yaml", 2, 0));
        assertThat(messages.clean(failed)).startsWith("failed to parse deploy/chart/values-prod.yaml: ");
        assertThat(messages.place("cannot load values.yaml: error converting YAML to JSON: yaml: line 1: did not find"))
                .isEqualTo(new HelmMessages.Place("deploy/chart/values.yaml", 1, 0));
    }

    @Test
    void aMessageThatNamesNoPlaceOfTheChartIsLocatedAtChartYaml() {
        assertThat(messages.place("other/templates/x.yaml:3:1: not ours"))
                .isEqualTo(new HelmMessages.Place("deploy/chart/Chart.yaml", 0, 0));
    }

    @Test
    void variantsAreTheValuesFilesKeptWithTheChart() {
        List<String> files = List.of("values.yaml", "values-prod.yaml", "values.staging.yml", "prod-values.yaml",
                "values/eu.yaml", "ci/gpu-values.yaml", "ci/lint.yaml", "values.schema.json", "templates/values-cm.yaml",
                "values/nested/deep.yaml", "Chart.yaml", "myvalues.yaml");
        assertThat(ChartVariants.valuesFiles(files)).containsExactly(
                "ci/gpu-values.yaml", "prod-values.yaml", "values-prod.yaml", "values.staging.yml", "values/eu.yaml");
    }
}
