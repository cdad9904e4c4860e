package dev.rubric.collect.git;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Keeps JGit from writing while rubric reads a repository.
 *
 * <p>The first time JGit checks whether a file it cached (a pack list, a config, the index) may
 * have changed within the file system's timestamp granularity, it measures that granularity:
 * for about three seconds it creates, rewrites and deletes {@code .probe-*} files in the folder
 * of the file, inside the audited repository's {@code .git}, then saves the result in the user's
 * {@code ~/.config/jgit/config}. An auditor must not write to what it audits (nor to the user's
 * home), and on a two-core machine the measuring thread takes CPU from the scan. JGit skips the
 * measurement when the user configuration already answers for the file store, so the user
 * configuration is seen through a layer that answers for every file store with JGit's own
 * fallback: a two-second granularity. That only makes JGit re-read a file modified within two
 * seconds of being cached; rubric's own work-tree status has its own, larger racy window.
 */
final class NoProbeConfig extends FileBasedConfig {
    private static final String FILESYSTEM = "filesystem";
    private static final String TIMESTAMP_RESOLUTION = "timestampResolution";
    private static final String MIN_RACY_THRESHOLD = "minRacyThreshold";
    private static final long FALLBACK_RESOLUTION_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static boolean installed;

    private NoProbeConfig(FileBasedConfig userConfig, FS fs) {
        // the layer holds nothing itself: every value is read from the user configuration below it
        super(userConfig, userConfig.getFile(), fs);
    }

    /** Wraps JGit's user configuration for the rest of the process; later calls do nothing. */
    static synchronized void install() {
        if (installed) {
            return;
        }
        SystemReader.setInstance(new SystemReader.Delegate(SystemReader.getInstance()) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new NoProbeConfig(super.openUserConfig(parent, fs), fs);
            }
        });
        installed = true;
    }

    @Override
    public long getTimeUnit(String section, String subsection, String name, long defaultValue, TimeUnit wantUnit) {
        if (FILESYSTEM.equals(section)) {
            if (TIMESTAMP_RESOLUTION.equals(name)) {
                return wantUnit.convert(FALLBACK_RESOLUTION_NANOS, TimeUnit.NANOSECONDS);
            }
            if (MIN_RACY_THRESHOLD.equals(name)) {
                return defaultValue;
            }
        }
        return super.getTimeUnit(section, subsection, name, defaultValue, wantUnit);
    }

    @Override
    public boolean isOutdated() {
        return false;
    }

    @Override
    public void load() {
        // nothing of its own to load; SystemReader reloads the configuration below when it changes
    }

    @Override
    public void save() throws IOException {
        throw new IOException("rubric reads repositories only; it does not write git configuration");
    }
}
