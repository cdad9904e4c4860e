package dev.rubric.collect.git;

import dev.rubric.collect.Collector;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.RepositoryUrlTarget;
import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.Target;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.TagOpt;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.FileUtils;

/**
 * Collects a git repository: a working tree (files read from disk), a bare repository, a commit
 * named by {@code --ref}, or a remote URL cloned (bare) into a temporary folder that is removed
 * afterwards, also on failure. In the last three cases files are read from the commit's tree,
 * so no working tree is ever touched. Then {@link RepositoryFacts} adds what git knows about the
 * paths the walk reported ({@link PathsSeen}).
 */
public final class GitCollector implements Collector {
    public static final String KIND = "repository";
    /** What the walk fills, and the repository itself. */
    public static final Set<String> COLLECTIONS = union(TreeCollector.COLLECTIONS, "repositories");

    /**
     * @param tempRoot where clones go; null for the system temporary folder
     * @param env      environment variables (tokens)
     * @param log      timing lines for --verbose
     */
    public record Options(Path tempRoot, Map<String, String> env, Consumer<String> log) {
    }

    private static final int CLONE_TIMEOUT_SECONDS = 120;

    private final TreeCollector files;
    private final Options options;

    public GitCollector(TreeCollector files, Options options) {
        // here, not in a static initialiser: reading KIND and COLLECTIONS must not touch JGit
        NoProbeConfig.install();
        this.files = files;
        this.options = options;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> collections() {
        return COLLECTIONS;
    }

    private static Set<String> union(Set<String> collections, String more) {
        Set<String> all = new TreeSet<>(collections);
        all.add(more);
        return Set.copyOf(all);
    }

    /** Repository URLs, and local paths in a repository (with or without --ref). */
    @Override
    public boolean accepts(Target target) {
        return target instanceof RepositoryUrlTarget
                || target instanceof PathTarget path && (isRepository(path.path()) || DamagedGit.around(path.path()).isPresent());
    }

    /** True when the local path is a bare repository or lies inside a git working tree. */
    static boolean isRepository(Path path) {
        return bareGitDir(path) != null || workTreeBuilder(path).getGitDir() != null;
    }

    @Override
    public Source collect(Target target, SubjectSink sink) {
        if (target instanceof RepositoryUrlTarget url) {
            return collectRemote(url, sink);
        }
        return collectLocal((PathTarget) target, sink);
    }

    private Source collectLocal(PathTarget target, SubjectSink evidence) {
        Path root = target.path().toAbsolutePath().normalize();
        File bare = bareGitDir(root);
        if (bare == null && workTreeBuilder(root).getGitDir() == null) {
            Optional<DamagedGit> damaged = DamagedGit.around(root);
            if (damaged.isPresent() && target.ref() == null) {
                return withoutGit(target, damaged.get(), evidence);
            }
        }
        try (Repository repository = bare != null ? new FileRepositoryBuilder().setGitDir(bare).setMustExist(true).build()
                : workTreeBuilder(root).setMustExist(true).build()) {
            if (repository.isBare() || target.ref() != null) {
                String prefix = repository.isBare() ? "" : prefixOf(repository, root);
                return collectCommit(target, repository, prefix, target.ref(), null, evidence);
            }
            RevCommit head = head(repository, null);
            String prefix = prefixOf(repository, Files.isRegularFile(root) ? root.getParent() : root);
            if (prefix.isEmpty() && Files.isDirectory(root)) {
                // the whole working tree: its status comes from the same walk
                IndexedWorkTree index;
                try {
                    index = IndexedWorkTree.read(repository, head);
                } catch (IndexedWorkTree.UnreadableIndex e) {
                    return withoutIndex(target, repository, prefix, head, String.valueOf(e.getMessage()), evidence);
                }
                PathsSeen seen = new PathsSeen(evidence);
                Source source = files.collect(target, index, seen);
                return addFacts(source, target, repository, prefix, head, null, null, index, seen, evidence);
            }
            // a part of it: the status of the whole tree, computed beside the walk of the part (git's
            // own status reads the index again; reading it once first tells a damaged one apart)
            Optional<String> badIndex = unreadableIndex(repository);
            if (badIndex.isPresent()) {
                return withoutIndex(target, repository, prefix, head, badIndex.get(), evidence);
            }
            WorkTreeStatus status = WorkTreeStatus.start(repository);
            try {
                PathsSeen seen = new PathsSeen(evidence);
                Source source = files.collect(target, seen);
                return addFacts(source, target, repository, prefix, head, null, null, status, seen, evidence);
            } finally {
                status.finish();
            }
        } catch (IOException e) {
            return failed(target, "cannot open the git repository: " + RemoteUrls.redact(e.getMessage()));
        }
    }

    /** The files of a work tree whose repository git cannot open: a plain walk, history unknown. */
    private Source withoutGit(PathTarget target, DamagedGit damaged, SubjectSink evidence) {
        evidence.error(new CollectionError(target.id(), Location.file(target.id(), damaged.pathFrom(root(target))),
                damaged.message()));
        // a directory, not a repository: the repositories collection is then unknown, not empty
        return partial(files.collect(target, "directory", evidence));
    }

    /**
     * An index git cannot read hides neither the files (they are on disk) nor the history (it is
     * in the objects): the walk goes on without the index, and only the status is lost.
     */
    private Source withoutIndex(PathTarget target, Repository repository, String prefix, RevCommit head,
                                String problem, SubjectSink evidence) {
        String indexPath = root(target).relativize(repository.getIndexFile().toPath().toAbsolutePath().normalize())
                .toString().replace('\\', '/');
        evidence.error(new CollectionError(target.id(), Location.file(target.id(), indexPath),
                "damaged git index: " + problem.replaceAll("\\.$", "") + "; files read without it, so which are modified or untracked is unknown"));
        PathsSeen seen = new PathsSeen(evidence);
        Source source = files.collect(target, "repository", seen);
        return partial(addFacts(source, target, repository, prefix, head, null, null, WorkTreeChanges.UNKNOWN, seen, evidence));
    }

    private static Optional<String> unreadableIndex(Repository repository) {
        try {
            repository.readDirCache();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private static Path root(PathTarget target) {
        Path path = target.path().toAbsolutePath().normalize();
        return Files.isDirectory(path) ? path : path.getParent();
    }

    private static Source partial(Source source) {
        if (!Source.OK.equals(source.status())) {
            return source;
        }
        return new Source(source.id(), source.location(), source.kind(), source.target(), Source.PARTIAL,
                null, source.stats());
    }

    private Source collectRemote(RepositoryUrlTarget target, SubjectSink evidence) {
        Path clone = null;
        try {
            Path tempRoot = options.tempRoot() != null ? options.tempRoot() : Path.of(System.getProperty("java.io.tmpdir"));
            clone = Files.createTempDirectory(tempRoot, "rubric-clone-");
            try (Git git = cloneInto(target, clone)) {
                return collectCommit(target, git.getRepository(), "", target.ref(), target.display(), evidence);
            }
        } catch (InvalidRemoteException e) {
            // over ssh, a refused key also arrives here: the remote program never started, and
            // only ssh's own message, carried by the cause, tells the two apart
            return failed(target, TransportProblems.ofInvalidRemote(e));
        } catch (TransportException e) {
            return failed(target, TransportProblems.of(e));
        } catch (GitAPIException | IOException | RuntimeException e) {
            if (e instanceof InvalidRefException invalid) {
                throw invalid;
            }
            return failed(target, "cannot clone it: " + RemoteUrls.redact(String.valueOf(e.getMessage())));
        } finally {
            if (clone != null) {
                deleteQuietly(clone);
            }
        }
    }

    private Git cloneInto(RepositoryUrlTarget target, Path directory) throws GitAPIException {
        var clone = Git.cloneRepository()
                .setURI(target.url())
                .setDirectory(directory.toFile())
                .setBare(true)
                .setTagOption(TagOpt.FETCH_TAGS)
                .setTimeout(CLONE_TIMEOUT_SECONDS)
                .setCredentialsProvider(GitCredentials.forUrl(target.url(), options.env()))
                .setTransportConfigCallback(transport -> {
                    if (transport instanceof SshTransport ssh) {
                        ssh.setSshSessionFactory(ExternalSsh.from(options.env()));
                    }
                });
        if (target.depth() != null) {
            clone.setDepth(target.depth());
        }
        return clone.call();
    }

    /** Audits the tree of a commit (--ref, HEAD of a bare repository or a clone). */
    private Source collectCommit(Target target, Repository repository, String prefix, String ref, String url,
                                 SubjectSink evidence) throws IOException {
        RevCommit head = head(repository, ref);
        PathsSeen seen = new PathsSeen(evidence);
        Source source;
        if (head == null) {
            source = new Source(target.id(), Location.file(target.id(), "."), "repository", target.display(), Source.OK,
                    null, Map.of());
        } else {
            source = files.collect(target, new CommitTreeInput(repository, head.getTree(), prefix), "repository", seen);
        }
        return addFacts(source, target, repository, prefix, head, ref, url, null, seen, evidence);
    }

    private Source addFacts(Source source, Target target, Repository repository, String prefix, RevCommit head,
                            String ref, String url, WorkTreeChanges.Source status, PathsSeen seen, SubjectSink evidence) {
        if (!source.usable()) {
            return source;
        }
        try {
            new RepositoryFacts(repository, target, prefix, head, ref, url, status, options.log()).add(evidence, seen);
        } catch (IOException | GitAPIException | RuntimeException e) {
            evidence.error(new CollectionError(target.id(), Location.file(target.id(), "."),
                    "git history could not be read: " + RemoteUrls.redact(String.valueOf(e.getMessage()))));
            return new Source(source.id(), source.location(), source.kind(), source.target(), Source.PARTIAL,
                    null, source.stats());
        }
        return source;
    }

    /** The commit to audit: --ref resolved, or HEAD; null in a repository without commits. */
    private static RevCommit head(Repository repository, String ref) throws IOException {
        ObjectId id;
        if (ref == null) {
            id = repository.resolve("HEAD^{commit}");
            if (id == null) {
                return null;
            }
        } else {
            try {
                id = repository.resolve(ref + "^{commit}");
            } catch (RevisionSyntaxException | org.eclipse.jgit.errors.AmbiguousObjectException
                     | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
                throw new InvalidRefException("--ref '" + ref + "': " + e.getMessage());
            }
            if (id == null) {
                throw new InvalidRefException("--ref '" + ref + "': no such tag, branch or commit");
            }
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(id);
        }
    }

    private static String prefixOf(Repository repository, Path dir) {
        Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        Path real = dir.toAbsolutePath().normalize();
        if (!real.startsWith(workTree) || real.equals(workTree)) {
            return "";
        }
        return workTree.relativize(real).toString().replace('\\', '/') + "/";
    }

    private static File bareGitDir(Path path) {
        File dir = path.toFile();
        return dir.isDirectory() && !new File(dir, ".git").exists() && RepositoryCache.FileKey.isGitRepository(dir, FS.DETECTED)
                ? dir : null;
    }

    private static FileRepositoryBuilder workTreeBuilder(Path path) {
        File start = Files.isRegularFile(path) ? path.toAbsolutePath().getParent().toFile() : path.toAbsolutePath().toFile();
        return new FileRepositoryBuilder().findGitDir(start);
    }

    private static Source failed(Target target, String message) {
        return new Source(target.id(), Location.file(target.id(), "."), "repository", target.display(), Source.FAILED,
                message, Map.of());
    }

    private static void deleteQuietly(Path directory) {
        try {
            FileUtils.delete(directory.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY | FileUtils.SKIP_MISSING);
        } catch (IOException e) {
            // best effort: a leftover temp folder must not turn a finished audit into a failure
        }
    }
}
