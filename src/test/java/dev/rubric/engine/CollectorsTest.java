package dev.rubric.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.Collector;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.RepositoryUrlTarget;
import dev.rubric.evidence.Evidence;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorsTest {
    @TempDir
    Path dir;

    private final Collectors registry = Collectors.of(new CollectRequest(List.of(), 1 << 20, Set.of()));

    private static Source source(String kind, String status) {
        return new Source("t", Location.file("t", "."), kind, "t", status, null, Map.of());
    }

    @Test
    void a_repository_goes_to_git_and_a_plain_folder_to_the_walker() throws Exception {
        Path repository = dir.resolve("repo");
        Git.init().setDirectory(repository.toFile()).call().close();
        Path plain = dir.resolve("plain");
        java.nio.file.Files.createDirectories(plain);
        assertThat(registry.first(new PathTarget("r", "r", repository)).map(Collector::kind)).contains("repository");
        assertThat(registry.first(new PathTarget("p", "p", plain)).map(Collector::kind)).contains("directory");
        assertThat(registry.first(new RepositoryUrlTarget("u", "u", "https://example.com/a.git", null, null))
                .map(Collector::kind)).contains("repository");
    }

    @Test
    void nobody_takes_a_commit_of_a_folder_outside_any_repository() throws Exception {
        Path plain = dir.resolve("plain");
        java.nio.file.Files.createDirectories(plain);
        assertThat(registry.first(new PathTarget("p", "p", plain, "v1"))).isEmpty();
    }

    @Test
    void a_collection_is_available_from_a_source_that_fills_it_and_did_not_fail() {
        assertThat(Collectors.available(List.of(source("directory", Source.OK))))
                .contains("prompts", "workloads").doesNotContain("repositories");
        assertThat(Collectors.available(List.of(source("repository", Source.PARTIAL)))).contains("repositories", "prompts");
        assertThat(Collectors.available(List.of(source("repository", Source.FAILED)))).isEmpty();
    }

    @Test
    void collectors_declare_only_collections_a_rubric_can_require() {
        assertThat(Collectors.sourceKinds().keySet()).isSubsetOf(Evidence.COLLECTIONS);
        assertThat(Collectors.sourceKinds().get("repositories")).containsExactly("repository");
    }

    @Test
    void what_saved_evidence_is_judged_by_is_what_each_registered_collector_declares() {
        for (Collector collector : registry.all()) {
            assertThat(Collectors.sourceKinds()).allSatisfy((collection, kinds) -> assertThat(
                    kinds.contains(collector.kind())).as("%s fills %s", collector.kind(), collection)
                    .isEqualTo(collector.collections().contains(collection)));
            assertThat(Collectors.available(List.of(source(collector.kind(), Source.OK))))
                    .isEqualTo(collector.collections());
        }
    }
}
