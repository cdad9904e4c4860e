package dev.rubric.collect.formats.agents;

import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.ImageRef;
import dev.rubric.evidence.ModelRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an MCP server entry runs, read from how it is started: a package runner ({@code npx},
 * {@code uvx}, {@code pipx run}), a container ({@code docker run}), a script of the repository, or
 * a remote URL, and whether that names one exact release. Package registries keep a published
 * version immutable, so {@code pkg@1.2.3} and {@code pkg==1.2.3} are pinned; a container tag can be
 * re-pushed, so only a digest pins an image; what a URL serves is not in the repository at all.
 */
final class McpLaunch {
    /** An exact release: 1.2.3, 0.6.2-beta.1, 2025.4.24 (no range, no wildcard). */
    private static final Pattern EXACT = Pattern.compile("v?\\d+(\\.\\d+){1,3}([-+.][0-9A-Za-z.-]+)?");
    private static final Pattern GIT_COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Set<String> NPM_RUNNERS = Set.of("npx", "bunx", "pnpx");
    private static final Set<String> PYPI_RUNNERS = Set.of("uvx");
    private static final Set<String> CONTAINER_RUNNERS = Set.of("docker", "podman", "nerdctl");
    private static final Set<String> INTERPRETERS = Set.of("node", "python", "python3", "deno", "bun", "uv", "java",
            "dotnet", "go", "ruby", "sh", "bash", "tsx", "ts-node");
    /** docker run options that take a value (the next token when not written as --opt=value). */
    private static final Set<String> DOCKER_VALUE_OPTIONS = Set.of("-e", "--env", "--env-file", "-v", "--volume", "--name",
            "-p", "--publish", "--network", "--net", "-w", "--workdir", "--entrypoint", "-u", "--user", "--mount",
            "--platform", "-l", "--label", "--add-host", "--cpus", "-m", "--memory", "--pull", "--hostname", "-h",
            "--gpus", "--runtime", "--cap-add", "--cap-drop", "--security-opt", "--ulimit", "--shm-size", "--ipc");
    private static final Set<String> NPX_VALUE_OPTIONS = Set.of("-p", "--package", "--registry", "--cache", "-c", "--call");
    private static final Set<String> UVX_VALUE_OPTIONS = Set.of("--from", "--with", "--python", "-p", "--index-url",
            "--index", "--extra-index-url", "--directory", "--with-requirements", "--spec");

    /** The verdict on one entry. */
    record Verdict(String transport, String packageName, String registry, String version, String pinning, String reason,
                   List<String> envNames) {
    }

    private McpLaunch() {
    }

    /** A server reached over the network: what answers is decided outside the repository. */
    static Verdict remote(String transport, String url) {
        return new Verdict(transport == null ? "http" : transport, null, "remote", null, ModelRef.OPAQUE,
                "remote server at " + host(url) + ": the version it runs is decided by whoever operates it", List.of());
    }

    /** A server whose command or URL the audit cannot read: what runs is decided elsewhere. */
    static Verdict unread(String transport, String why) {
        return new Verdict(transport, null, null, null, ModelRef.OPAQUE, why, List.of());
    }

    /** A server started as {@code command args…}. */
    static Verdict stdio(String command, List<String> args) {
        String program = program(command);
        if ((program.equals("cmd") || program.equals("sh") || program.equals("bash")) && args.size() > 1
                && (args.get(0).equalsIgnoreCase("/c") || args.get(0).equals("-c"))) {
            // cmd /c npx -y pkg (Windows configs), sh -c "uvx pkg": the shell only starts the real command
            List<String> words = new ArrayList<>();
            for (String arg : args.subList(1, args.size())) {
                words.addAll(List.of(arg.strip().split("\\s+")));
            }
            return stdio(words.get(0), words.subList(1, words.size()));
        }
        if (NPM_RUNNERS.contains(program)) {
            return npm(args);
        }
        if (program.equals("pnpm") || program.equals("yarn")) {
            return args.isEmpty() || !args.get(0).equals("dlx") ? local(command, args) : npm(args.subList(1, args.size()));
        }
        if (PYPI_RUNNERS.contains(program)) {
            return pypi(args);
        }
        if (program.equals("pipx") && !args.isEmpty() && args.get(0).equals("run")) {
            return pypi(args.subList(1, args.size()));
        }
        if (program.equals("uv") && args.size() > 1 && args.get(0).equals("tool") && args.get(1).equals("run")) {
            return pypi(args.subList(2, args.size()));
        }
        if (CONTAINER_RUNNERS.contains(program) && !args.isEmpty() && args.get(0).equals("run")) {
            return container(args.subList(1, args.size()));
        }
        return local(command, args);
    }

    private static Verdict npm(List<String> args) {
        String spec = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-p") || arg.equals("--package")) {
                spec = i + 1 < args.size() ? args.get(i + 1) : null;
                break;
            }
            if (arg.startsWith("--package=")) {
                spec = arg.substring("--package=".length());
                break;
            }
            if (arg.startsWith("-")) {
                i += NPX_VALUE_OPTIONS.contains(arg) ? 1 : 0;
                continue;
            }
            spec = arg;
            break;
        }
        if (spec == null) {
            return new Verdict("stdio", null, "npm", null, ModelRef.UNTRACEABLE, "npx names no package", List.of());
        }
        // @scope/name@1.2.3: the version follows the last @ that is not the scope's
        int at = spec.lastIndexOf('@');
        String name = at > 0 ? spec.substring(0, at) : spec;
        String version = at > 0 ? spec.substring(at + 1) : null;
        return packaged("npm", name, version, version == null ? "npm package " + name + " without a version: npx runs the newest"
                : null);
    }

    private static Verdict pypi(List<String> args) {
        String from = null;
        String spec = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--from")) {
                from = i + 1 < args.size() ? args.get(i + 1) : null;
                i++;
                continue;
            }
            if (arg.startsWith("--from=")) {
                from = arg.substring("--from=".length());
                continue;
            }
            if (arg.startsWith("-")) {
                i += UVX_VALUE_OPTIONS.contains(arg) ? 1 : 0;
                continue;
            }
            spec = arg;
            break;
        }
        String requirement = from != null ? from : spec;
        if (requirement == null) {
            return new Verdict("stdio", null, "pypi", null, ModelRef.UNTRACEABLE, "uvx names no package", List.of());
        }
        if (requirement.startsWith("git+")) {
            int at = requirement.lastIndexOf('@');
            String commit = at > requirement.indexOf("://") ? requirement.substring(at + 1) : null;
            boolean pinned = commit != null && GIT_COMMIT.matcher(commit).matches();
            return new Verdict("stdio", requirement.substring(0, at > 0 && commit != null ? at : requirement.length()), "git",
                    commit, pinned ? ModelRef.PINNED : ModelRef.FLOATING,
                    pinned ? "installed from git at commit " + commit : "installed from git at a branch or tag that can move",
                    List.of());
        }
        int cut = indexOfAny(requirement, "=<>!~@[");
        String name = cut < 0 ? requirement : requirement.substring(0, cut);
        String version = null;
        String constraint = cut < 0 ? null : requirement.substring(cut);
        if (constraint != null && constraint.startsWith("[")) {
            int close = constraint.indexOf(']');
            constraint = close < 0 ? null : constraint.substring(close + 1);
        }
        if (constraint != null && !constraint.isEmpty()) {
            if (constraint.startsWith("==") && !constraint.contains("*") && !constraint.contains(",")) {
                version = constraint.substring(2);
            } else if (constraint.startsWith("@")) {
                version = constraint.substring(1);
            } else {
                return new Verdict("stdio", name, "pypi", constraint, ModelRef.FLOATING,
                        "PyPI package " + name + " constrained by " + constraint + ", not one release", List.of());
            }
        }
        return packaged("pypi", name, version,
                version == null ? "PyPI package " + name + " without a version: uvx runs the newest" : null);
    }

    private static Verdict packaged(String registry, String name, String version, String missing) {
        if (version == null) {
            return new Verdict("stdio", name, registry, null, ModelRef.FLOATING, missing, List.of());
        }
        String kind = registry.equals("npm") ? "npm package " : "PyPI package ";
        if (EXACT.matcher(version).matches()) {
            return new Verdict("stdio", name, registry, version, ModelRef.PINNED, kind + name + " at exact version " + version,
                    List.of());
        }
        return new Verdict("stdio", name, registry, version, ModelRef.FLOATING,
                kind + name + " at '" + version + "', a tag or range that moves", List.of());
    }

    private static Verdict container(List<String> args) {
        List<String> env = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-e") || arg.equals("--env")) {
                if (i + 1 < args.size()) {
                    env.add(envName(args.get(i + 1)));
                }
                i++;
                continue;
            }
            if (arg.startsWith("--env=")) {
                env.add(envName(arg.substring("--env=".length())));
                continue;
            }
            if (arg.startsWith("-")) {
                i += DOCKER_VALUE_OPTIONS.contains(arg) ? 1 : 0;
                continue;
            }
            ImageRef image = ImageReferences.parse(arg);
            if (image == null) {
                break;
            }
            String name = image.registry() == null ? image.repository() : image.registry() + "/" + image.repository();
            String version = image.digest() != null ? image.digest() : image.tag();
            String pinning;
            String reason;
            switch (image.pinning()) {
                case ImageRef.PINNED -> {
                    pinning = ModelRef.PINNED;
                    reason = "image pinned by digest";
                }
                case ImageRef.UNRESOLVED -> {
                    pinning = ModelRef.OPAQUE;
                    reason = "image reference " + arg + " is decided by a variable";
                }
                case ImageRef.TAGGED -> {
                    pinning = ModelRef.FLOATING;
                    reason = "image tag " + image.tag() + " can be re-pushed; only a digest names one image";
                }
                default -> {
                    pinning = ModelRef.FLOATING;
                    reason = image.tag() == null ? "image without tag or digest runs latest" : "image tag " + image.tag() + " moves";
                }
            }
            return new Verdict("stdio", name, "docker", version, pinning, reason, env);
        }
        return new Verdict("stdio", null, "docker", null, ModelRef.UNTRACEABLE, "docker run names no image", env);
    }

    /** A script or binary: the repository's own code is at its commit; anything else is whatever is installed. */
    private static Verdict local(String command, List<String> args) {
        String program = program(command);
        String script = null;
        if (INTERPRETERS.contains(program)) {
            for (String arg : args) {
                if (!arg.startsWith("-") && !arg.equals("run") && !arg.equals("--directory")) {
                    script = arg;
                    break;
                }
            }
        } else {
            script = command;
        }
        if (script != null && inRepository(script)) {
            return new Verdict("stdio", script, "local", null, ModelRef.PINNED,
                    "runs " + script + " from the repository, at the audited commit", List.of());
        }
        String what = script == null ? command : script;
        return new Verdict("stdio", what, "local", null, ModelRef.UNTRACEABLE,
                "runs " + what + " as installed on the machine: nothing records which version", List.of());
    }

    /** A relative path to a file (./server.py, src/server/index.js), not a bare program or module name. */
    private static boolean inRepository(String path) {
        if (path.startsWith("/") || path.startsWith("~") || path.contains("${") || path.contains(":\\")) {
            return false;
        }
        return path.startsWith("./") || path.contains("/") && path.matches(".*\\.(py|js|mjs|cjs|ts|sh|jar|dll)$");
    }

    private static String program(String command) {
        String name = command.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).toLowerCase(Locale.ROOT);
        return name.endsWith(".cmd") || name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }

    private static String envName(String assignment) {
        int equals = assignment.indexOf('=');
        return equals < 0 ? assignment : assignment.substring(0, equals);
    }

    private static String host(String url) {
        if (url == null) {
            return "an unnamed URL";
        }
        int scheme = url.indexOf("://");
        String rest = scheme < 0 ? url : url.substring(scheme + 3);
        int end = indexOfAny(rest, "/?#");
        rest = end < 0 ? rest : rest.substring(0, end);
        int userInfo = rest.lastIndexOf('@');
        return userInfo < 0 ? rest : rest.substring(userInfo + 1);
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
