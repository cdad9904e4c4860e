package dev.rubric.collect.git;

import dev.rubric.collect.git.internal.PackedTrees;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History facts of the sample history, however its objects are stored — loose, in one pack of
 * deep OFS_DELTA chains, in several packs with REF_DELTA entries, partly loose — and however
 * small the tree cache: always those of the
 * reference computed with JGit's TreeWalk from the loose objects.
 */
class HistoryTest {
    @TempDir
    static Path shared;

    static SampleRepos sample;
    static ReferenceHistory.Summary reference;
    static Set<String> paths;

    @TempDir
    Path temp;

    @BeforeAll
    static void sample() throws Exception {
        sample = SampleRepos.build(shared);
        paths = new HashSet<>(SampleHistory.paths());
        paths.add("docs/guide/deep/notes.md");
        try (TestRepo repo = TestRepo.open(sample.origin())) {
            reference = ReferenceHistory.of(repo.git.getRepository(), sample.head(), paths);
        }
    }

    static ReferenceHistory.Summary history(Path dir, long cacheBytes) throws Exception {
        try (TestRepo repo = TestRepo.open(dir)) {
            Repository repository = repo.git.getRepository();
            return ReferenceHistory.Summary.of(History.read(repository, repository.resolve(Constants.HEAD), paths,
                    cacheBytes));
        }
    }

    static Packs.Shape shape(Path dir) throws Exception {
        try (TestRepo repo = TestRepo.open(dir)) {
            return Packs.shape(repo.git.getRepository());
        }
    }

    @Test
    void theReferenceSeesWhatTheSampleHistoryHolds() {
        assertThat(reference.commits()).isEqualTo(SampleHistory.COMMITS + 2);
        assertThat(reference.signed()).isEqualTo(1);
        assertThat(reference.paths()).containsKeys("README.md", "docs/guide/deep", "docs/guide/deep/notes.md",
                "evals/triage.yaml", "src/lib/io/db.py");
        assertThat(reference.paths().values()).anyMatch(f -> f.revisions() > 15)
                .anyMatch(f -> f.changesWithoutEval() < f.revisions())
                .anyMatch(f -> f.authors().contains("eve@example.com"));
    }

    @Test
    void looseObjectsGiveTheReferenceFacts() throws Exception {
        assertThat(history(sample.origin(), PackedTrees.DEFAULT_CACHE_BYTES)).isEqualTo(reference);
    }

    @Test
    void deepDeltaChainsOfAnAggressiveGcGiveTheSameFacts() throws Exception {
        Path dir = sample.gc(temp.resolve("gc"));
        Packs.Shape shape = shape(dir);
        assertThat(shape.packs()).isEqualTo(1);
        assertThat(shape.ofsDeltas()).isGreaterThan(shape.wholeTrees());
        assertThat(shape.deepestChain()).isGreaterThanOrEqualTo(10);

        assertThat(history(dir, PackedTrees.DEFAULT_CACHE_BYTES)).isEqualTo(reference);
    }

    @Test
    void aCacheTooSmallForAnyTreeGivesTheSameFacts() throws Exception {
        Path dir = sample.gc(temp.resolve("gc"));
        assertThat(history(dir, 0)).isEqualTo(reference);
        assertThat(history(dir, 4096)).isEqualTo(reference);
    }

    @Test
    void refDeltasInSeveralPacksGiveTheSameFacts() throws Exception {
        Path dir = sample.twoPacks(temp.resolve("packs"), false);
        Packs.Shape shape = shape(dir);
        assertThat(shape.packs()).isEqualTo(2);
        assertThat(shape.refDeltas()).isPositive();
        assertThat(shape.ofsDeltas()).isPositive();
        assertThat(shape.refDeltasToOtherPacks()).isZero();

        assertThat(history(dir, PackedTrees.DEFAULT_CACHE_BYTES)).isEqualTo(reference);
    }

    @Test
    void newCommitsLooseOverAPackGiveTheSameFactsAsTheirReference() throws Exception {
        Path dir = sample.gc(temp.resolve("mixed"));
        ObjectId head;
        try (TestRepo repo = TestRepo.open(dir)) {
            repo.skipDays(SampleHistory.COMMITS + 10);
            repo.write("src/app/main.py", "rewritten\n").write("src/new/module.py", "new\n").commit("Bob", "after gc");
            repo.write("evals/triage.yaml", "cases: [1]\n").write("src/app/main.py", "again\n").commit("Dan", "eval");
            head = repo.git.getRepository().resolve(Constants.HEAD);
        }
        Set<String> interesting = new HashSet<>(paths);
        interesting.add("src/new/module.py");
        ReferenceHistory.Summary expected;
        try (TestRepo repo = TestRepo.open(dir)) {
            expected = ReferenceHistory.of(repo.git.getRepository(), head, interesting);
            ReferenceHistory.Summary actual = ReferenceHistory.Summary.of(
                    History.read(repo.git.getRepository(), head, interesting));
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(expected.paths().get("src/app/main.py").revisions())
                .isEqualTo(reference.paths().get("src/app/main.py").revisions() + 2);
    }
}
