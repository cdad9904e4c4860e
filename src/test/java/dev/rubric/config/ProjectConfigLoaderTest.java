package dev.rubric.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigLoaderTest {
    private final ProjectConfigLoader loader = new ProjectConfigLoader();

    @TempDir
    Path temp;

    @Test
    void readsTheScope() throws Exception {
        ProjectConfig config = loader.parse("""
                # what this repository's audit judges
                scope:
                  include: ["examples/reference-app/**"]
                  exclude:
                    - legacy/**
                    - "*.bak.yaml"
                """, ".rubric.yaml");
        assertThat(config.file()).isEqualTo(".rubric.yaml");
        assertThat(config.scope().include()).containsExactly("examples/reference-app/**");
        assertThat(config.scope().exclude()).containsExactly("legacy/**", "*.bak.yaml");
    }

    @Test
    void anEmptyFileOrScopeIsNoOverride() throws Exception {
        assertThat(loader.parse("", "c.yaml").scope()).isEqualTo(ProjectConfig.Scope.NONE);
        assertThat(loader.parse("# nothing yet\n", "c.yaml").scope()).isEqualTo(ProjectConfig.Scope.NONE);
        assertThat(loader.parse("scope: {}\n", "c.yaml").scope()).isEqualTo(ProjectConfig.Scope.NONE);
    }

    @Test
    void anUnknownKeyIsALocatedErrorNamingTheKnownOnes() {
        assertThat(problems("""
                scope:
                  include: [a]
                gate:
                  minLevel: 2
                """)).containsExactly("c.yaml:3:1: unknown key 'gate' at the top level (this version of rubric knows: "
                + "targets, scope, images, gates, waivers)");
        assertThat(problems("""
                scope:
                  includes: [a]
                """)).containsExactly("c.yaml:2:3: unknown key 'includes' in scope (known: exclude, include)");
        assertThat(problems("""
                gates:
                  min-level: 2
                """)).containsExactly("c.yaml:2:3: unknown key 'min-level' in gates (known: failUnder, minLevel, minCoverage, "
                + "dimensions, noRegression)");
    }

    @Test
    void aFileFromANewerVersionSaysWhichKeysThisOneKnows() {
        assertThat(problems("""
                clusters: [prod]
                notify: []
                """)).containsExactly(
                "c.yaml:1:1: unknown key 'clusters' at the top level (this version of rubric knows: targets, scope, images, gates, waivers); was this file written for a newer rubric?",
                "c.yaml:2:1: unknown key 'notify' at the top level (this version of rubric knows: targets, scope, images, gates, waivers); was this file written for a newer rubric?");
    }

    @Test
    void wrongShapesAreLocated() {
        assertThat(problems("scope: [a, b]\n")).singleElement().asString()
                .startsWith("c.yaml:1:8: scope must be a mapping with exclude and include");
        assertThat(problems("scope:\n  exclude: legacy/**\n")).singleElement().asString()
                .startsWith("c.yaml:2:12: scope.exclude must be a list of path globs");
        assertThat(problems("scope:\n  include:\n    - ok/**\n    - 3\n    - ''\n")).hasSize(2)
                .allSatisfy(p -> assertThat(p).contains("scope.include holds path globs"))
                .first().asString().startsWith("c.yaml:4:7:");
        assertThat(problems("- scope\n")).singleElement().asString().startsWith("c.yaml:1:1: a .rubric.yaml is a mapping");
        assertThat(problems("scope:\n  include: [a\n")).singleElement().asString().startsWith("c.yaml:3:1: malformed YAML");
    }

    @Test
    void duplicateKeysAreErrors() {
        assertThat(problems("scope:\n  include: [a]\n  include: [b]\n")).singleElement().asString()
                .startsWith("c.yaml:3:3: malformed YAML").contains("include");
    }

    @Test
    void aMissingFileOrAFolderIsAnError() throws Exception {
        assertThatThrownBy(() -> loader.load(temp.resolve("none.yaml"), "none.yaml"))
                .isInstanceOf(InvalidConfigException.class).hasMessage("none.yaml: no such file");
        assertThatThrownBy(() -> loader.load(temp, "dir"))
                .isInstanceOf(InvalidConfigException.class).hasMessage("dir: is a directory, not a .rubric.yaml file");
        Path file = temp.resolve(".rubric.yaml");
        Files.writeString(file, "scope:\n  exclude: [legacy]\n");
        assertThat(loader.load(file, ".rubric.yaml").scope().exclude()).containsExactly("legacy");
    }

    private List<String> problems(String text) {
        return ConfigProblems.of(loader, text);
    }

    @Test
    void imagesResolveIsABooleanOffByDefault() throws Exception {
        assertThat(loader.parse("scope: {}\n", "c.yaml").images().resolve()).isFalse();
        assertThat(loader.parse("images:\n  resolve: true\n", "c.yaml").images().resolve()).isTrue();
        assertThat(problems("images:\n  resolve: yes please\n"))
                .containsExactly("c.yaml:2:12: images.resolve must be true or false, not a string");
        assertThat(problems("images:\n  pull: true\n"))
                .containsExactly("c.yaml:2:3: unknown key 'pull' in images (known: resolve)");
    }
}
