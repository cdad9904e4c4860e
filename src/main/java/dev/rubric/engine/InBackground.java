package dev.rubric.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value built on a daemon thread from the moment it is asked for, while the caller goes on with
 * other set-up (reaching a cluster, opening a repository); whoever needs it first waits for it.
 * A failure while building is thrown to that caller, as if it had built the value itself.
 */
final class InBackground {
    private InBackground() {
    }

    static <T> Supplier<T> start(String name, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }
}
