package dev.rubric.collect.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * A history of many small commits over nested folders, the same on every run (fixed seed,
 * authors and dates), so that a packer finds long delta chains among its trees. Besides edits:
 * files deleted and re-added, a folder replaced by a file, a signed commit and a merge commit.
 */
final class SampleHistory {
    static final int COMMITS = 160;

    private static final List<String> PATHS = List.of(
            "README.md", "docs/guide/deep/notes.md", "docs/guide/index.md",
            "prompts/triage.prompty", "prompts/summary.prompty", "prompts/agents/router.prompty",
            "evals/triage.yaml", "evals/summary.yaml",
            "src/app/main.py", "src/app/routes.py", "src/app/models.py", "src/app/views.py",
            "src/lib/util/strings.py", "src/lib/util/numbers.py", "src/lib/util/dates.py",
            "src/lib/io/files.py", "src/lib/io/net.py", "src/lib/io/db.py",
            "config/app.yaml", "config/rag.yaml", "config/serving.yaml");
    private static final List<String> AUTHORS = List.of("Alice", "Bob", "Carol", "Dan");

    private SampleHistory() {
    }

    /** Builds the history in an empty repository; returns the last commit. */
    static ObjectId build(TestRepo repo) throws Exception {
        Random random = new Random(20240101);
        List<String> live = new ArrayList<>(PATHS);
        for (String path : PATHS) {
            repo.write(path, content(path, 0));
        }
        repo.commit("Alice", "initial");
        for (int c = 1; c < COMMITS; c++) {
            int changes = 1 + random.nextInt(3);
            for (int i = 0; i < changes; i++) {
                String path = live.get(random.nextInt(live.size()));
                repo.write(path, content(path, c));
            }
            if (c % 23 == 0) {
                Files.deleteIfExists(repo.dir.resolve(live.get(random.nextInt(live.size()))));
            }
            if (c == 90) {
                // a folder becomes a file of the same name
                deleteTree(repo.dir.resolve("docs/guide/deep"));
                repo.write("docs/guide/deep", "now a file\n");
                live.set(live.indexOf("docs/guide/deep/notes.md"), "docs/guide/deep");
            }
            String author = AUTHORS.get(random.nextInt(AUTHORS.size()));
            if (c == 40) {
                repo.commitSigned(author, "signed change " + c);
            } else {
                repo.commit(author, "change " + c);
            }
        }
        return mergeWithSideCommit(repo);
    }

    /** Every path the sample history ever held. */
    static List<String> paths() {
        return Stream.concat(PATHS.stream(), Stream.of("docs/guide/deep")).toList();
    }

    private static String content(String path, int commit) {
        StringBuilder text = new StringBuilder("# ").append(path).append('\n');
        // a long stable body and a short changing line: what real edits look like to a delta search
        for (int line = 0; line < 40; line++) {
            text.append("line ").append(line).append(" of ").append(path).append('\n');
        }
        return text.append("revision ").append(commit).append('\n').toString();
    }

    /**
     * A commit on a side branch off HEAD~1 redoing HEAD's change, then a merge of it into HEAD whose tree
     * is HEAD~1's (so a merge diffed against its first parent would touch paths), made by hand for fixed dates.
     */
    private static ObjectId mergeWithSideCommit(TestRepo repo) throws IOException {
        Repository repository = repo.git.getRepository();
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit head = walk.parseCommit(repository.resolve(Constants.HEAD));
            RevCommit base = walk.parseCommit(head.getParent(0));
            ObjectId side = insert(inserter, head.getTree(), "Eve", "side change", COMMITS + 1, base);
            ObjectId merge = insert(inserter, base.getTree(), "Eve", "merge side", COMMITS + 2, head, side);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.HEAD);
            update.setNewObjectId(merge);
            update.forceUpdate();
            return merge;
        }
    }

    private static ObjectId insert(ObjectInserter inserter, ObjectId tree, String author, String message, int day,
                                   ObjectId... parents) throws IOException {
        CommitBuilder builder = new CommitBuilder();
        builder.setTreeId(tree);
        builder.setParentIds(parents);
        var who = TestRepo.person(author, TestRepo.EPOCH.plusSeconds(86_400L * day));
        builder.setAuthor(who);
        builder.setCommitter(who);
        builder.setMessage(message);
        return inserter.insert(builder);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
