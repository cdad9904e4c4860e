package dev.rubric.collect.formats.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * package.json and the npm, Yarn and pnpm lockfiles. Lockfiles can be megabytes, so they are
 * scanned line by line for their entry headers instead of being parsed into trees.
 */
final class NodeDependencies {
    private static final List<String> SECTIONS = List.of("dependencies", "devDependencies", "optionalDependencies");
    private static final Pattern EXACT_VERSION = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]+)?");
    private static final Pattern GIT_COMMIT = Pattern.compile("#[0-9a-fA-F]{40}$");
    private static final Pattern NPM_LOCK_V2 = Pattern.compile("\"(?:[^\"]*/)?node_modules/((?:@[^/\"]+/)?[^/\"]+)\"\\s*:\\s*\\{");
    private static final Pattern NPM_LOCK_V1 = Pattern.compile("\"((?:@[^/\"]+/)?[^/\"]+)\"\\s*:\\s*\\{\\s*\"version\"");
    private static final Pattern LOCKFILE_VERSION = Pattern.compile("\"lockfileVersion\"\\s*:\\s*(\\d+)");

    private NodeDependencies() {
    }

    static Dependencies packageJson(JsonNode root) {
        if (!root.isObject() || !(root.has("name") || SECTIONS.stream().anyMatch(root::has))) {
            return null;
        }
        Dependencies out = new Dependencies("node", "package-json", false);
        for (String section : SECTIONS) {
            root.path(section).properties().forEach(entry -> {
                String spec = entry.getValue().asText("");
                out.add(entry.getKey(), exact(spec), false, AiPackages.node(entry.getKey()));
            });
        }
        return out;
    }

    /** An exact version, a git commit, or a package inside this repository (workspace, file, link). */
    private static boolean exact(String spec) {
        String version = spec.startsWith("npm:") && spec.lastIndexOf('@') > 4 ? spec.substring(spec.lastIndexOf('@') + 1) : spec;
        return EXACT_VERSION.matcher(version.strip()).matches() || GIT_COMMIT.matcher(version).find()
                || version.startsWith("workspace:") || version.startsWith("file:") || version.startsWith("link:");
    }

    /** package-lock.json / npm-shrinkwrap.json: v2+ lists {@code node_modules/...} paths, v1 nests {@code dependencies}. */
    static Dependencies npmLock(String text, String format) {
        Matcher version = LOCKFILE_VERSION.matcher(text);
        if (!version.find()) {
            return null;
        }
        Dependencies out = new Dependencies("node", format, true);
        boolean v1 = version.group(1).equals("1");
        Matcher entry = (v1 ? NPM_LOCK_V1 : NPM_LOCK_V2).matcher(text);
        while (entry.find()) {
            int end = text.indexOf('}', entry.end());
            String body = end < 0 ? "" : text.substring(entry.end(), end);
            boolean link = body.contains("\"link\": true") || body.contains("\"link\":true");
            out.add(entry.group(1), true, body.contains("\"integrity\""), !link && AiPackages.node(entry.group(1)));
        }
        return out;
    }

    /** Yarn classic ({@code # yarn lockfile v1}) and Berry ({@code __metadata:}): one unindented header per entry. */
    static Dependencies yarnLock(String text) {
        boolean classic = text.contains("# yarn lockfile v1");
        if (!classic && !text.contains("__metadata:")) {
            return null;
        }
        Dependencies out = new Dependencies("node", "yarn-lock", true);
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#") || Character.isWhitespace(line.charAt(0)) || !line.endsWith(":")
                    || line.startsWith("__metadata")) {
                continue;
            }
            String first = line.substring(0, line.length() - 1).split(",")[0].strip().replace("\"", "");
            String name = packageName(first);
            boolean hash = false;
            for (int j = i + 1; j < lines.length && !lines[j].isEmpty() && Character.isWhitespace(lines[j].charAt(0)); j++) {
                String body = lines[j].strip();
                if (body.startsWith("integrity ") || body.startsWith("checksum:")) {
                    hash = true;
                }
            }
            out.add(name, true, hash, AiPackages.node(name));
        }
        return out;
    }

    /** pnpm-lock.yaml: the keys under {@code packages:} ({@code /name@1.0.0}, {@code name@1.0.0(peer@2)}, v5 {@code /name/1.0.0}). */
    static Dependencies pnpmLock(String text) {
        if (!Pattern.compile("(?m)^lockfileVersion:").matcher(text).find()) {
            return null;
        }
        Dependencies out = new Dependencies("node", "pnpm-lock", true);
        String[] lines = text.split("\n");
        boolean inPackages = false;
        Set<String> seen = new HashSet<>();
        String current = null;
        boolean currentHash = false;
        for (String line : lines) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                inPackages = line.startsWith("packages:");
                continue;
            }
            if (!inPackages) {
                continue;
            }
            if (line.startsWith("  ") && !line.startsWith("   ") && line.strip().endsWith(":")) {
                if (current != null) {
                    out.add(current, true, currentHash, AiPackages.node(current));
                }
                String key = line.strip();
                key = key.substring(0, key.length() - 1).replace("'", "").replace("\"", "");
                current = pnpmName(key);
                currentHash = false;
                if (!seen.add(key)) {
                    current = null;
                }
            } else if (line.strip().startsWith("resolution:") && line.contains("integrity:")) {
                currentHash = true;
            }
        }
        if (current != null) {
            out.add(current, true, currentHash, AiPackages.node(current));
        }
        return out;
    }

    private static String pnpmName(String key) {
        String k = key.startsWith("/") ? key.substring(1) : key;
        int paren = k.indexOf('(');
        if (paren > 0) {
            k = k.substring(0, paren);
        }
        int at = k.lastIndexOf('@');
        if (at > 0) {
            return k.substring(0, at);
        }
        // pnpm v5: /name/1.0.0 or /@scope/name/1.0.0
        int slash = k.lastIndexOf('/');
        return slash > 0 ? k.substring(0, slash) : k;
    }

    /** {@code @scope/name@^1} → {@code @scope/name}; {@code name@npm:1} → {@code name}. */
    private static String packageName(String spec) {
        int at = spec.indexOf('@', 1);
        return at > 0 ? spec.substring(0, at) : spec;
    }
}
