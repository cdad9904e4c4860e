package dev.rubric.collect.tree;

import dev.rubric.collect.formats.Formats;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The index must give every parser exactly the hint its signature gives, though it asks only
 * about the names the derived prefilter lets through. Checked on every fixture and sample file and
 * on names made from many extensions, names and prefixes, in several folders and letter cases: a
 * narrowing a signature's derivation did not foresee would show here as a hidden file.
 */
class HintIndexTest {
    private static final List<String> FOLDERS = List.of("", "prompts/", "app/agent_prompts/", ".github/workflows/",
            "src/main/resources/", "deploy/k8s/");
    private static final List<String> BASES = List.of("x", "app", "config", "README", "Dockerfile", "Containerfile",
            "Modelfile", "Jenkinsfile", "CODEOWNERS", "MLmodel", ".env", "env", "requirements", "dev-requirements",
            "requirements-dev", "constraints", "application", "application-prod", "bootstrap", "logback-spring", "log4j2",
            "logging", "log_config", "compose", "docker-compose", "ai-inventory", "ai-bom", "models", "bom", "skprompt",
            "flow.dag", "promptfoo", "promptfooconfig", "eval-promptfoo", "trainer_state", "adapter_config",
            "dataset_info", "model_card", "modelcard", "otel-collector", "relay", "collector", "pyproject", "package",
            "package-lock", "pom", "build", "go", "uv", "poetry", "yarn", "pnpm-lock", "gradle", "Pipfile",
            ".gitlab-ci", "azure-pipelines", "system_prompt", "index.d", "bundle.min", "schema_pb2");
    private static final List<String> EXTENSIONS = List.of("", "yaml", "yml", "json", "txt", "md", "xml", "properties",
            "toml", "lock", "gradle", "kts", "mod", "sum", "lockfile", "tf", "sql", "sh", "bash", "example", "local",
            "in", "py", "ts", "tsx", "mts", "cts", "js", "jsx", "mjs", "cjs", "java", "kt", "go", "cs", "prompt",
            "prompty", "j2", "jinja", "jinja2", "st", "mustache", "hbs", "env", "dockerfile", "containerfile",
            "modelfile", "jenkinsfile", "cdx.json", "bom.json", "gitlab-ci.yml", "prod.yaml", "dag.yaml");

    @Test
    void the_index_gives_every_hint_the_signatures_give() throws IOException {
        List<FormatParser> parsers = Formats.all();
        HintIndex index = new HintIndex(parsers);
        int hinted = 0;
        for (String path : paths()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            Hint[] expected = new Hint[parsers.size()];
            boolean any = false;
            for (int i = 0; i < parsers.size(); i++) {
                FormatParser parser = parsers.get(i);
                expected[i] = parser.hint(path, name);
                if (expected[i] != Hint.NONE) {
                    any = true;
                    hinted++;
                    assertThat(parser.signature().names().accepts(NameFilter.lowerCase(name)))
                            .as("%s hints %s for %s but its derived prefilter %s refuses the name", parser.family(), expected[i],
                                    path, parser.signature().names())
                            .isTrue();
                }
            }
            Hint[] indexed = index.hints(path, name);
            if (any) {
                assertThat(indexed).as("indexed hints of %s", path).containsExactly(expected);
            } else {
                assertThat(indexed).as("indexed hints of %s", path).isNull();
            }
        }
        assertThat(hinted).as("names some parser hints").isGreaterThan(1_000);
    }


    @Test
    void parsers_past_the_sixty_fourth_are_asked_only_about_their_own_names() {
        List<FormatParser> parsers = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            parsers.add(new FormatParser("f" + i, Signature.of(Signature.weak("*.e" + i))) {
                @Override
                public boolean parse(ParsedFile file, FileSink sink) {
                    return false;
                }
            });
        }
        HintIndex index = new HintIndex(parsers);

        assertThat(index.candidates("x.e3").stream()).containsExactly(3);
        assertThat(index.candidates("X.E69").stream()).containsExactly(69);
        assertThat(index.candidates("x.txt")).isNull();
        assertThat(index.hints("a/x.e69", "x.e69")[69]).isEqualTo(Hint.WEAK);
    }

    private static Set<String> paths() throws IOException {
        Set<String> paths = new LinkedHashSet<>();
        for (Path root : List.of(Path.of("src/test/resources/collect"), Path.of("samples"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).forEach(file -> {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    int input = relative.indexOf("/input/");
                    paths.add(input >= 0 ? relative.substring(input + "/input/".length()) : relative);
                });
            }
        }
        List<String> extensions = new ArrayList<>(EXTENSIONS);
        for (String folder : FOLDERS) {
            for (String base : BASES) {
                for (String extension : extensions) {
                    String name = extension.isEmpty() ? base : base + "." + extension;
                    for (String cased : Arrays.asList(name, name.toUpperCase(java.util.Locale.ROOT),
                            Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
                        paths.add(folder + cased);
                    }
                }
            }
        }
        return paths;
    }
}
