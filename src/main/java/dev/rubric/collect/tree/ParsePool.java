package dev.rubric.collect.tree;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The walker's parsing pool, with a time budget per file. A file still being parsed when its budget
 * runs out is reported through {@code overBudget} and the walk goes on without it.
 *
 * <p>The late file's thread is interrupted and then abandoned, not stopped: the parsers spend their
 * time in regular expressions and SnakeYAML, which never look at the interrupt flag, and
 * {@code Thread.stop} would release the locks of whatever it was updating (the evidence builder's
 * included). So the pool grows by one thread in its place, the rest of its batch goes to the pool
 * as a new task, and the walk does not wait for it; the abandoned daemon thread ends when its parser
 * returns, or with the JVM. A loop that checks {@link Thread#interrupted()} stops at once.
 */
final class ParsePool {
    /** One file's work; {@code relative} names it in the over-budget report. */
    record Task(String relative, Runnable work) {
    }

    /** The file the current thread is parsing, so the walker can ask whether it was left behind. */
    private static final ThreadLocal<Running> CURRENT = new ThreadLocal<>();

    private final ThreadPoolExecutor pool;
    private final Semaphore inFlight;
    /** One party for the walker plus one per batch not yet settled. */
    private final Phaser pending = new Phaser(1);
    private final Map<Thread, Running> running = new ConcurrentHashMap<>();
    private final long budgetNanos;
    private final Consumer<String> overBudget;
    private final Thread watchdog;
    private volatile boolean finished;

    ParsePool(int threads, Duration budget, Consumer<String> overBudget) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> daemon(runnable, "rubric-parse"));
        this.inFlight = new Semaphore(threads * 4);
        this.budgetNanos = budget.toNanos();
        this.overBudget = overBudget;
        // a few looks per budget: a late file is reported at most a quarter of the budget late
        long tick = Math.max(10, Math.min(500, budget.toMillis() / 4));
        this.watchdog = daemon(() -> watch(tick), "rubric-parse-watchdog");
        watchdog.start();
    }

    /** Hands the batch to the pool, waiting while too many batches are queued; the batch is then empty. */
    void submit(List<Task> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Task> tasks = List.copyOf(batch);
        batch.clear();
        inFlight.acquireUninterruptibly();
        pending.register();
        pool.execute(new Batch(tasks, 0));
    }

    /** Waits for every file that was not abandoned, then lets the pool and the watchdog go. */
    void finish() {
        try {
            pending.awaitAdvanceInterruptibly(pending.arrive(), 1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.TimeoutException e) {
            // as before the budget existed: an hour is a bound, not an expectation
        } finally {
            finished = true;
            watchdog.interrupt();
            pool.shutdownNow();
        }
    }

    /** True on a thread whose file ran over its budget: it was reported already and must add nothing. */
    static boolean late() {
        Running file = CURRENT.get();
        return file != null && file.state.get() == Running.LATE;
    }

    private void watch(long tickMillis) {
        while (!finished) {
            try {
                Thread.sleep(tickMillis);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            running.forEach((thread, file) -> {
                if (now - file.started > budgetNanos && file.state.compareAndSet(Running.PARSING, Running.LATE)) {
                    abandon(thread, file);
                }
            });
        }
    }

    private void abandon(Thread thread, Running file) {
        overBudget.accept(file.task.relative());
        thread.interrupt();
        synchronized (pool) {
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
        // the stuck thread claims nothing after a late file, so the rest of its batch is free to hand on
        Batch batch = file.batch;
        pool.execute(new Batch(batch.tasks, batch.next.get()));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Files of one batch from {@code first} on. Its semaphore permit and phaser party pass to the
     * batch that takes over when one of its files is late, so each is given back exactly once.
     */
    private final class Batch implements Runnable {
        final List<Task> tasks;
        final AtomicInteger next;

        Batch(List<Task> tasks, int first) {
            this.tasks = tasks;
            this.next = new AtomicInteger(first);
        }

        @Override
        public void run() {
            Thread self = Thread.currentThread();
            boolean handedOn = false;
            try {
                int i;
                while ((i = next.getAndIncrement()) < tasks.size()) {
                    Running file = new Running(this, tasks.get(i));
                    running.put(self, file);
                    CURRENT.set(file);
                    try {
                        file.task.work().run();
                    } finally {
                        CURRENT.remove();
                        running.remove(self);
                        // an Error escaping a parser settles the file too, so the walk is not left waiting
                        handedOn = !file.state.compareAndSet(Running.PARSING, Running.DONE);
                    }
                    if (handedOn) {
                        return;
                    }
                }
            } finally {
                if (!handedOn) {
                    inFlight.release();
                    pending.arriveAndDeregister();
                }
            }
        }
    }

    private static final class Running {
        static final int PARSING = 0;
        static final int DONE = 1;
        static final int LATE = 2;

        final Batch batch;
        final Task task;
        final long started = System.nanoTime();
        final AtomicInteger state = new AtomicInteger(PARSING);

        Running(Batch batch, Task task) {
            this.batch = batch;
            this.task = task;
        }
    }
}
