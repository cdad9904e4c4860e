package dev.rubric.collect.git;

import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.Target;
import dev.rubric.evidence.FileHistory;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Repository.Remote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * What git knows about an audited tree: the {@code repositories} subject, and the history of
 * each path at which the walker found files or prompts.
 */
final class RepositoryFacts {
    /** v1, v1.2, 1.2.3, v2.0.0-rc.1, release-1.4 ... */
    private static final Pattern RELEASE_TAG = Pattern.compile("^(?:v|release[-/_]?)?\\d+\\.\\d+(?:\\.\\d+)?(?:[-+.][0-9A-Za-z.-]+)?$|^v\\d+$");

    private final Repository repository;
    private final Target target;
    private final String prefix;
    private final RevCommit head;
    private final String ref;
    private final String url;
    private final boolean workTree;
    private final WorkTreeChanges.Source status;
    private final Consumer<String> log;

    RepositoryFacts(Repository repository, Target target, String prefix, RevCommit head, String ref, String url,
                    WorkTreeChanges.Source status, Consumer<String> log) {
        this.repository = repository;
        this.target = target;
        this.prefix = prefix;
        this.head = head;
        this.ref = ref;
        this.url = url;
        this.workTree = status != null;
        this.status = status;
        this.log = log;
    }

    /**
     * Emits the history of every file in {@code seen} and then the {@code repositories} subject
     * (history first, so a failure reading tags or remotes still leaves every file's history).
     * Prompts take the history of their file in the link stage.
     */
    void add(SubjectSink sink, PathsSeen seen) throws IOException, GitAPIException {
        String sourceId = target.id();
        Set<String> files = seen.files();
        Set<String> interesting = new HashSet<>();
        files.forEach(path -> interesting.add(prefix + path));

        History history = readHistory(interesting);
        WorkTreeState state = status == WorkTreeChanges.UNKNOWN ? WorkTreeState.UNKNOWN
                : workTree ? workTreeState(files) : WorkTreeState.CLEAN;
        CodeOwners owners = codeOwners();

        for (String path : new TreeSet<>(files)) {
            sink.fileHistory(sourceId, path, fileHistory(path, history, state, owners));
        }
        Tags tags = tags();
        sink.repository(new dev.rubric.evidence.Repository(sourceId + "#repository", Location.file(sourceId, "."),
                url != null ? RemoteUrls.strip(url) : originUrl(), repository.isBare(), ref,
                head == null ? null : head.name(), head == null ? null : date(head.getCommitTime()), branch(),
                tags.all, tags.atHead, tags.releases, state.dirty, state.modified, state.untracked, remotes(),
                !repository.getObjectDatabase().getShallowCommits().isEmpty(), history.commitCount,
                history.signedCommits,
                history.commitCount == 0 ? null : history.signedCommits / (double) history.commitCount,
                owners == null ? null : owners.path()));
    }

    private History readHistory(Set<String> interesting) throws IOException {
        if (head == null) {
            return History.empty();
        }
        long start = System.nanoTime();
        History history = History.read(repository, head, interesting);
        if (log != null) {
            log.accept(String.format(Locale.ROOT, "history of %s: %d commits, %d artifact paths, %d ms", target.id(),
                    history.commitCount, interesting.size(), (System.nanoTime() - start) / 1_000_000));
        }
        return history;
    }

    /**
     * Every fact for every file, whatever its kind: which kinds must be reviewed, owned or evaluated
     * is the rubric's decision, not the collector's.
     */
    private FileHistory fileHistory(String path, History history, WorkTreeState state, CodeOwners owners) {
        History.PathStats stats = history.paths.get(prefix + path);
        Boolean tracked = state.untracked == null ? null : !state.untracked.contains(path);
        List<String> fileOwners = owners == null ? null : owners.owners(prefix + path);
        if (stats == null) {
            return new FileHistory(tracked, 0, null, null, null, null, 0, 0, fileOwners);
        }
        return new FileHistory(tracked, stats.revisions, stats.firstCommit, date(stats.firstTime), stats.lastCommit,
                date(stats.lastTime), stats.authors.size(), stats.changesWithoutEval, fileOwners);
    }

    private static String date(long epochSeconds) {
        return Instant.ofEpochSecond(epochSeconds).toString();
    }

    /**
     * Modified and untracked artifact files, and whether any tracked file differs from HEAD; all
     * null when git's index could not be read, since a guess of "clean" would be a claim.
     */
    private record WorkTreeState(Boolean dirty, List<String> modified, List<String> untracked) {
        static final WorkTreeState CLEAN = new WorkTreeState(false, List.of(), List.of());
        static final WorkTreeState UNKNOWN = new WorkTreeState(null, null, null);
    }

    private WorkTreeState workTreeState(Set<String> files) throws IOException, GitAPIException {
        long waitStart = System.nanoTime();
        WorkTreeChanges changes = status.changes();
        if (log != null) {
            log.accept(String.format(Locale.ROOT, "work tree status of %s: %s; %d ms after the walk", target.id(),
                    status.timing(), (System.nanoTime() - waitStart) / 1_000_000));
        }
        List<String> modified = new ArrayList<>();
        List<String> untracked = new ArrayList<>();
        for (String path : files) {
            String repoPath = prefix + path;
            if (changes.changed().contains(repoPath)) {
                modified.add(path);
            } else if (changes.untracked().contains(repoPath)) {
                untracked.add(path);
            }
        }
        modified.sort(null);
        untracked.sort(null);
        return new WorkTreeState(changes.trackedDirty() || !untracked.isEmpty(), List.copyOf(modified),
                List.copyOf(untracked));
    }

    /** The CODEOWNERS of the audited tree (the working tree, or the audited commit). */
    private CodeOwners codeOwners() throws IOException {
        for (String location : CodeOwners.LOCATIONS) {
            String text = workTree ? readWorkTree(location) : readCommit(location);
            if (text != null) {
                return CodeOwners.parse(location, text);
            }
        }
        return null;
    }

    private String readWorkTree(String path) throws IOException {
        Path file = repository.getWorkTree().toPath().resolve(path);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    private String readCommit(String path) throws IOException {
        if (head == null) {
            return null;
        }
        try (ObjectReader reader = repository.newObjectReader();
             TreeWalk walk = TreeWalk.forPath(repository, reader, path, head.getTree())) {
            return walk == null ? null : new String(reader.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes(),
                    StandardCharsets.UTF_8);
        }
    }

    /** The branch audited: --ref when it names a branch, else the checked-out branch; null when detached. */
    private String branch() throws IOException {
        if (ref == null) {
            String full = repository.getFullBranch();
            return full != null && full.startsWith(Constants.R_HEADS) ? Repository.shortenRefName(full) : null;
        }
        for (String candidate : List.of(ref, Constants.R_HEADS + ref, Constants.R_REMOTES + ref)) {
            if (candidate.startsWith(Constants.R_HEADS) || candidate.startsWith(Constants.R_REMOTES)) {
                Ref found = repository.exactRef(candidate);
                if (found != null) {
                    return candidate.startsWith(Constants.R_HEADS) ? candidate.substring(Constants.R_HEADS.length())
                            : candidate.substring(Constants.R_REMOTES.length());
                }
            }
        }
        return null;
    }

    private record Tags(List<String> all, List<String> atHead, List<String> releases) {
    }

    private Tags tags() throws IOException {
        TreeSet<String> all = new TreeSet<>();
        TreeSet<String> atHead = new TreeSet<>();
        TreeSet<String> releases = new TreeSet<>();
        for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            String name = tag.getName().substring(Constants.R_TAGS.length());
            all.add(name);
            if (RELEASE_TAG.matcher(name).matches()) {
                releases.add(name);
            }
            Ref peeled = repository.getRefDatabase().peel(tag);
            ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
            if (head != null && head.equals(target)) {
                atHead.add(name);
            }
        }
        return new Tags(List.copyOf(all), List.copyOf(atHead), List.copyOf(releases));
    }

    private List<Remote> remotes() {
        List<Remote> remotes = new ArrayList<>();
        for (String name : new TreeSet<>(repository.getRemoteNames())) {
            String remoteUrl = repository.getConfig().getString("remote", name, "url");
            remotes.add(new Remote(name, RemoteUrls.strip(remoteUrl)));
        }
        return List.copyOf(remotes);
    }

    private String originUrl() {
        String origin = repository.getConfig().getString("remote", "origin", "url");
        if (origin == null) {
            origin = repository.getRemoteNames().stream().sorted().findFirst()
                    .map(n -> repository.getConfig().getString("remote", n, "url")).orElse(null);
        }
        return RemoteUrls.strip(origin);
    }
}
