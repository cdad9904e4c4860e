package dev.rubric.collect.git;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;

/**
 * {@code git status} of a working tree, computed on a thread of its own while the walker reads
 * the same files: both go over the whole tree, and the walk spends much of its time waiting on
 * the disk, so the two overlap instead of adding up.
 */
final class WorkTreeStatus implements WorkTreeChanges.Source {
    private final CompletableFuture<Status> status = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    private volatile long finishedNanos;

    private WorkTreeStatus() {
    }

    static WorkTreeStatus start(Repository repository) {
        WorkTreeStatus running = new WorkTreeStatus();
        Thread thread = new Thread(() -> {
            try {
                running.status.complete(Git.wrap(repository).status().call());
            } catch (GitAPIException | RuntimeException e) {
                running.status.completeExceptionally(e);
            } finally {
                running.finishedNanos = System.nanoTime();
            }
        }, "rubric-git-status");
        thread.setDaemon(true);
        thread.start();
        return running;
    }

    /** The status, waiting for it if needed. */
    Status await() throws GitAPIException {
        try {
            return status.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the git status", e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof GitAPIException git) {
                throw git;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public WorkTreeChanges changes() throws GitAPIException {
        return WorkTreeChanges.of(await());
    }

    @Override
    public String timing() {
        return "git status beside the walk, " + millis() + " ms";
    }

    /** Waits for the thread to finish, whatever its outcome: the repository must not close under it. */
    void finish() {
        status.handle((done, failure) -> null).join();
    }

    /** How long the status took on its thread, in milliseconds (0 while running). */
    long millis() {
        long finished = finishedNanos;
        return finished == 0 ? 0 : (finished - startNanos) / 1_000_000;
    }
}
