package dev.rubric.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.evidence.Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class RubricLoaderTest {
    private static final Path INVALID = Path.of("src/test/resources/rubrics/invalid");

    /**
     * Each file in rubrics/invalid states the problems it must produce in "# expect: line:col:
     * message" header lines (or "# expect: message" when there is no position); every one must be
     * reported, at exactly that position.
     */
    @TestFactory
    Stream<DynamicTest> invalid_rubrics_report_every_problem_where_it_is() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(INVALID)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(file).stream().filter(l -> l.startsWith("# expect: "))
                    .map(l -> l.substring("# expect: ".length())).toList();
            assertThat(expected).as("expectations in " + file).isNotEmpty();
            String location = file.toString();
            assertThatThrownBy(() -> new RubricLoader().load(location))
                    .isInstanceOfSatisfying(InvalidRubricException.class, e -> {
                        List<String> reported = e.problems().stream().map(RubricProblem::toString).toList();
                        for (String expectation : expected) {
                            assertThat(reported).as("problems of " + file)
                                    .anyMatch(r -> r.startsWith(location + ":" + expectation)
                                            || (!Character.isDigit(expectation.charAt(0)) && r.contains(expectation)));
                        }
                    });
        }));
    }

    @Test
    void the_builtin_rubric_is_valid_and_names_its_origin() throws Exception {
        Rubric rubric = new RubricLoader().load(null);
        assertThat(rubric.origin()).isEqualTo(RubricLoader.BUILTIN);
        assertThat(rubric.sha256()).hasSize(64);
        assertThat(rubric.dimensions()).isNotEmpty();
        assertThat(rubric.criteria()).allSatisfy(c -> {
            assertThat(c.id()).startsWith(c.dimension() + ".");
            assertThat(c.rationale()).as("rationale of " + c.id()).isNotBlank();
            assertThat(c.remediation()).as("remediation of " + c.id()).isNotBlank();
            assertThat(c.references()).as("references of " + c.id()).isNotEmpty();
        });
    }

    /**
     * The rubric's {@code links:} lists are the one place a link kind belongs to a dimension (they
     * decide the cap): a criterion that judges links names only kinds its own dimension lists, and
     * every listed kind is judged by a criterion of that dimension.
     */
    @Test
    void every_builtin_link_criterion_judges_the_kinds_its_dimension_lists() throws Exception {
        Rubric rubric = new RubricLoader().load(RubricLoader.BUILTIN);
        Pattern kinds = Pattern.compile("item\\.kind in \\[([^\\]]*)\\]");
        Pattern literal = Pattern.compile("'([a-z0-9-]+)'");
        for (Dimension dimension : rubric.dimensions()) {
            Set<String> judged = new TreeSet<>();
            for (var c : dimension.criteria()) {
                if (c.when() != null && c.subjects() != null && c.subjects().source().strip().equals("evidence.links")) {
                    kinds.matcher(c.when().source()).results().forEach(m ->
                            literal.matcher(m.group(1)).results().forEach(k -> judged.add(k.group(1))));
                }
            }
            assertThat(dimension.links()).as("links: of " + dimension.id()).containsExactlyInAnyOrderElementsOf(judged);
        }
    }

    /**
     * A criterion that reads a collection must wait for it, or it would judge an absence: every
     * {@code evidence.<collection>} its expressions name is in {@code requires}, and it requires
     * nothing it does not read.
     */
    @Test
    void every_builtin_criterion_requires_exactly_the_collections_its_expressions_read() throws Exception {
        Rubric rubric = new RubricLoader().load(RubricLoader.BUILTIN);
        Pattern read = Pattern.compile("evidence\\.(\\w+)");
        assertThat(rubric.criteria()).allSatisfy(c -> {
            Set<String> collections = new TreeSet<>();
            for (Expression e : Arrays.asList(c.subjects(), c.applies(), c.when(), c.score(), c.message())) {
                if (e != null) {
                    read.matcher(e.source()).results().forEach(m -> collections.add(m.group(1)));
                }
            }
            assertThat(collections).as("collections %s reads", c.id()).isNotEmpty();
            if (collections.remove("links")) {
                // the link stage writes links from other collections: a link criterion waits for those
                assertThat(c.requires()).as("requires of " + c.id()).isNotEmpty().isSubsetOf(Evidence.COLLECTIONS)
                        .containsAll(collections);
            } else {
                assertThat(new TreeSet<>(c.requires())).as("requires of " + c.id()).isEqualTo(collections);
            }
        });
    }

    @Test
    void a_valid_user_rubric_loads_with_defaults() throws Exception {
        Rubric rubric = new RubricLoader().load("src/test/resources/rubrics/valid/minimal.yaml");
        Criterion criterion = rubric.criterion("prompt.versioned").orElseThrow();
        assertThat(criterion.weight()).isEqualTo(1.0);
        assertThat(criterion.aggregate()).isEqualTo(Criterion.Aggregate.MEAN);
        assertThat(criterion.requires()).isEmpty();
        assertThat(rubric.levelName(2)).isEqualTo("Pinned and recorded");
        assertThat(rubric.title()).as("title defaults to the name").isEqualTo("minimal");
    }

    @Test
    void missing_and_directory_paths_are_one_line_problems(@TempDir Path dir) {
        assertThatThrownBy(() -> new RubricLoader().load(dir.resolve("nope.yaml").toString()))
                .hasMessage(dir.resolve("nope.yaml") + ": no such file");
        assertThatThrownBy(() -> new RubricLoader().load(dir.toString()))
                .hasMessage(dir + ": is a directory, not a rubric file");
    }

    @Test
    void an_empty_file_is_not_a_rubric(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        assertThatThrownBy(() -> new RubricLoader().load(empty.toString()))
                .hasMessageContaining("a rubric is a mapping");
    }
}
