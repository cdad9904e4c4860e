package dev.rubric.collect.formats.kubernetes;

import com.marcnuri.helm.TemplateCommand;
import com.marcnuri.helm.jni.HelmLib;
import com.marcnuri.helm.jni.NativeLibrary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Helm itself, in process: helm-java's native library (Helm's Go code built as a shared library),
 * loaded on the first chart met, so that a tree without charts never pays for it (about 0.7 s to
 * unpack and load its 98 MB).
 *
 * <p>Only the linux-amd64 library is bundled; elsewhere rendering is refused with a message that
 * says so. helm-java's own lookup is not used, because when it finds no bundled library it
 * downloads one from Maven Central, and an audit never goes to the network.
 *
 * <p>Renders run one at a time on a thread of their own: a call into Go cannot be interrupted, so a
 * render over its budget is left behind (its thread is a daemon) and the next render gets a new
 * thread. Helm's install action, which {@code helm template} is, registers Go handlers for SIGINT
 * and SIGTERM on every call; they would swallow Ctrl-C and a CI job's SIGTERM for the rest of the
 * run, so the JVM's handlers are put back after each call.
 */
final class HelmRuntime {
    /** What {@code helm template} calls the release when none is named. */
    static final String RELEASE = "release-name";
    /** Objects without a namespace of their own get this one, so kubeconfig's current namespace never leaks in. */
    static final String NAMESPACE = "default";

    private static final long SIGNAL_SETTLE_MILLIS = 50;
    private static final Duration LOAD_BUDGET = Duration.ofSeconds(60);
    private static final Object LOCK = new Object();
    private static ExecutorService renderer;

    private HelmRuntime() {
    }

    /** Why Helm cannot run on this machine, or null when it can. */
    static String unsupportedReason() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64"))) {
            return null;
        }
        return "Helm charts are rendered with a native Helm library that rubric bundles for linux-amd64 only; "
                + "this machine is " + os + "-" + arch;
    }

    /**
     * {@code helm template} of the chart folder with the values files layered in order: no cluster,
     * no network, no dependency update.
     *
     * @throws RenderFailure with Helm's own message, or when the budget ran out
     */
    static String template(Path chart, List<Path> valuesFiles, Duration budget) throws RenderFailure {
        String unsupported = unsupportedReason();
        if (unsupported != null) {
            throw new RenderFailure(unsupported);
        }
        Future<Boolean> loading;
        Future<String> result;
        synchronized (LOCK) {
            if (renderer == null) {
                renderer = Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "rubric-helm");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            loading = renderer.submit(() -> Library.HELM != null);
            result = renderer.submit(() -> call(chart, valuesFiles));
        }
        try {
            // loading is not rendering: a busy machine can take seconds to unpack and map 98 MB, and that
            // must not be charged to the first chart's budget
            loading.get(LOAD_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (LOCK) {
                renderer.shutdown();
                renderer = null;
            }
            throw new RenderFailure("the native Helm library did not load within " + LOAD_BUDGET.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailure("interrupted");
        } catch (ExecutionException e) {
            throw new RenderFailure("the native Helm library could not be loaded: " + e.getCause());
        }
        try {
            return result.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            synchronized (LOCK) {
                // the late render keeps its thread; the next one must not queue behind it
                renderer.shutdown();
                renderer = null;
            }
            throw new RenderFailure("Helm took longer than " + budget.toMillis()
                    + " ms (the time budget for one rendering)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderFailure("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalStateException helm && helm.getMessage() != null) {
                throw new RenderFailure(helm.getMessage().strip());
            }
            throw new RenderFailure("Helm failed: " + cause);
        }
    }

    private static String call(Path chart, List<Path> valuesFiles) {
        TemplateCommand command = new TemplateCommand(Library.HELM, chart).withName(RELEASE).withNamespace(NAMESPACE);
        for (Path values : valuesFiles) {
            command.withValuesFile(values);
        }
        try {
            // Helm gives no text at all for a chart that renders nothing
            String output = command.call();
            return output == null ? "" : output;
        } finally {
            restoreSignals();
        }
    }

    /**
     * Puts back what the JVM does on SIGINT, SIGTERM and SIGHUP: run the shutdown hooks and exit with
     * 128 + the signal's number. Handing the JVM's own handler back to it was tried and did not
     * take (measured: a SIGTERM after a render was still swallowed); a handler of ours does.
     */
    private static void restoreSignals() {
        try {
            // Go applies a signal.Notify to the process from a goroutine of its own, moments after the
            // call returns: restoring at once could be undone by it
            Thread.sleep(SIGNAL_SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), EXIT_ON_SIGNAL);
            } catch (IllegalArgumentException e) {
                // a signal this JVM does not let Java handle (-Xrs, or ignored from the start): nothing to restore
            }
        }
    }

    private static final SignalHandler EXIT_ON_SIGNAL = signal -> Runtime.getRuntime().exit(128 + signal.getNumber());

    /** Loaded on first use only: class initialisation is the lazy, thread-safe load. */
    private static final class Library {
        static final HelmLib HELM = load();

        private static HelmLib load() {
            NativeLibrary library = NativeLibrary.serviceProviderLibrary(HelmRuntime.class.getClassLoader());
            if (library == null) {
                throw new IllegalStateException("the native Helm library is not on the class path");
            }
            HelmLib helm = library.load();
            restoreSignals();
            return helm;
        }
    }

    /** Helm's message for a chart or values it could not render. */
    static final class RenderFailure extends Exception {
        RenderFailure(String message) {
            super(message);
        }
    }
}
