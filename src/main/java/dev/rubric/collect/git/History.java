package dev.rubric.collect.git;

import dev.rubric.collect.git.internal.TreeDiff;
import dev.rubric.collect.git.internal.PackedTrees;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The history of a repository, read in ONE pass over the commits reachable from the audited
 * commit: each commit's tree is compared with its parent's by {@link TreeDiff} (identical
 * subtrees are skipped by id, so the cost follows the number of changed paths, as for
 * {@code git log --name-only}), and the touched paths update per-path counters for the paths
 * of interest only.
 *
 * <p>Rules, as {@code git log} without options: a merge commit touches nothing (its changes are
 * counted on the commits that made them); a root commit touches everything it adds; renames
 * are not followed. Dates are commit (committer) dates in UTC.
 */
final class History {
    /** What the history says about one path. */
    static final class PathStats {
        int revisions;
        String firstCommit;
        long firstTime;
        String lastCommit;
        long lastTime;
        final Set<String> authors = new HashSet<>();
        int changesWithoutEval;

        static String date(long epochSeconds) {
            return Instant.ofEpochSecond(epochSeconds).toString();
        }
    }

    long commitCount;
    long signedCommits;
    final Map<String, PathStats> paths = new HashMap<>();

    private History() {
    }

    /** The history of a repository without commits. */
    static History empty() {
        return new History();
    }

    /**
     * @param interesting repository-relative paths whose counters are kept; every other touched
     *                    path only counts towards "was an evaluation file changed in this commit"
     */
    static History read(Repository repository, AnyObjectId start, Set<String> interesting) throws IOException {
        return read(repository, start, interesting, PackedTrees.DEFAULT_CACHE_BYTES);
    }

    /** As {@link #read(Repository, AnyObjectId, Set)}, with the bytes the tree loader may cache. */
    static History read(Repository repository, AnyObjectId start, Set<String> interesting, long cacheBytes)
            throws IOException {
        History history = new History();
        List<String> touchedInteresting = new ArrayList<>();
        boolean[] evalChanged = new boolean[1];
        Consumer<String> onChange = path -> {
            if (!evalChanged[0] && EvaluationFiles.isEvaluation(path)) {
                evalChanged[0] = true;
            }
            if (interesting.contains(path)) {
                touchedInteresting.add(path);
            }
        };
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = walk.getObjectReader();
             PackedTrees trees = PackedTrees.open(repository, reader, cacheBytes)) {
            TreeDiff diff = new TreeDiff(trees);
            walk.markStart(walk.parseCommit(start));
            for (RevCommit commit; (commit = walk.next()) != null; ) {
                history.commitCount++;
                if (commit.getRawGpgSignature() != null) {
                    history.signedCommits++;
                }
                if (commit.getParentCount() > 1) {
                    commit.disposeBody();
                    continue;
                }
                RevCommit parent = commit.getParentCount() == 0 ? null : commit.getParent(0);
                if (parent != null) {
                    walk.parseHeaders(parent);
                }
                evalChanged[0] = false;
                touchedInteresting.clear();
                diff.compare(parent == null ? null : parent.getTree(), commit.getTree(), onChange);
                if (!touchedInteresting.isEmpty()) {
                    history.record(commit, touchedInteresting, evalChanged[0]);
                }
                commit.disposeBody();
            }
        }
        return history;
    }

    private void record(RevCommit commit, List<String> touched, boolean evalChanged) {
        String id = commit.name();
        long time = commit.getCommitTime();
        PersonIdent author = commit.getAuthorIdent();
        String who = author.getEmailAddress() == null || author.getEmailAddress().isBlank()
                ? author.getName() : author.getEmailAddress().toLowerCase(Locale.ROOT);
        for (String path : touched) {
            PathStats stats = paths.computeIfAbsent(path, p -> new PathStats());
            // the walk goes newest first: the first commit seen is the last change, the latest seen the first
            if (stats.revisions == 0) {
                stats.lastCommit = id;
                stats.lastTime = time;
            }
            stats.firstCommit = id;
            stats.firstTime = time;
            stats.revisions++;
            stats.authors.add(who);
            if (!evalChanged) {
                stats.changesWithoutEval++;
            }
        }
    }
}
