package dev.rubric.collect.formats.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** requirements files, pyproject.toml, Pipfile and the Python lockfiles, read without a TOML library. */
final class PythonDependencies {
    /** PEP 508: a name, optional extras, then a version specifier, a marker or a direct URL. */
    private static final Pattern REQUIREMENT = Pattern.compile(
            "([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(\\[[^\\]]*])?\\s*([<>=!~;@(].*)?");
    private static final Pattern EXACT = Pattern.compile("\\(?\\s*===?\\s*[A-Za-z0-9][A-Za-z0-9.+!_-]*\\s*\\)?");
    private static final Pattern COMMIT = Pattern.compile("@[0-9a-fA-F]{40}\\b");
    private static final Pattern OPTION = Pattern.compile("(-[a-zA-Z]|--[a-z][a-z-]*)(\\s|=|$).*");
    // RE2/J: with java.util.regex, (?m)^\s* retried at every line start of a run of blank lines is quadratic
    private static final com.google.re2j.Pattern TOML_TABLE = com.google.re2j.Pattern.compile("(?m)^\\s*\\[([^\\[\\]]+)]\\s*(#.*)?$");
    private static final com.google.re2j.Pattern TOML_KEY = com.google.re2j.Pattern.compile("(?m)^\\s*([A-Za-z0-9_.\"'-]+)\\s*=\\s*(.*)$");
    private static final Pattern PACKAGE_NAME = Pattern.compile("(?m)^name\\s*=\\s*\"([^\"]+)\"");

    private PythonDependencies() {
    }

    /** Every line must be a requirement, an option or a comment; prose named requirements.txt is not one. */
    static Dependencies requirements(String text) {
        Dependencies out = new Dependencies("python", "requirements", false);
        boolean sawAny = false;
        for (String logical : joinContinuations(text)) {
            String line = stripComment(logical).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean hash = line.contains("--hash=");
            String requirement = line.replaceAll("\\s--hash=\\S+", "").strip();
            boolean editable = requirement.startsWith("-e ") || requirement.startsWith("--editable");
            if (!editable && OPTION.matcher(requirement).matches()) {
                sawAny = true;
                continue;
            }
            if (editable || requirement.contains("://")) {
                // a URL names no release; only a commit SHA in it fixes the code. The URL itself is not kept.
                sawAny = true;
                out.add("direct reference", COMMIT.matcher(requirement).find(), hash, false);
                continue;
            }
            Matcher matcher = REQUIREMENT.matcher(requirement);
            if (!matcher.matches()) {
                return null;
            }
            sawAny = true;
            String spec = matcher.group(3) == null ? "" : matcher.group(3);
            String name = AiPackages.normalisePython(matcher.group(1));
            out.add(name, exact(spec) || COMMIT.matcher(spec).find(), hash, AiPackages.python(name));
        }
        return sawAny ? out : null;
    }

    private static boolean exact(String spec) {
        String versions = spec.contains(";") ? spec.substring(0, spec.indexOf(';')) : spec;
        return EXACT.matcher(versions.strip()).matches() && !versions.contains("*");
    }

    private static List<String> joinContinuations(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                current.append(line);
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static String stripComment(String line) {
        if (line.strip().startsWith("#")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    /** PEP 621 {@code [project]} dependencies, optional dependencies, PEP 735 groups, and Poetry tables. */
    static Dependencies pyproject(String text) {
        if (!text.contains("[project]") && !text.contains("[tool.poetry") && !text.contains("[build-system]")) {
            return null;
        }
        Dependencies out = new Dependencies("python", "pyproject", false);
        for (Map.Entry<String, String> table : TomlTables.split(text, TOML_TABLE).entrySet()) {
            String name = table.getKey();
            String body = table.getValue();
            if (name.equals("project")) {
                addRequirementArray(out, TomlTables.array(body, "dependencies"));
            } else if (name.equals("project.optional-dependencies") || name.equals("dependency-groups")) {
                com.google.re2j.Matcher key = TOML_KEY.matcher(body);
                while (key.find()) {
                    addRequirementArray(out, TomlTables.array(body, key.group(1)));
                }
            } else if (name.equals("tool.poetry.dependencies") || name.equals("tool.poetry.dev-dependencies")
                    || (name.startsWith("tool.poetry.group.") && name.endsWith(".dependencies"))) {
                com.google.re2j.Matcher key = TOML_KEY.matcher(body);
                while (key.find()) {
                    String dependency = key.group(1).replace("\"", "").replace("'", "");
                    if (!dependency.equals("python")) {
                        String normalised = AiPackages.normalisePython(dependency);
                        out.add(normalised, poetryExact(key.group(2)), false, AiPackages.python(normalised));
                    }
                }
            }
        }
        return out;
    }

    private static void addRequirementArray(Dependencies out, List<String> requirements) {
        for (String requirement : requirements) {
            Matcher matcher = REQUIREMENT.matcher(requirement.strip());
            if (matcher.matches()) {
                String name = AiPackages.normalisePython(matcher.group(1));
                String spec = matcher.group(3) == null ? "" : matcher.group(3);
                out.add(name, exact(spec) || COMMIT.matcher(spec).find(), false, AiPackages.python(name));
            }
        }
    }

    /** Poetry: a bare version is exact ({@code "1.2.3"}), {@code ^}/{@code ~}/{@code *} are ranges. */
    private static boolean poetryExact(String value) {
        Matcher version = Pattern.compile("(?:version\\s*=\\s*)?\"([^\"]*)\"").matcher(value);
        if (!version.find()) {
            return value.contains("rev") && COMMIT.matcher("@" + value.replaceAll("[^0-9a-fA-F]", " ").strip()).find();
        }
        String spec = version.group(1).strip();
        return spec.matches("(==)?\\s*\\d[A-Za-z0-9.+!_-]*");
    }

    /** Pipfile {@code [packages]} and {@code [dev-packages]}: only {@code ==} names one version. */
    static Dependencies pipfile(String text) {
        if (!text.contains("[packages]") && !text.contains("[dev-packages]")) {
            return null;
        }
        Dependencies out = new Dependencies("python", "pipfile", false);
        for (Map.Entry<String, String> table : TomlTables.split(text, TOML_TABLE).entrySet()) {
            if (!table.getKey().equals("packages") && !table.getKey().equals("dev-packages")) {
                continue;
            }
            com.google.re2j.Matcher key = TOML_KEY.matcher(table.getValue());
            while (key.find()) {
                String name = AiPackages.normalisePython(key.group(1).replace("\"", ""));
                String value = key.group(2);
                boolean exact = value.matches("\"==[^\"]+\".*") || value.matches(".*version\\s*=\\s*\"==[^\"]+\".*")
                        || (value.contains("ref") && COMMIT.matcher("@" + value.replaceAll("[^0-9a-fA-F]", " ").strip()).find());
                out.add(name, exact, false, AiPackages.python(name));
            }
        }
        return out;
    }

    /** Pipfile.lock: {@code _meta} plus {@code default}/{@code develop} maps of exact versions with hashes. */
    static Dependencies pipfileLock(JsonNode root) {
        if (!root.isObject() || !root.has("_meta") || !(root.has("default") || root.has("develop"))) {
            return null;
        }
        Dependencies out = new Dependencies("python", "pipfile-lock", true);
        for (String section : List.of("default", "develop")) {
            JsonNode packages = root.path(section);
            packages.properties().forEach(entry -> {
                String name = AiPackages.normalisePython(entry.getKey());
                JsonNode hashes = entry.getValue().path("hashes");
                out.add(name, entry.getValue().path("version").asText("").startsWith("=="),
                        hashes.isArray() && !hashes.isEmpty(), AiPackages.python(name));
            });
        }
        return out;
    }

    /** poetry.lock and uv.lock: one {@code [[package]]} table per resolved package, hashes beside it. */
    static Dependencies tomlLock(String text, String format) {
        if (!text.contains("[[package]]")) {
            return null;
        }
        Dependencies out = new Dependencies("python", format, true);
        // old poetry.lock files keep every hash in one [metadata.files] table at the end
        int metadata = text.indexOf("\n[metadata");
        boolean hashesInMetadata = metadata >= 0 && text.indexOf("sha256:", metadata) >= 0;
        String[] packages = text.split("(?m)^\\[\\[package]]\\s*$");
        for (int i = 1; i < packages.length; i++) {
            String block = packages[i];
            int end = block.indexOf("\n[metadata");
            String own = end >= 0 ? block.substring(0, end) : block;
            Matcher name = PACKAGE_NAME.matcher(own);
            if (!name.find()) {
                continue;
            }
            String normalised = AiPackages.normalisePython(name.group(1));
            out.add(normalised, true, hashesInMetadata || own.contains("sha256:"), AiPackages.python(normalised));
        }
        return out;
    }
}
