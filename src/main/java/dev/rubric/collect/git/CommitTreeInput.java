package dev.rubric.collect.git;

import dev.rubric.collect.tree.TreeInput;
import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of one commit, read from the object database: no checkout, no working tree touched.
 * {@code prefix} (empty, or a folder ending in '/') limits the walk to the audited folder, and
 * paths are given relative to it.
 */
final class CommitTreeInput implements TreeInput {
    private final Repository repository;
    private final RevTree tree;
    private final String prefix;

    CommitTreeInput(Repository repository, RevTree tree, String prefix) {
        this.repository = repository;
        this.tree = tree;
        this.prefix = prefix;
    }

    @Override
    public TreeInput below(String folder) {
        return new CommitTreeInput(repository, tree, prefix + folder + "/");
    }

    @Override
    public Blob file(String relative) throws IOException {
        try (ObjectReader reader = repository.newObjectReader();
             TreeWalk walk = TreeWalk.forPath(reader, prefix + relative, tree)) {
            if (walk == null) {
                return null;
            }
            FileMode mode = walk.getFileMode(0);
            return mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE ? blob(walk.getObjectId(0)) : null;
        }
    }

    @Override
    public void walk(Visitor visitor) throws IOException {
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            walk.setRecursive(false);
            while (walk.next()) {
                String path = walk.getPathString();
                boolean inPrefix = prefix.isEmpty() || path.startsWith(prefix);
                FileMode mode = walk.getFileMode(0);
                if (walk.isSubtree()) {
                    if (prefix.startsWith(path + "/")) {
                        walk.enterSubtree();
                    } else if (inPrefix && visitor.enterDirectory(path.substring(prefix.length()), walk.getNameString())) {
                        walk.enterSubtree();
                    }
                    continue;
                }
                if (!inPrefix) {
                    continue;
                }
                String relative = path.substring(prefix.length());
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    visitor.file(relative, walk.getNameString(), blob(walk.getObjectId(0)));
                } else {
                    visitor.nonRegular();
                }
            }
        }
    }

    private Blob blob(ObjectId id) {
        return new Blob() {
            @Override
            public long size() throws IOException {
                try (ObjectReader own = repository.newObjectReader()) {
                    return own.getObjectSize(id, Constants.OBJ_BLOB);
                }
            }

            @Override
            public byte[] read() throws IOException {
                // a reader per call: readers are not thread-safe and blobs are read on the pool
                try (ObjectReader own = repository.newObjectReader()) {
                    return own.open(id, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE - 8);
                }
            }
        };
    }
}
