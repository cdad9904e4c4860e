package dev.rubric.collect.scope;

import dev.rubric.evidence.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a file is for, from its path alone, by the conventions of each ecosystem: pure, no I/O, so
 * the same path always gets the same role whatever the tree it lies in.
 *
 * <p>Precedence, most specific first:
 * <ol>
 *   <li>a vendored folder anywhere above (vendor/, third_party/, node_modules/ …): the code is
 *       someone else's, whatever its own conventions say;</li>
 *   <li>{@code .github/} at the root: the repository's own CI and bots, production configuration;</li>
 *   <li>the file name (test_x.py, x.test.ts, x_test.go, conftest.py, x.pb.go, messages_fr.properties,
 *       README.md …): it names this one file;</li>
 *   <li>the innermost folder with a convention: examples/app/tests/x.py is a test (of the example),
 *       tests/examples/x.json an example (used by the tests) — both are out of the default scope.
 *       Below a JVM source root ({@code src/main/java}, {@code src/test/kotlin} …) folders are
 *       package names, not conventions: {@code com/example/agentic/} and
 *       {@code org/acme/samples/} are where production code lives by Maven's rules;</li>
 *   <li>production.</li>
 * </ol>
 * Folder names are compared whole and case-insensitively: {@code contest/}, {@code latest/} and a
 * package {@code examples_loader/} are production.
 */
public final class RoleConventions {
    private static final Set<String> VENDORED = Set.of("vendor", "vendors", "third_party", "third-party", "thirdparty",
            "node_modules", "bower_components", "site-packages", "pods");
    private static final Set<String> TEST = Set.of("test", "tests", "__tests__", "testing", "spec", "e2e", "cypress",
            "testdata", "test_data", "test-data", "fixtures", "__fixtures__", "mocks", "__mocks__", "__snapshots__",
            "integration-tests", "integration_tests", "testfixtures");
    private static final Set<String> EXAMPLE = Set.of("examples", "example", "samples", "sample", "tutorials", "tutorial",
            "workshops", "workshop", "notebooks", "cookbooks", "cookbook", "demos", "demo", "quickstarts", "quickstart");
    private static final Set<String> DOCS = Set.of("docs", "doc", "documentation", "_docs", "docusaurus", "mkdocs");
    private static final Set<String> LOCALE = Set.of("locales", "locale", "i18n", "l10n", "lang", "langs", "translations",
            "translation");
    private static final Set<String> GENERATED = Set.of("generated", "__generated__");
    private static final Set<String> JVM_LANGUAGES = Set.of("java", "kotlin", "scala", "groovy");
    /** README-type files: documentation whatever folder they are in. */
    private static final Set<String> DOC_NAMES = Set.of("readme", "changelog", "changes", "history", "contributing",
            "code_of_conduct", "security", "support", "authors", "notice");
    /** Language codes UI translation files are named after (fr.json, pt-BR.yml): the common ones only. */
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "de", "es", "it", "pt", "nl", "ja", "ko", "zh", "ru",
            "pl", "sv", "da", "fi", "nb", "cs", "tr", "ar", "he", "hi", "uk", "vi", "th", "el", "hu", "ro", "bg", "hr",
            "sk", "sl", "lt", "lv", "et", "fa", "ca", "eu", "gl");

    private static final Set<String> EXAMPLE_WORDS = Set.of("example", "sample");
    private static final Set<String> CONFIG_EXTENSIONS = Set.of("yaml", "yml", "json", "toml", "ini", "cfg", "conf",
            "env", "properties");

    private RoleConventions() {
    }

    /** The role of a file by its path relative to the target root, '/'-separated. */
    public static String role(String path) {
        return role(path, false);
    }

    /**
     * The role of a file that describes an artifact beside it rather than the repository: a Hugging
     * Face model card is named README.md by the Hub's convention, yet its front matter is the
     * adapter's or model's own metadata, so a README name does not make it documentation. Its folder
     * still does: a card under docs/ or examples/ stays out of the default scope.
     */
    public static String artifactDescriptionRole(String path) {
        return role(path, true);
    }

    private static String role(String path, boolean describesArtifact) {
        String[] parts = path.split("/");
        int folders = parts.length - 1;
        for (int i = 0; i < folders; i++) {
            if (VENDORED.contains(parts[i].toLowerCase(Locale.ROOT))) {
                return Roles.VENDORED;
            }
        }
        if (folders > 0 && parts[0].equals(".github")) {
            return Roles.PRODUCTION;
        }
        String byName = byFileName(parts[folders], describesArtifact);
        if (byName != null) {
            return byName;
        }
        for (int i = Math.min(folders, packageRoot(parts, folders)) - 1; i >= 0; i--) {
            String byFolder = byFolder(parts[i], i > 0 ? parts[i - 1] : null);
            if (byFolder != null) {
                return byFolder;
            }
        }
        return Roles.PRODUCTION;
    }

    /**
     * The index of the first package folder below the outermost JVM source root
     * ({@code src/<source set>/<java|kotlin|scala|groovy>/}), or {@code folders} when there is none.
     */
    private static int packageRoot(String[] parts, int folders) {
        for (int i = 2; i < folders; i++) {
            if (parts[i - 2].equals("src") && JVM_LANGUAGES.contains(parts[i])) {
                return i + 1;
            }
        }
        return folders;
    }

    private static String byFolder(String folder, String parent) {
        String name = folder.toLowerCase(Locale.ROOT);
        if (GENERATED.contains(name)) {
            return Roles.GENERATED;
        }
        if (LOCALE.contains(name) || androidValuesLocale(name)) {
            return Roles.LOCALE;
        }
        if (TEST.contains(name) || gradleTestSourceSet(folder, parent) || dotnetTestProject(name)) {
            return Roles.TEST;
        }
        if (EXAMPLE.contains(name)) {
            return Roles.EXAMPLE;
        }
        if (DOCS.contains(name)) {
            return Roles.DOCS;
        }
        return null;
    }

    /** src/it, src/integrationTest, src/androidTest, src/testFixtures: Maven and Gradle test source sets. */
    private static boolean gradleTestSourceSet(String folder, String parent) {
        return "src".equals(parent) && (folder.equals("it") || folder.equals("testFixtures")
                || folder.length() > 4 && folder.endsWith("Test"));
    }

    /** MyApp.Tests, MyApp.UnitTests, MyApp.Specs: .NET test projects. */
    private static boolean dotnetTestProject(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String suffix = name.substring(dot + 1);
        return suffix.equals("tests") || suffix.equals("test") || suffix.equals("specs")
                || suffix.endsWith("tests") && suffix.length() > 5;
    }

    /** res/values-fr/, values-pt-rBR/: Android string resources of one language. */
    private static boolean androidValuesLocale(String name) {
        return name.startsWith("values-") && LANGUAGES.contains(languageOf(name.substring(7)));
    }

    private static String byFileName(String file, boolean describesArtifact) {
        String name = file.toLowerCase(Locale.ROOT);
        if (generatedName(name)) {
            return Roles.GENERATED;
        }
        if (localeName(name)) {
            return Roles.LOCALE;
        }
        if (testName(name)) {
            return Roles.TEST;
        }
        if (exampleConfigName(name)) {
            return Roles.EXAMPLE;
        }
        int dot = name.indexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        // SECURITY.md is documentation, security.yaml is configuration
        if (!describesArtifact && DOC_NAMES.contains(stem) && Set.of("", "md", "markdown", "rst", "txt", "adoc").contains(extension)) {
            return Roles.DOCS;
        }
        return null;
    }

    /**
     * A configuration file named as an example of one: values-example.yaml, config.example.yaml,
     * example-settings.json, app.sample.toml; the word is a whole part of the name, at its end, or
     * "example" at its start. sampler.yaml, sample-rate.yaml (a sampling setting) and example.yaml
     * (nothing else to name) do not count, nor does source code, left to its folders
     * (Naive_RAG_Example.java is a program). {@code .env.example} stays production: it is the
     * settings contract the app's own .env is copied from, often the only record of its defaults.
     */
    /** Asked of every file first: most names hold no such word, and need no splitting into parts. */
    private static boolean mentionsExampleWord(String name) {
        for (String word : EXAMPLE_WORDS) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean exampleConfigName(String name) {
        if (!mentionsExampleWord(name)) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        for (String word : name.split("[-_.]")) {
            if (!word.isEmpty()) {
                parts.add(word);
            }
        }
        if (parts.size() < 3 || !CONFIG_EXTENSIONS.contains(parts.get(parts.size() - 1))) {
            return false;
        }
        return parts.get(0).equals("example") || EXAMPLE_WORDS.contains(parts.get(parts.size() - 2));
    }

    private static boolean generatedName(String name) {
        return name.endsWith(".pb.go") || name.endsWith("_pb2.py") || name.endsWith("_pb2_grpc.py")
                || name.endsWith("_pb2.pyi") || name.endsWith(".g.dart") || name.endsWith(".freezed.dart")
                || name.endsWith(".min.js") || name.endsWith(".min.css") || name.contains(".generated.");
    }

    private static boolean testName(String name) {
        if (name.endsWith(".py")) {
            return name.startsWith("test_") || name.endsWith("_test.py") || name.equals("conftest.py") || name.equals("tests.py");
        }
        if (name.endsWith("_test.go") || name.endsWith("_spec.rb") || name.endsWith("_test.rb")) {
            return true;
        }
        // x.test.ts, x.spec.jsx, x.cy.js: JavaScript and TypeScript test runners' conventions
        int last = name.lastIndexOf('.');
        if (last <= 0) {
            return false;
        }
        String extension = name.substring(last + 1);
        if (!Set.of("js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts").contains(extension)) {
            return false;
        }
        String stem = name.substring(0, last);
        return stem.endsWith(".test") || stem.endsWith(".spec") || stem.endsWith(".cy") || stem.endsWith(".e2e");
    }

    /** x.po, x.xliff, messages_fr.properties, fr.json, pt-BR.yml, Localizable.strings. */
    private static boolean localeName(String name) {
        if (name.endsWith(".po") || name.endsWith(".pot") || name.endsWith(".mo") || name.endsWith(".xliff")
                || name.endsWith(".xlf") || name.endsWith(".strings") || name.endsWith(".stringsdict")) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String stem = name.substring(0, dot);
        String extension = name.substring(dot + 1);
        if (extension.equals("properties")) {
            int underscore = stem.indexOf('_');
            return underscore > 0 && LANGUAGES.contains(languageOf(stem.substring(underscore + 1)));
        }
        return Set.of("json", "yml", "yaml", "toml").contains(extension) && LANGUAGES.contains(languageOf(stem))
                && stem.length() <= 7;
    }

    /** "fr", "pt-br", "zh_cn", "pt-rbr" → the two-letter language, or "" when it is not a locale tag. */
    private static String languageOf(String tag) {
        if (tag.length() == 2) {
            return tag;
        }
        if (tag.length() >= 4 && (tag.charAt(2) == '-' || tag.charAt(2) == '_')) {
            String region = tag.substring(3);
            if (region.length() == 2 || region.length() == 4 || region.length() == 3 && region.charAt(0) == 'r') {
                return tag.substring(0, 2);
            }
        }
        return "";
    }
}
