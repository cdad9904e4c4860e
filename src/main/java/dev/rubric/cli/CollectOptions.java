package dev.rubric.cli;

import dev.rubric.collect.ClusterTarget;
import dev.rubric.collect.images.ImageOptions;
import dev.rubric.config.ProjectConfig;
import dev.rubric.evidence.Evidence;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import dev.rubric.engine.ByteSize;
import dev.rubric.engine.CollectRequest;
import dev.rubric.engine.UserError;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to audit: the targets, how much of each to read, and which files are in scope. */
final class CollectOptions {
    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Directories, git repositories (working trees or bare) or repository URLs (https://, ssh://, "
                    + "git@host:path, file://) to audit (default: the current directory). URLs are cloned into a "
                    + "temporary folder that is removed afterwards; https tokens come from GIT_TOKEN, GITHUB_TOKEN, "
                    + "GITLAB_TOKEN or ~/.netrc, ssh uses your ssh agent and keys.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--ref", paramLabel = "REF",
            description = "Audit the tree of this tag, branch or commit instead of the working tree, read from git "
                    + "without checking anything out.")
    String ref;

    @Option(names = "--depth", paramLabel = "N",
            description = "Clone URLs with only the last N commits (faster; history facts then cover only those).")
    Integer depth;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "Artifact files larger than this are not read and are listed as errors (default: ${DEFAULT-VALUE}, at most 1GB).")
    String maxFileSize;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Judge matching files as production whatever their conventional role (a test, an example "
                    + "...); repeatable. Globs are relative to the target: * within a folder, ** across folders.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Take matching files out of scope (role 'excluded': still listed in the evidence, never "
                    + "judged); repeatable. Wins over --include.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Read targets, scope, gates and waivers from this .rubric.yaml (default: .rubric.yaml at the "
                    + "root of the first target, if present; see docs/config.md). Command-line targets, --include, "
                    + "--exclude and gate options replace the file's values of the same name.")
    String config;

    @Option(names = "--image", paramLabel = "REF",
            description = "Also audit this container image (repeatable): a reference looked up in the local engine "
                    + "(DOCKER_HOST, Docker or Podman socket), then its registry; or a docker save / OCI archive "
                    + "(gzipped or not) or OCI layout directory. Prefixes fix the way: docker-daemon:, docker://, "
                    + "docker-archive:, oci-archive:, oci:. Read-only: nothing is pulled, run or pushed.")
    List<String> images = new ArrayList<>();

    @Option(names = "--resolve-images",
            description = "Also inspect the images that audited workloads run and Dockerfiles build FROM, in the local "
                    + "engine or their registries (network; also images.resolve in .rubric.yaml). Off by default, so an "
                    + "offline audit stays offline.")
    boolean resolveImages;

    @Option(names = "--insecure-registry", paramLabel = "HOST[:PORT]",
            description = "Speak plain http to this registry (repeatable), e.g. a local registry on 127.0.0.1:5000.")
    List<String> insecureRegistries = new ArrayList<>();

    @Option(names = "--platform", paramLabel = "OS/ARCH",
            description = "The platform picked from multi-platform images (default: linux/amd64, whatever this machine is).")
    String platform;

    /** Registry credentials come from RUBRIC_REGISTRY_USERNAME/PASSWORD or the docker config, DOCKER_HOST names the engine. */
    ImageOptions imageOptions() {
        ProjectConfig file = resolveImages ? null : projectConfig();
        boolean resolve = resolveImages || (file != null && file.images().resolve());
        try {
            return new ImageOptions(images, resolve, new HashSet<>(insecureRegistries), platform, System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UserError("--platform: " + e.getMessage());
        }
    }

    @Option(names = "--cluster",
            description = "Audit the current kube context too (read-only: only get and list; Secrets are never read). "
                    + "Without TARGETs, only the cluster is audited.")
    boolean cluster;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig to use (default: $KUBECONFIG, then ~/.kube/config, then the pod's service "
                    + "account when rubric runs in a cluster).")
    Path kubeconfig;

    @Option(names = "--context", paramLabel = "NAME", description = "The kube context to audit (default: the current one).")
    String context;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Audit this namespace (repeatable; default: the context's namespace, else default).")
    List<String> namespaces = new ArrayList<>();

    @Option(names = {"-A", "--all-namespaces"}, description = "Audit every namespace.")
    boolean allNamespaces;

    @Option(names = {"-l", "--selector"}, paramLabel = "SELECTOR",
            description = "Audit only objects with these labels (a Kubernetes label selector, e.g. app=planner).")
    String selector;

    @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "The longest one request to the cluster may take (default: ${DEFAULT-VALUE}; e.g. 10s, 2m).")
    String requestTimeout;

    /** The live cluster --cluster asks for, or null; its options without --cluster are a usage error. */
    ClusterTarget clusterTarget() {
        boolean clusterOptions = kubeconfig != null || context != null || !namespaces.isEmpty() || allNamespaces
                || selector != null;
        if (!cluster) {
            if (clusterOptions) {
                throw new UserError("--kubeconfig, --context, -n, -A and --selector choose what --cluster audits: add --cluster");
            }
            return null;
        }
        if (allNamespaces && !namespaces.isEmpty()) {
            throw new UserError("-A audits every namespace: leave out -n, or -A");
        }
        if (selector != null && selector.isBlank()) {
            throw new UserError("--selector takes a label selector, e.g. app=planner");
        }
        return new ClusterTarget("cluster", context == null ? "current context" : context, kubeconfig, context,
                List.copyOf(namespaces), allNamespaces, selector, Durations.parse("--request-timeout", requestTimeout));
    }

    /** The request for the engine; with --verbose, phase timings go to {@code err}. */
    CollectRequest request(Set<Path> excluded, PrintWriter err, boolean verbose) {
        if (depth != null && depth < 1) {
            throw new UserError("--depth takes a number of commits, 1 or more");
        }
        if (ref != null && ref.isBlank()) {
            throw new UserError("--ref takes a tag, branch or commit");
        }
        Consumer<String> log = verbose ? line -> {
            err.println("rubric: " + line);
            err.flush();
        } : null;
        ClusterTarget clusterTarget = clusterTarget();
        List<String> named = clusterTarget != null && targets.isEmpty() ? List.of() : targetsOrCurrentDirectory();
        return new CollectRequest(named, maxFileBytes(), excluded, ref, depth, null, System.getenv(), log, scope(),
                imageOptions()).withCluster(clusterTarget);
    }

    /** The scope of the audit: the command line's globs, else the config file's. */
    Evidence.Scope scope() {
        for (String glob : concat(include, exclude)) {
            if (glob.isBlank()) {
                throw new UserError("--include and --exclude take a path glob, not an empty string");
            }
        }
        ProjectConfig file = projectConfig();
        ProjectConfig.Scope fromFile = file == null ? ProjectConfig.Scope.NONE : file.scope();
        return new Evidence.Scope(include.isEmpty() ? fromFile.include() : include,
                exclude.isEmpty() ? fromFile.exclude() : exclude, file == null ? null : file.file());
    }

    private ProjectConfig loaded;
    private boolean configRead;

    /**
     * The file --config names, or .rubric.yaml at the root of the first target when it is a local
     * folder (the current directory when none is named); read once, null when there is none.
     */
    ProjectConfig projectConfig() {
        if (!configRead) {
            loaded = findProjectConfig();
            configRead = true;
        }
        return loaded;
    }

    private ProjectConfig findProjectConfig() {
        String display = config;
        if (display == null) {
            String first = targets.isEmpty() ? "." : targets.get(0);
            Path candidate;
            try {
                candidate = Path.of(first).resolve(ProjectConfig.FILE_NAME);
            } catch (InvalidPathException e) {
                return null; // a URL: its .rubric.yaml cannot be read before it is cloned
            }
            if (!Files.isRegularFile(candidate)) {
                return null;
            }
            display = first.equals(".") ? ProjectConfig.FILE_NAME : first.replaceAll("/+$", "") + "/" + ProjectConfig.FILE_NAME;
        }
        return ProjectConfigs.load(display);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The command line's targets, else the config file's (paths beside the file, then repositories), else ".". */
    List<String> targetsOrCurrentDirectory() {
        if (!targets.isEmpty()) {
            return targets;
        }
        ProjectConfig file = projectConfig();
        if (file == null || file.targets().isEmpty()) {
            return List.of(".");
        }
        List<String> fromFile = new ArrayList<>();
        file.targets().paths().forEach(p -> fromFile.add(ProjectConfigs.besideConfig(file, p)));
        fromFile.addAll(file.targets().repositories());
        return fromFile;
    }

    long maxFileBytes() {
        return ByteSize.parse("--max-file-size", maxFileSize);
    }
}
