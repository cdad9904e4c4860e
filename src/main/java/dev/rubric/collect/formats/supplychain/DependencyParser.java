package dev.rubric.collect.formats.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.Hint;
import dev.rubric.collect.tree.NameFilter;
import dev.rubric.collect.tree.ParsedFile;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dependency manifests and lockfiles of Python, Node, Java and Go. Each file records what it is
 * ({@code locked}: a lockfile, or a manifest that pins and hashes everything); whether a manifest
 * has a lockfile beside it is for the rubric to join over {@code files}.
 */
public final class DependencyParser implements FormatParser {
    private static final Pattern REQUIREMENTS = Pattern.compile("(?i)(.*[-_.])?requirements([-_.].*)?\\.(txt|in)|constraints\\.txt");

    @Override
    public String family() {
        return "dependencies";
    }

    @Override
    public Hint hint(String relativePath, String fileName) {
        return format(relativePath, fileName) != null ? Hint.STRONG : Hint.NONE;
    }

    @Override
    public NameFilter names() {
        return NameFilter.ofExtensions("txt", "in").withNames("pyproject.toml", "pipfile", "pipfile.lock", "poetry.lock", "uv.lock", "package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "pom.xml", "build.gradle", "build.gradle.kts", "gradle.lockfile", "go.mod", "go.sum");
    }

    /** The format the name promises, or null. */
    private static String format(String relativePath, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        switch (name) {
            case "pyproject.toml": return "pyproject";
            case "pipfile": return "pipfile";
            case "pipfile.lock": return "pipfile-lock";
            case "poetry.lock": return "poetry-lock";
            case "uv.lock": return "uv-lock";
            case "package.json": return "package-json";
            case "package-lock.json": return "npm-lock";
            case "npm-shrinkwrap.json": return "npm-shrinkwrap";
            case "yarn.lock": return "yarn-lock";
            case "pnpm-lock.yaml": return "pnpm-lock";
            case "pom.xml": return "maven";
            case "build.gradle": return "gradle";
            case "build.gradle.kts": return "gradle-kts";
            case "gradle.lockfile": return "gradle-lock";
            case "go.mod": return "go-mod";
            case "go.sum": return "go-sum";
            default:
                // the pattern only runs on names that can match it: this is asked of every file
                if ((name.contains("requirements") || name.contains("constraints")) && REQUIREMENTS.matcher(name).matches()) {
                    return "requirements";
                }
                return null;
        }
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String format = format(file.relativePath(), file.fileName());
        if (format == null) {
            return false;
        }
        String text = file.text();
        Dependencies found = switch (format) {
            case "requirements" -> PythonDependencies.requirements(text);
            case "pyproject" -> PythonDependencies.pyproject(text);
            case "pipfile" -> PythonDependencies.pipfile(text);
            case "poetry-lock", "uv-lock" -> PythonDependencies.tomlLock(text, format);
            case "npm-lock", "npm-shrinkwrap" -> NodeDependencies.npmLock(text, format);
            case "yarn-lock" -> NodeDependencies.yarnLock(text);
            case "pnpm-lock" -> NodeDependencies.pnpmLock(text);
            case "maven" -> JvmDependencies.pom(text);
            case "gradle", "gradle-kts" -> JvmDependencies.gradle(text, format);
            case "gradle-lock" -> JvmDependencies.gradleLock(text);
            case "go-mod" -> GoDependencies.goMod(text);
            case "go-sum" -> GoDependencies.goSum(text);
            case "pipfile-lock", "package-json" -> fromJson(file, sink, format);
            default -> null;
        };
        if (found == null) {
            return false;
        }
        sink.classify(found.lockfile ? "lockfile" : "dependency-manifest", found.format, "parsed");
        sink.fact("ecosystem", found.ecosystem);
        sink.fact("dependencies", found.count);
        if (!found.lockfile) {
            sink.fact("pinned", found.pinned);
            if (found.count > 0) {
                sink.fact("pinnedShare", Shares.of(found.pinned, found.count));
            }
        }
        sink.fact("hashes", found.count > 0 && found.hashed == found.count);
        // a manifest that pins and hashes every entry (pip-compile --generate-hashes) locks as well as a lockfile
        sink.fact("locked", found.lockfile || (found.count > 0 && found.pinned == found.count && found.hashed == found.count));
        if (!found.aiPackages.isEmpty()) {
            sink.fact("aiPackages", List.copyOf(found.aiPackages));
        }
        if (format.startsWith("gradle") && !format.equals("gradle-lock")) {
            int catalog = JvmDependencies.catalogReferences(text);
            if (catalog > 0) {
                sink.fact("catalogReferences", catalog);
            }
        }
        return true;
    }

    private static Dependencies fromJson(ParsedFile file, FileSink sink, String format) {
        JsonNode root = JsonText.read(file, sink);
        if (root == null) {
            return null;
        }
        return format.equals("pipfile-lock") ? PythonDependencies.pipfileLock(root) : NodeDependencies.packageJson(root);
    }
}
