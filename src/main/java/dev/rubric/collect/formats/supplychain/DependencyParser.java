package dev.rubric.collect.formats.supplychain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dependency manifests and lockfiles of Python, Node, Java and Go. Each file records what it is
 * ({@code locked}: a lockfile, or a manifest that pins and hashes everything); whether a manifest
 * has a lockfile beside it is for the rubric to join over {@code files}.
 */
public final class DependencyParser extends FormatParser {
    private static final Pattern REQUIREMENTS = Pattern.compile("(?i)(.*[-_.])?requirements([-_.].*)?\\.(txt|in)|constraints\\.txt");
    /** Each name's tag is the format it promises. */
    private static final Signature SIGNATURE = Signature.of(
            Signature.strong("pyproject.toml").tagged("pyproject"),
            Signature.strong("pipfile").tagged("pipfile"),
            Signature.strong("pipfile.lock").tagged("pipfile-lock"),
            Signature.strong("poetry.lock").tagged("poetry-lock"),
            Signature.strong("uv.lock").tagged("uv-lock"),
            Signature.strong("package.json").tagged("package-json"),
            Signature.strong("package-lock.json").tagged("npm-lock"),
            Signature.strong("npm-shrinkwrap.json").tagged("npm-shrinkwrap"),
            Signature.strong("yarn.lock").tagged("yarn-lock"),
            Signature.strong("pnpm-lock.yaml").tagged("pnpm-lock"),
            Signature.strong("pom.xml").tagged("maven"),
            Signature.strong("build.gradle").tagged("gradle"),
            Signature.strong("build.gradle.kts").tagged("gradle-kts"),
            Signature.strong("gradle.lockfile").tagged("gradle-lock"),
            Signature.strong("go.mod").tagged("go-mod"),
            Signature.strong("go.sum").tagged("go-sum"),
            // dev-requirements.in, requirements-test.txt, but not myrequirements.txt
            Signature.strong("*requirements*.{txt,in}", "constraints.txt").matching(REQUIREMENTS).tagged("requirements"));

    /** The format the name promises (its rule's tag), or null. */
    private static String format(String relativePath, String fileName) {
        Set<String> tags = SIGNATURE.tags(relativePath, fileName);
        return tags.isEmpty() ? null : tags.iterator().next();
    }

    public DependencyParser() {
        super("dependencies", SIGNATURE);
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
