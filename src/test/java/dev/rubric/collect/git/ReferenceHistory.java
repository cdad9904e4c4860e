package dev.rubric.collect.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The history facts computed another way than {@link History}: JGit's own recursive TreeWalk
 * with {@link TreeFilter#ANY_DIFF} for each commit, and first and last commits chosen by date
 * rather than by walk order. The rules are git log's: a merge touches nothing, a root commit
 * touches everything.
 */
final class ReferenceHistory {
    /** What the history says about one path, comparable as a whole. */
    record Facts(int revisions, String firstCommit, long firstTime, String lastCommit, long lastTime,
                 Set<String> authors, int changesWithoutEval) {
        static Facts of(History.PathStats stats) {
            return new Facts(stats.revisions, stats.firstCommit, stats.firstTime, stats.lastCommit, stats.lastTime,
                    new TreeSet<>(stats.authors), stats.changesWithoutEval);
        }
    }

    /** Everything compared: the commit counts and every path's facts. */
    record Summary(long commits, long signed, Map<String, Facts> paths) {
        static Summary of(History history) {
            Map<String, Facts> paths = new HashMap<>();
            history.paths.forEach((path, stats) -> paths.put(path, Facts.of(stats)));
            return new Summary(history.commitCount, history.signedCommits, paths);
        }
    }

    private record Change(String commit, long time, String author, boolean evalChanged) {
    }

    private ReferenceHistory() {
    }

    static Summary of(Repository repository, ObjectId start, Set<String> interesting) throws IOException {
        Map<String, List<Change>> changes = new HashMap<>();
        long commits = 0;
        long signed = 0;
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(start));
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                commits++;
                if (commit.getRawGpgSignature() != null) {
                    signed++;
                }
                if (commit.getParentCount() > 1) {
                    continue;
                }
                List<String> touched = touched(repository, walk, commit);
                boolean evalChanged = touched.stream().anyMatch(EvaluationFiles::isEvaluation);
                String author = commit.getAuthorIdent().getEmailAddress().toLowerCase(Locale.ROOT);
                for (String path : touched) {
                    if (interesting.contains(path)) {
                        changes.computeIfAbsent(path, p -> new ArrayList<>())
                                .add(new Change(commit.name(), commit.getCommitTime(), author, evalChanged));
                    }
                }
            }
        }
        Map<String, Facts> paths = new HashMap<>();
        changes.forEach((path, list) -> {
            Change first = list.stream().min(Comparator.comparingLong(Change::time)).orElseThrow();
            Change last = list.stream().max(Comparator.comparingLong(Change::time)).orElseThrow();
            Set<String> authors = new TreeSet<>();
            list.forEach(c -> authors.add(c.author()));
            int withoutEval = (int) list.stream().filter(c -> !c.evalChanged()).count();
            paths.put(path, new Facts(list.size(), first.commit(), first.time(), last.commit(), last.time(), authors,
                    withoutEval));
        });
        return new Summary(commits, signed, paths);
    }

    private static List<String> touched(Repository repository, RevWalk walk, RevCommit commit) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.setRecursive(true);
            tree.setFilter(TreeFilter.ANY_DIFF);
            if (commit.getParentCount() == 0) {
                tree.addTree(new EmptyTreeIterator());
            } else {
                tree.addTree(walk.parseCommit(commit.getParent(0)).getTree());
            }
            tree.addTree(commit.getTree());
            while (tree.next()) {
                paths.add(tree.getPathString());
            }
        }
        return paths;
    }
}
