package dev.rubric.collect.git;

import dev.rubric.collect.tree.GitIndexView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The status of a working tree, worked out from the walk the file collector makes anyway, where
 * {@code git status} would walk the tree a second time. A tracked file whose size, modification
 * time and executable bit match its index entry, and which was not modified close to the moment
 * the index was written, is unchanged: git itself trusts the same facts. Every other tracked file
 * (changed stat, racily clean, a link, a submodule, deleted, or in a folder the walk skips) is a
 * suspect, and JGit's status decides for the suspects alone. Changes staged in the index are read
 * by comparing the index with HEAD, which skips identical folders by their tree ids.
 */
final class IndexedWorkTree implements GitIndexView, WorkTreeChanges.Source {
    /**
     * Files modified this close to the index write may have changed within the timestamp
     * granularity without their stat showing it ("racy git"); generous, since suspects only cost time.
     */
    private static final Duration RACY_WINDOW = Duration.ofSeconds(3);
    /** Beyond this many suspects one status of the whole tree is cheaper than a path filter. */
    private static final int MAX_SUSPECT_PATHS = 2_000;

    private final Repository repository;
    private final RevCommit head;
    private final DirCache index;
    private final Map<String, DirCacheEntry> entries = new HashMap<>();
    /** Tracked paths in String order, for "anything tracked below this folder" queries. */
    private final String[] sortedPaths;
    private final String[] submodules;
    private final Set<String> conflicts = new HashSet<>();
    private final Instant racyFrom;
    private final boolean fileMode;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> suspects = new TreeSet<>();
    private final Set<String> untracked = new HashSet<>();
    private long statusMillis;
    private boolean fullStatus;

    private static boolean isSorted(String[] values) {
        for (int i = 1; i < values.length; i++) {
            if (values[i - 1].compareTo(values[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    private IndexedWorkTree(Repository repository, RevCommit head, DirCache index, Instant indexWritten) {
        this.repository = repository;
        this.head = head;
        this.index = index;
        List<String> gitlinks = new ArrayList<>();
        List<String> paths = new ArrayList<>(index.getEntryCount());
        for (int i = 0; i < index.getEntryCount(); i++) {
            DirCacheEntry entry = index.getEntry(i);
            String path = entry.getPathString();
            if (entry.getStage() != DirCacheEntry.STAGE_0) {
                conflicts.add(path);
            }
            if (entries.putIfAbsent(path, entry) == null) {
                paths.add(path);
            }
            if (entry.getFileMode() == FileMode.GITLINK) {
                gitlinks.add(path);
            }
        }
        // the index is sorted by the paths' bytes, which is String order but for rare non-ASCII
        // paths: checking costs one pass, sorting 50,000 paths a tenth of a second of serial time
        this.sortedPaths = paths.toArray(String[]::new);
        if (!isSorted(sortedPaths)) {
            Arrays.sort(sortedPaths);
        }
        this.submodules = gitlinks.toArray(String[]::new);
        Arrays.sort(submodules);
        this.racyFrom = indexWritten.minus(RACY_WINDOW);
        this.fileMode = repository.getConfig().getBoolean(ConfigConstants.CONFIG_CORE_SECTION,
                ConfigConstants.CONFIG_KEY_FILEMODE, true);
    }

    /** @throws UnreadableIndex when git's index itself cannot be read (the work tree still can) */
    static IndexedWorkTree read(Repository repository, RevCommit head) throws IOException {
        Path indexFile = repository.getIndexFile().toPath();
        Instant written = Files.exists(indexFile) ? Files.getLastModifiedTime(indexFile).toInstant() : Instant.EPOCH;
        DirCache index;
        try {
            index = repository.readDirCache();
        } catch (IOException e) {
            throw new UnreadableIndex(e);
        }
        return new IndexedWorkTree(repository, head, index, written);
    }

    /** The index is damaged: told apart from other I/O failures because the walk can go on without it. */
    static final class UnreadableIndex extends IOException {
        UnreadableIndex(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public boolean tracked(String repoPath) {
        return entries.containsKey(repoPath);
    }

    @Override
    public boolean trackedBelow(String repoDirectory) {
        return anyStartingWith(sortedPaths, repoDirectory + "/");
    }

    @Override
    public void walked(String repoPath, BasicFileAttributes attributes, Path file) {
        DirCacheEntry entry = entries.get(repoPath);
        if (entry == null) {
            if (!insideSubmodule(repoPath)) {
                untracked.add(repoPath);
            }
            return;
        }
        seen.add(repoPath);
        if (!unchanged(entry, attributes, file)) {
            suspects.add(repoPath);
        }
    }

    @Override
    public void walkedNonRegular(String repoPath) {
        if (entries.containsKey(repoPath)) {
            seen.add(repoPath);
            suspects.add(repoPath);
        }
    }

    @Override
    public void notWalked(String repoDirectory) {
        String prefix = repoDirectory + "/";
        int from = ceiling(sortedPaths, prefix);
        for (int i = from; i < sortedPaths.length && sortedPaths[i].startsWith(prefix); i++) {
            seen.add(sortedPaths[i]);
            suspects.add(sortedPaths[i]);
        }
    }

    @Override
    public WorkTreeChanges changes() throws IOException, GitAPIException {
        long start = System.nanoTime();
        for (String path : sortedPaths) {
            if (!seen.contains(path)) {
                // deleted, or a submodule (a folder to the walk)
                suspects.add(path);
            }
        }
        Set<String> changed = new HashSet<>(conflicts);
        boolean trackedDirty = !conflicts.isEmpty();
        trackedDirty |= stagedChanges(changed);
        if (!suspects.isEmpty()) {
            Status status = suspectStatus();
            changed.addAll(status.getModified());
            changed.addAll(status.getChanged());
            changed.addAll(status.getAdded());
            changed.addAll(status.getConflicting());
            trackedDirty |= !status.getModified().isEmpty() || !status.getChanged().isEmpty()
                    || !status.getAdded().isEmpty() || !status.getRemoved().isEmpty()
                    || !status.getMissing().isEmpty() || !status.getConflicting().isEmpty();
        }
        statusMillis = (System.nanoTime() - start) / 1_000_000;
        return new WorkTreeChanges(Set.copyOf(changed), trackedDirty, Set.copyOf(untracked));
    }

    @Override
    public String timing() {
        return String.format(java.util.Locale.ROOT, "from the walk, %d of %d tracked files checked by git%s, %d ms",
                suspects.size(), sortedPaths.length, fullStatus ? " (whole tree)" : "", statusMillis);
    }

    /** Index against HEAD: adds the paths whose staged state differs; true if there is any. */
    private boolean stagedChanges(Set<String> changed) throws IOException {
        boolean any = false;
        try (TreeWalk walk = new TreeWalk(repository)) {
            if (head == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(head.getTree());
            }
            walk.addTree(new DirCacheIterator(index));
            walk.setRecursive(true);
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                String path = walk.getPathString();
                if (conflicts.contains(path)) {
                    continue;
                }
                any = true;
                if (walk.getRawMode(1) != 0) {
                    changed.add(path);
                }
            }
        }
        return any;
    }

    private Status suspectStatus() throws GitAPIException {
        StatusCommand command = Git.wrap(repository).status();
        fullStatus = suspects.size() > MAX_SUSPECT_PATHS;
        if (!fullStatus) {
            suspects.forEach(command::addPath);
        }
        return command.call();
    }

    private boolean unchanged(DirCacheEntry entry, BasicFileAttributes attributes, Path file) {
        FileMode mode = entry.getFileMode();
        if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
            return false;
        }
        // the index keeps the size modulo 2^32, as git does
        if ((int) attributes.size() != entry.getLength()) {
            return false;
        }
        Instant indexed = entry.getLastModifiedInstant();
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (indexed.getNano() == 0) {
            // an index written without nanoseconds: compare whole seconds
            modified = Instant.ofEpochSecond(modified.getEpochSecond());
        }
        if (!indexed.equals(modified) || !modified.isBefore(racyFrom)) {
            return false;
        }
        return !fileMode || (mode == FileMode.EXECUTABLE_FILE) == executable(attributes, file);
    }

    /** The owner's execute bit, as git reads it, from the walk's attributes where they carry it. */
    private static boolean executable(BasicFileAttributes attributes, Path file) {
        if (attributes instanceof PosixFileAttributes posix) {
            return posix.permissions().contains(PosixFilePermission.OWNER_EXECUTE);
        }
        return Files.isExecutable(file);
    }

    private boolean insideSubmodule(String repoPath) {
        for (String submodule : submodules) {
            if (repoPath.startsWith(submodule + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyStartingWith(String[] sorted, String prefix) {
        int at = ceiling(sorted, prefix);
        return at < sorted.length && sorted[at].startsWith(prefix);
    }

    /** Index of the first element not less than {@code key}. */
    private static int ceiling(String[] sorted, String key) {
        int at = Arrays.binarySearch(sorted, key);
        return at >= 0 ? at : -at - 1;
    }
}
