package dev.rubric.collect.tree;

import dev.rubric.collect.Collector;
import dev.rubric.collect.ErrorCount;
import dev.rubric.collect.PathTarget;
import dev.rubric.collect.SubjectSink;
import dev.rubric.collect.Target;
import dev.rubric.collect.scope.ScopeRules;
import dev.rubric.collect.scope.ScopeSink;
import dev.rubric.evidence.ArtifactFile;
import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.Source;
import dev.rubric.yaml.SafeYaml;
import dev.rubric.yaml.YamlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects the artifacts of a tree of files: a local directory or git working tree, or the tree of
 * a git commit ({@link TreeInput}). The walk streams: only candidate files (by name) are read,
 * they are parsed on a bounded pool, and only facts are kept. Inside a git working tree, ignored
 * files are skipped as git would skip them.
 */
public final class TreeCollector implements Collector {
    /** The kind of the sources it writes outside a git work tree. */
    public static final String KIND = "directory";
    /** Everything a parser may report; the walker itself adds files and errors. */
    public static final Set<String> COLLECTIONS = Set.of("files", "prompts", "models", "modelDeployments", "ragConfigs",
            "fineTunes",
            "servingConfigs", "observability", "workloads", "services", "agents");

    /** Dependency folders, VCS internals and build outputs: never the source of truth. */
    static final Set<String> SKIPPED_DIRECTORIES = Set.of(
            ".git", ".hg", ".svn", "node_modules", "vendor", "bower_components", "target", "build", "dist",
            ".gradle", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache", ".pytest_cache", ".next", ".nuxt",
            ".terraform", "site-packages");

    /** Files per pool task. */
    private static final int BATCH_FILES = 16;

    /** Far above any honest file (the slowest 5 MB artifact parses in well under a second). */
    public static final Duration DEFAULT_PARSE_BUDGET = Duration.ofSeconds(10);

    /** Built on first use: the list may still be in the making on another thread when this collector is made. */
    private final Supplier<List<FormatParser>> parserSource;
    private volatile Prepared prepared;
    private final FileLimits limits;
    private final Set<Path> excluded;
    private final Duration parseBudget;
    private final ScopeRules scope;

    public TreeCollector(List<FormatParser> parsers, FileLimits limits, Set<Path> excluded) {
        this(parsers, limits, excluded, DEFAULT_PARSE_BUDGET, ScopeRules.CONVENTIONS);
    }

    public TreeCollector(List<FormatParser> parsers, FileLimits limits, Set<Path> excluded, ScopeRules scope) {
        this(parsers, limits, excluded, DEFAULT_PARSE_BUDGET, scope);
    }

    public TreeCollector(List<FormatParser> parsers, FileLimits limits, Set<Path> excluded, Duration parseBudget) {
        this(parsers, limits, excluded, parseBudget, ScopeRules.CONVENTIONS);
    }

    /**
     * @param parseBudget how long one file may take to parse before it is reported and left behind
     * @param scope       the role of each file, which every fact found in it carries
     */
    public TreeCollector(List<FormatParser> parsers, FileLimits limits, Set<Path> excluded, Duration parseBudget,
                         ScopeRules scope) {
        this(() -> parsers, limits, excluded, parseBudget, scope);
    }

    /** @param parsers asked for the parsers when the first target is collected, not before */
    public TreeCollector(Supplier<List<FormatParser>> parsers, FileLimits limits, Set<Path> excluded, Duration parseBudget,
                         ScopeRules scope) {
        this.parserSource = parsers;
        this.limits = limits;
        this.excluded = Set.copyOf(excluded);
        this.parseBudget = parseBudget;
        this.scope = scope;
    }

    private record Prepared(List<FormatParser> parsers, HintIndex hints) {
    }

    private Prepared prepared() {
        Prepared ready = prepared;
        if (ready == null) {
            synchronized (this) {
                ready = prepared;
                if (ready == null) {
                    List<FormatParser> parsers = List.copyOf(parserSource.get());
                    ready = new Prepared(parsers, HintIndex.of(parsers));
                    prepared = ready;
                }
            }
        }
        return ready;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> collections() {
        return COLLECTIONS;
    }

    /** Any local path, as it is on disk: a commit named by --ref needs a repository. */
    @Override
    public boolean accepts(Target target) {
        return target instanceof PathTarget path && path.ref() == null;
    }

    @Override
    public Source collect(Target target, SubjectSink sink) {
        return collect((PathTarget) target, sink);
    }

    /** Walks a directory or git working tree on disk; its kind is "repository" inside a work tree. */
    public Source collect(PathTarget target, SubjectSink sink) {
        FilesystemInput input = new FilesystemInput(target.path(), excluded);
        return collect(target, input, input.insideGitWorkTree() ? "repository" : "directory", sink);
    }

    /** Walks a directory on disk as a source of the given kind, whatever git folder it lies in. */
    public Source collect(PathTarget target, String kind, SubjectSink sink) {
        return collect(target, new FilesystemInput(target.path(), excluded), kind, sink);
    }

    /** Walks a git working tree with its index: see {@link GitIndexView}. */
    public Source collect(PathTarget target, GitIndexView index, SubjectSink sink) {
        return collect(target, new FilesystemInput(target.path(), excluded, index), "repository", sink);
    }

    /**
     * Walks any input (a directory, the tree of a commit): the same candidate selection, limits
     * and parsing whatever the files come from.
     */
    public Source collect(Target target, TreeInput input, String kind, SubjectSink sink) {
        ErrorCount evidence = new ErrorCount(new ScopeSink(sink, scope));
        Stats stats = new Stats();
        Location location = Location.file(target.id(), ".");
        ParsePool pool = new ParsePool(limits.threads(), parseBudget, relative -> evidence.error(
                new CollectionError(target.id(), Location.file(target.id(), relative),
                        "not read: parsing took longer than " + describe(parseBudget) + " (the time budget for one file)")));
        SafeYaml yaml = new SafeYaml((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() * 2));
        // files go to the pool in batches: a task per file cost a queue node, a semaphore turn and a
        // wake-up each, a measurable share of a walk over tens of thousands of files
        List<ParsePool.Task> batch = new ArrayList<>(BATCH_FILES);
        try {
            input.walk(new TreeInput.Visitor() {
                @Override
                public boolean enterDirectory(String relative, String name) {
                    if (SKIPPED_DIRECTORIES.contains(name)) {
                        stats.skippedDirectories.incrementAndGet();
                        return false;
                    }
                    return true;
                }

                @Override
                public void skippedDirectory() {
                    stats.skippedDirectories.incrementAndGet();
                }

                @Override
                public void ignored() {
                    stats.seen.incrementAndGet();
                    stats.ignored.incrementAndGet();
                }

                @Override
                public void nonRegular() {
                    stats.seen.incrementAndGet();
                    stats.symlinks.incrementAndGet();
                }

                @Override
                public void file(String relative, String name, TreeInput.Blob blob) {
                    stats.seen.incrementAndGet();
                    // even the hints are judged on the pool: on the walker they made it the
                    // bottleneck of large trees
                    batch.add(new ParsePool.Task(relative, () -> {
                        try {
                            Hint[] hints = prepared().hints().hints(relative, name);
                            if (hints == null) {
                                return;
                            }
                            stats.candidates.incrementAndGet();
                            examine(target.id(), input, blob, relative, hints, yaml, evidence, stats);
                        } catch (RuntimeException e) {
                            evidence.error(new CollectionError(target.id(), Location.file(target.id(), relative),
                                    "internal error while reading this file: " + e));
                        }
                    }));
                    if (batch.size() == BATCH_FILES) {
                        pool.submit(batch);
                    }
                }

                @Override
                public void brokenLink(String relative, String problem) {
                    evidence.error(new CollectionError(target.id(), Location.file(target.id(), relative), problem));
                }

                @Override
                public void failed(String relative, String message) {
                    evidence.error(new CollectionError(target.id(), Location.file(target.id(), relative),
                            "cannot read: " + message));
                }
            });
            pool.submit(batch);
        } catch (IOException e) {
            return new Source(target.id(), location, kind, target.display(), Source.FAILED,
                    "cannot read " + target.display() + ": " + describe(e), stats.toMap());
        } finally {
            pool.finish();
        }
        String status = evidence.get() > 0 ? Source.PARTIAL : Source.OK;
        return new Source(target.id(), location, kind, target.display(), status, null, stats.toMap());
    }

    /**
     * Links are never followed, but one whose target cannot be resolved is reported: it is often a
     * checked-in mistake (a loop, or a link into a folder that only exists on someone's machine),
     * and a silent skip would hide that an artifact may be missing.
     */
    static Optional<String> brokenLink(Path link) {
        try {
            link.toRealPath();
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of("dangling symbolic link: its target " + linkTarget(link) + " does not exist");
        } catch (FileSystemLoopException e) {
            return Optional.of("symbolic link loop");
        } catch (FileSystemException e) {
            // ELOOP arrives as a plain FileSystemException whose reason names it
            String reason = e.getReason() == null ? "" : e.getReason().toLowerCase(Locale.ROOT);
            return Optional.of(reason.contains("levels of symbolic links") || reason.contains("loop")
                    ? "symbolic link loop" : "unresolvable symbolic link: " + describe(e));
        } catch (IOException e) {
            return Optional.of("unresolvable symbolic link: " + describe(e));
        }
    }

    private static String linkTarget(Path link) {
        try {
            return GitIgnores.unix(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            return "(unreadable)";
        }
    }

    private void examine(String sourceId, TreeInput input, TreeInput.Blob blob, String relative, Hint[] hints, SafeYaml yaml,
                         SubjectSink evidence, Stats stats) {
        Location location = Location.file(sourceId, relative);
        long size;
        try {
            size = blob.size();
        } catch (IOException e) {
            evidence.error(new CollectionError(sourceId, location, "cannot read: " + describe(e)));
            return;
        }
        if (size > limits.maxFileBytes()) {
            stats.tooLarge.incrementAndGet();
            evidence.error(new CollectionError(sourceId, location, String.format(Locale.ROOT,
                    "not read: %s is over the %s limit for artifact files (--max-file-size)",
                    humanBytes(size), humanBytes(limits.maxFileBytes()))));
            return;
        }
        byte[] bytes;
        try {
            bytes = blob.read();
        } catch (IOException e) {
            evidence.error(new CollectionError(sourceId, location, "cannot read: " + describe(e)));
            return;
        }
        stats.read.incrementAndGet();
        stats.bytes.addAndGet(bytes.length);
        Map<String, Object> lfs = LfsPointer.facts(bytes);
        if (lfs != null) {
            // the artifact exists but its content is in LFS: neither parsed nor unrecognised
            evidence.file(new ArtifactFile(sourceId + "/" + relative, location, relative, "lfs-pointer", null,
                    "lfs-pointer", strongestFamily(hints), bytes.length, FileTypes.sha256(bytes), lfs));
            return;
        }
        FileText.Decoded decoded = FileText.decode(bytes);
        if (decoded.binary()) {
            stats.binary.incrementAndGet();
            evidence.error(new CollectionError(sourceId, byteLocation(sourceId, relative, bytes, decoded.invalidAt()),
                    "not read: binary content in a file whose name suggests a text artifact"));
            return;
        }
        if (!decoded.ok()) {
            evidence.error(decoded.utf16()
                    ? new CollectionError(sourceId, location, "not read: invalid UTF-16 at byte offset " + decoded.invalidAt())
                    : new CollectionError(sourceId, byteLocation(sourceId, relative, bytes, decoded.invalidAt()),
                            "not read: invalid UTF-8 at byte offset " + decoded.invalidAt()));
            return;
        }
        byte[] content = decoded.utf16() ? decoded.text().getBytes(StandardCharsets.UTF_8) : bytes;
        ParsedFile parsed = new ParsedFile(sourceId, relative, decoded.text(), content, yaml, input);
        List<FormatParser> parsers = prepared().parsers();
        FileSink sink = new FileSink(evidence, parsed, parsers);
        boolean recognised = false;
        Hint strongest = Hint.NONE;
        String strongestFamily = null;
        for (int i = 0; i < hints.length; i++) {
            Hint hint = hints[i];
            if (hint == Hint.NONE) {
                continue;
            }
            if (ParsePool.late()) {
                break;
            }
            FormatParser parser = parsers.get(i);
            if (hint.compareTo(strongest) > 0) {
                strongest = hint;
                strongestFamily = parser.family();
            }
            recognised |= parser.parse(parsed, sink);
        }
        if (ParsePool.late()) {
            // reported as over its time budget and left behind: nothing more of it goes in
            return;
        }
        YamlException yamlFailure = parsed.yamlFailure();
        if (!recognised && yamlFailure != null) {
            evidence.error(new CollectionError(sourceId,
                    Location.file(sourceId, relative, yamlFailure.mark().line(), yamlFailure.mark().column()),
                    "malformed YAML: " + yamlFailure.getMessage()));
        }
        if (sink.kind() != null) {
            evidence.file(new ArtifactFile(parsed.subjectId(), location, relative, sink.kind(), sink.format(),
                    sink.parseStatus(), null, bytes.length, FileTypes.sha256(bytes), sink.facts()));
        } else if (strongest == Hint.STRONG) {
            evidence.file(new ArtifactFile(parsed.subjectId(), location, relative, "unrecognised", null,
                    yamlFailure != null || sink.errorCount() > 0 ? "error" : "unrecognised", strongestFamily, bytes.length, FileTypes.sha256(bytes), null));
        }
    }

    private static Location byteLocation(String sourceId, String relative, byte[] bytes, int offset) {
        return Location.file(sourceId, relative, FileText.lineAtByte(bytes, offset), FileText.columnAtByte(bytes, offset));
    }

    /** The family whose name rule matched most strongly, first in parser order on a tie. */
    private String strongestFamily(Hint[] hints) {
        Hint strongest = Hint.NONE;
        String family = null;
        List<FormatParser> parsers = prepared().parsers();
        for (int i = 0; i < hints.length; i++) {
            if (hints[i].compareTo(strongest) > 0) {
                strongest = hints[i];
                family = parsers.get(i).family();
            }
        }
        return family;
    }

    static String humanBytes(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (kind.equals("AccessDeniedException")) {
            return "permission denied";
        }
        if (kind.equals("NoSuchFileException")) {
            return "no such file";
        }
        if (kind.equals("FileSystemLoopException")) {
            return "symbolic link loop";
        }
        return e.getMessage() == null ? kind : e.getMessage();
    }

    private static final class Stats {
        final AtomicLong seen = new AtomicLong();
        final AtomicLong candidates = new AtomicLong();
        final AtomicLong read = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong ignored = new AtomicLong();
        final AtomicLong skippedDirectories = new AtomicLong();
        final AtomicLong symlinks = new AtomicLong();
        final AtomicLong tooLarge = new AtomicLong();
        final AtomicLong binary = new AtomicLong();

        Map<String, Long> toMap() {
            Map<String, Long> out = new TreeMap<>();
            out.put("filesSeen", seen.get());
            out.put("candidateFiles", candidates.get());
            out.put("filesRead", read.get());
            out.put("bytesRead", bytes.get());
            out.put("gitIgnored", ignored.get());
            out.put("skippedDirectories", skippedDirectories.get());
            out.put("nonRegularFiles", symlinks.get());
            out.put("tooLarge", tooLarge.get());
            out.put("binary", binary.get());
            return out;
        }
    }
}
