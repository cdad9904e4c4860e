package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.rubric.Criterion;
import dev.rubric.rubric.Dimension;
import dev.rubric.rubric.Rubric;
import dev.rubric.rubric.RubricLoader;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void without_an_argument_it_lists_every_dimension_and_criterion() throws Exception {
        Rubric rubric = new RubricLoader().load(null);
        CliRun run = CliRun.of("explain");
        assertThat(run.exitCode()).isZero();
        for (Dimension dimension : rubric.dimensions()) {
            assertThat(run.out()).contains(dimension.id() + " — " + dimension.title());
        }
        for (Criterion criterion : rubric.criteria()) {
            assertThat(run.out()).containsPattern("(?m)^  " + criterion.id().replace(".", "\\.") + " +level "
                    + criterion.level() + ",.*" + Pattern.quote(criterion.title()) + "$");
        }
    }

    @Test
    void ids_and_titles_are_accepted_in_any_case() throws Exception {
        Criterion criterion = new RubricLoader().load(null).criteria().get(0);
        CliRun byTitle = CliRun.of("explain", criterion.title().toUpperCase(Locale.ROOT));
        assertThat(byTitle.exitCode()).isZero();
        assertThat(byTitle.out()).startsWith(criterion.id() + " — ").contains("How it is judged:");
        CliRun byId = CliRun.of("explain", criterion.id().toUpperCase(Locale.ROOT));
        assertThat(byId.out()).isEqualTo(byTitle.out());
        Dimension dimension = new RubricLoader().load(null).dimensions().get(0);
        CliRun byDimensionTitle = CliRun.of("explain", dimension.title().toLowerCase(Locale.ROOT));
        assertThat(byDimensionTitle.out()).startsWith(dimension.id() + " — " + dimension.title());
    }

    @Test
    void an_unknown_name_gets_the_nearest_as_a_suggestion() throws Exception {
        Criterion criterion = new RubricLoader().load(null).criteria().get(0);
        String typo = criterion.id().substring(0, criterion.id().length() - 2) + "zz";
        CliRun run = CliRun.of("explain", typo);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no criterion or dimension '" + typo + "'")
                .contains("did you mean '" + criterion.id() + "'?");
        CliRun nothingNear = CliRun.of("explain", "qqqqqqqqqqqqqqqqqqqq");
        assertThat(nothingNear.err()).contains("'rubric explain' lists them all").doesNotContain("did you mean");
    }
}
