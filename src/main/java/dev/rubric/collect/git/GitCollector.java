package dev.rubric.collect.git;

import dev.rubric.collect.Target;
import dev.rubric.collect.tree.TreeCollector;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * so no working tree is ever touched. Then {@link RepositoryFacts} adds what git knows.
 */
public final class GitCollector {
    static {
        NoProbeConfig.install();
    }

    /**
     * @param ref      a tag, branch or commit to audit instead of the working tree; null for HEAD
     * @param depth    clone depth for URLs (history facts then cover only that depth); null for all
     * @param tempRoot where clones go; null for the system temporary folder
     * @param env      environment variables (tokens)
     * @param log      timing lines for --verbose
     */
    public record Options(String ref, Integer depth, Path tempRoot, Map<String, String> env, Consumer<String> log) {
    }

    private static final int CLONE_TIMEOUT_SECONDS = 120;

    private final TreeCollector files;
    private final Options options;

    public GitCollector(TreeCollector files, Options options) {
        this.files = files;
        this.options = options;
    }

    /** True when the local path is a bare repository or lies inside a git working tree. */
    public static boolean isRepository(Path path) {
        return bareGitDir(path) != null || workTreeBuilder(path).getGitDir() != null;
    }

    public Source collect(Target target, EvidenceBuilder evidence) {
        return target.remote() ? collectRemote(target, evidence) : collectLocal(target, evidence);
    }

    private Source collectLocal(Target target, EvidenceBuilder evidence) {
        Path root = target.path().toAbsolutePath().normalize();
        File bare = bareGitDir(root);
        try (Repository repository = bare != null ? new FileRepositoryBuilder().setGitDir(bare).setMustExist(true).build()
                : workTreeBuilder(root).setMustExist(true).build()) {
            if (repository.isBare() || options.ref() != null) {
                String prefix = repository.isBare() ? "" : prefixOf(repository, root);
                return collectCommit(target, repository, prefix, null, evidence);
            }
            RevCommit head = head(repository, null);
            String prefix = prefixOf(repository, Files.isRegularFile(root) ? root.getParent() : root);
            if (prefix.isEmpty() && Files.isDirectory(root)) {
                // the whole working tree: its status comes from the same walk
                IndexedWorkTree index = IndexedWorkTree.read(repository, head);
                Source source = files.collect(target, index, evidence);
                return addFacts(source, target, repository, prefix, head, null, index, evidence);
            }
            // a part of it: the status of the whole tree, computed beside the walk of the part
            WorkTreeStatus status = WorkTreeStatus.start(repository);
            try {
                Source source = files.collect(target, evidence);
                return addFacts(source, target, repository, prefix, head, null, status, evidence);
            } finally {
                status.finish();
            }
        } catch (IOException e) {
            return failed(target, "cannot open the git repository: " + RemoteUrls.redact(e.getMessage()));
        }
    }

    private Source collectRemote(Target target, EvidenceBuilder evidence) {
        Path clone = null;
        try {
            Path tempRoot = options.tempRoot() != null ? options.tempRoot() : Path.of(System.getProperty("java.io.tmpdir"));
            clone = Files.createTempDirectory(tempRoot, "rubric-clone-");
            try (Git git = cloneInto(target, clone)) {
                return collectCommit(target, git.getRepository(), "", target.display(), evidence);
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

    private Git cloneInto(Target target, Path directory) throws GitAPIException {
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
        if (options.depth() != null) {
            clone.setDepth(options.depth());
        }
        return clone.call();
    }

    /** Audits the tree of a commit (--ref, HEAD of a bare repository or a clone). */
    private Source collectCommit(Target target, Repository repository, String prefix, String url, EvidenceBuilder evidence)
            throws IOException {
        RevCommit head = head(repository, options.ref());
        Source source;
        if (head == null) {
            source = new Source(target.id(), Location.file(target.id(), "."), "repository", target.display(), Source.OK,
                    null, Map.of());
        } else {
            source = files.collect(target, new CommitTreeInput(repository, head.getTree(), prefix), "repository", evidence);
        }
        return addFacts(source, target, repository, prefix, head, url, null, evidence);
    }

    private Source addFacts(Source source, Target target, Repository repository, String prefix, RevCommit head,
                            String url, WorkTreeChanges.Source status, EvidenceBuilder evidence) {
        if (!source.usable()) {
            return source;
        }
        try {
            new RepositoryFacts(repository, target, prefix, head, options.ref(), url, status, options.log()).add(evidence);
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
