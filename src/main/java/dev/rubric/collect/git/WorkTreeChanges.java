package dev.rubric.collect.git;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * What differs in a working tree, by repository path: tracked files changed in the working tree
 * or the index (modified, staged, added, in conflict), whether any tracked file differs from
 * HEAD at all (deletions included), and the untracked files that are not ignored.
 */
record WorkTreeChanges(Set<String> changed, boolean trackedDirty, Set<String> untracked) {

    /** Where the changes come from: JGit's status, or the walk of the files itself. */
    interface Source {
        WorkTreeChanges changes() throws IOException, GitAPIException;

        /** How the changes were found and what that cost, for --verbose. */
        String timing();
    }

    /** The index could not be read: which files are modified or untracked is not known. */
    static final Source UNKNOWN = new Source() {
        @Override
        public WorkTreeChanges changes() {
            throw new IllegalStateException("the work tree status is unknown");
        }

        @Override
        public String timing() {
            return "unknown";
        }
    };

    static WorkTreeChanges of(Status status) {
        Set<String> changed = new HashSet<>();
        changed.addAll(status.getModified());
        changed.addAll(status.getChanged());
        changed.addAll(status.getAdded());
        changed.addAll(status.getConflicting());
        boolean trackedDirty = !changed.isEmpty() || !status.getRemoved().isEmpty() || !status.getMissing().isEmpty();
        return new WorkTreeChanges(Set.copyOf(changed), trackedDirty, Set.copyOf(status.getUntracked()));
    }
}
