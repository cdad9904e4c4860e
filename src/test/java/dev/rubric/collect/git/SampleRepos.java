package dev.rubric.collect.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The sample history built once per test class, its objects loose, and copies of it for each
 * test, its objects packed one way or another.
 */
record SampleRepos(Path origin, ObjectId head) {
    static SampleRepos build(Path dir) throws Exception {
        Path origin = dir.resolve("origin");
        try (TestRepo repo = TestRepo.init(origin)) {
            return new SampleRepos(origin, SampleHistory.build(repo));
        }
    }

    /** A copy of the whole working tree and repository, loose objects and all. */
    Path copy(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(origin)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(origin.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** A copy after JGit's aggressive gc. */
    Path gc(Path to) throws Exception {
        copy(to);
        try (TestRepo repo = TestRepo.open(to)) {
            Packs.gc(repo.git.getRepository());
        }
        return to;
    }

    /**
     * A copy whose objects are in two packs split at the middle commit, the older with REF_DELTA
     * entries, the newer with REF_DELTA or OFS_DELTA ones; no loose objects.
     */
    Path twoPacks(Path to, boolean newerRefDeltas) throws Exception {
        copy(to);
        ObjectId middle = ancestor(to, SampleHistory.COMMITS / 2);
        try (TestRepo repo = TestRepo.open(to)) {
            Repository repository = repo.git.getRepository();
            Path packDir = Packs.packDirectory(repository).toPath();
            Packs.write(repository, packDir, Set.of(middle), Set.of(), true);
            Packs.write(repository, packDir, Set.of(head), Set.of(middle), newerRefDeltas);
            Packs.pruneLoose(repository.getDirectory().toPath().resolve("objects"));
        }
        return to;
    }

    /** The commit {@code steps} first parents below the head. */
    ObjectId ancestor(Path dir, int steps) throws IOException {
        try (TestRepo repo = TestRepo.open(dir); RevWalk walk = new RevWalk(repo.git.getRepository())) {
            var commit = walk.parseCommit(head);
            for (int i = 0; i < steps; i++) {
                commit = walk.parseCommit(commit.getParent(0));
            }
            return commit.copy();
        }
    }
}
