package dev.rubric.collect.git;

import dev.rubric.collect.git.internal.PackedTrees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every tree of the sample history, loaded by {@link PackedTrees} in any order and with any
 * cache size, is byte for byte what JGit reads from the loose original; from the packs when the
 * tree is packed, through JGit when it is not.
 */
class PackedTreesTest {
    @TempDir
    static Path shared;

    static SampleRepos sample;

    @TempDir
    Path temp;

    @BeforeAll
    static void sample() throws Exception {
        sample = SampleRepos.build(shared);
    }

    /** Loads every tree in the given order and checks it against the loose original; returns the loader's counts. */
    static long[] loadAll(Path dir, List<ObjectId> order, long cacheBytes) throws Exception {
        try (TestRepo original = TestRepo.open(sample.origin()); TestRepo copy = TestRepo.open(dir);
             ObjectReader expected = original.git.getRepository().newObjectReader();
             ObjectReader fallback = copy.git.getRepository().newObjectReader();
             PackedTrees trees = PackedTrees.open(copy.git.getRepository(), fallback, cacheBytes)) {
            for (ObjectId id : order) {
                assertThat(trees.load(id)).as("tree %s", id.name())
                        .isEqualTo(expected.open(id, Constants.OBJ_TREE).getCachedBytes());
            }
            return new long[] {trees.fromPacks(), trees.fromFallback()};
        }
    }

    static List<ObjectId> trees() throws Exception {
        try (TestRepo repo = TestRepo.open(sample.origin())) {
            return Packs.trees(repo.git.getRepository(), sample.head());
        }
    }

    Path gc(String name) throws Exception {
        return sample.gc(temp.resolve(name));
    }

    @Test
    void deltaChainsResolveWhicheverWayTheyAreWalked() throws Exception {
        Path dir = gc("gc");
        List<ObjectId> newestFirst = trees();
        List<ObjectId> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        List<ObjectId> shuffled = new ArrayList<>(newestFirst);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(newestFirst).hasSizeGreaterThan(SampleHistory.COMMITS);

        for (List<ObjectId> order : List.of(newestFirst, oldestFirst, shuffled)) {
            assertThat(loadAll(dir, order, PackedTrees.DEFAULT_CACHE_BYTES)).containsExactly(order.size(), 0);
        }
    }

    @Test
    void aCacheThatKeepsNothingStillResolvesEveryChain() throws Exception {
        Path dir = gc("gc");
        List<ObjectId> order = trees();
        assertThat(loadAll(dir, order, 0)).containsExactly(order.size(), 0);
        // room for a few trees and less than one block of the pack: evictions all along a chain
        assertThat(loadAll(dir, order, 8192)).containsExactly(order.size(), 0);
    }

    @Test
    void refDeltasResolveWithinAPackAcrossSeveralPacks() throws Exception {
        Path dir = sample.twoPacks(temp.resolve("packs"), true);
        try (TestRepo repo = TestRepo.open(dir)) {
            Repository repository = repo.git.getRepository();
            Packs.Shape shape = Packs.shape(repository);
            assertThat(shape.packs()).isEqualTo(2);
            assertThat(shape.refDeltas()).isGreaterThan(shape.wholeTrees());
        }
        List<ObjectId> order = trees();
        assertThat(loadAll(dir, order, PackedTrees.DEFAULT_CACHE_BYTES)).containsExactly(order.size(), 0);
        assertThat(loadAll(dir, order, 0)).containsExactly(order.size(), 0);
    }

    /**
     * Trees JGit cannot read: in a pack of REF_DELTA entries whose bases are in the gc pack, in
     * the same pack (itself resting on the gc pack) and loose.
     */
    @Test
    void refDeltaBasesInAnotherPackOrLooseAreFound() throws Exception {
        Path dir = gc("gc");
        try (TestRepo repo = TestRepo.open(dir); ObjectReader reader = repo.git.getRepository().newObjectReader();
             ObjectInserter inserter = repo.git.getRepository().newObjectInserter()) {
            Repository repository = repo.git.getRepository();
            ObjectId root = repository.resolve("HEAD^{tree}");
            byte[] rootContent = reader.open(root, Constants.OBJ_TREE).getCachedBytes();
            ObjectId blob = repository.resolve("HEAD:README.md");
            byte[] one = withEntry(rootContent, "zz-one", blob);
            byte[] two = withEntry(one, "zz-two", blob);
            byte[] loose = withEntry(rootContent, "zz-loose", blob);
            byte[] three = withEntry(loose, "zz-three", blob);
            ObjectId looseId = inserter.insert(Constants.OBJ_TREE, loose);
            inserter.flush();
            ObjectInserter.Formatter ids = new ObjectInserter.Formatter();
            ObjectId oneId = ids.idFor(Constants.OBJ_TREE, one);
            ObjectId twoId = ids.idFor(Constants.OBJ_TREE, two);
            ObjectId threeId = ids.idFor(Constants.OBJ_TREE, three);
            RefDeltaPack.write(Packs.packDirectory(repository).toPath(), List.of(
                    new RefDeltaPack.Delta(oneId, one, root, rootContent),
                    new RefDeltaPack.Delta(twoId, two, oneId, one),
                    new RefDeltaPack.Delta(threeId, three, looseId, loose)));

            for (long cacheBytes : new long[] {PackedTrees.DEFAULT_CACHE_BYTES, 0}) {
                try (TestRepo reopened = TestRepo.open(dir);
                     ObjectReader fallback = reopened.git.getRepository().newObjectReader();
                     PackedTrees trees = PackedTrees.open(reopened.git.getRepository(), fallback, cacheBytes)) {
                    assertThat(trees.load(twoId)).isEqualTo(two);
                    assertThat(trees.load(oneId)).isEqualTo(one);
                    assertThat(trees.load(threeId)).isEqualTo(three);
                    assertThat(trees.load(root)).isEqualTo(rootContent);
                    assertThat(trees.fromPacks()).isEqualTo(4);
                    assertThat(trees.fromFallback()).isZero();
                }
            }
        }
    }

    /** A tree's content with one more entry, named to sort after every other. */
    static byte[] withEntry(byte[] tree, String name, ObjectId blob) {
        byte[] entry = ("100644 " + name + "\0").getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(tree, tree.length + entry.length + Constants.OBJECT_ID_LENGTH);
        System.arraycopy(entry, 0, out, tree.length, entry.length);
        blob.copyRawTo(out, tree.length + entry.length);
        return out;
    }

    @Test
    void looseTreesAreReadThroughJGit() throws Exception {
        List<ObjectId> order = trees();
        assertThat(loadAll(sample.origin(), order, PackedTrees.DEFAULT_CACHE_BYTES)).containsExactly(0, order.size());
    }

    @Test
    void treesLooseBesideAPackAreReadThroughJGitAndTheRestFromThePack() throws Exception {
        Path dir = gc("mixed");
        ObjectId head;
        try (TestRepo repo = TestRepo.open(dir)) {
            repo.skipDays(SampleHistory.COMMITS + 10);
            repo.write("src/app/main.py", "rewritten\n").commit("Bob", "after gc");
            head = repo.git.getRepository().resolve(Constants.HEAD);
            List<ObjectId> order = Packs.trees(repo.git.getRepository(), head);
            try (ObjectReader fallback = repo.git.getRepository().newObjectReader();
                 PackedTrees trees = PackedTrees.open(repo.git.getRepository(), fallback, 0)) {
                for (ObjectId id : order) {
                    assertThat(trees.load(id)).isEqualTo(fallback.open(id, Constants.OBJ_TREE).getCachedBytes());
                }
                // the new commit's root, src and src/app trees are loose
                assertThat(trees.fromFallback()).isEqualTo(3);
                assertThat(trees.fromPacks()).isEqualTo(order.size() - 3);
            }
        }
    }

    @Test
    void missingObjectsAndOtherTypesFailAsInJGit() throws Exception {
        Path dir = gc("gc");
        try (TestRepo repo = TestRepo.open(dir); ObjectReader fallback = repo.git.getRepository().newObjectReader();
             PackedTrees trees = PackedTrees.open(repo.git.getRepository(), fallback, 0)) {
            ObjectId blob = repo.git.getRepository().resolve("HEAD:README.md");
            assertThatThrownBy(() -> trees.load(blob)).isInstanceOf(IncorrectObjectTypeException.class);
            assertThatThrownBy(() -> trees.load(ObjectId.fromString("0123456789abcdef0123456789abcdef01234567")))
                    .isInstanceOf(MissingObjectException.class);
        }
    }
}
