package dev.rubric.collect.read.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What arguments evaluate to: each case passes the expression to {@code use(...)} and reads it back. */
class SyntaxValuesTest {

    /** The value of the first argument of every {@code use(...)} call, in order; "null" when unreadable. */
    private static List<String> uses(Grammar grammar, String source) {
        SyntaxTree tree = SyntaxParser.parse(grammar, source);
        SyntaxCode code = new SyntaxCode(tree);
        SyntaxValues values = new SyntaxValues(code);
        List<String> out = new ArrayList<>();
        for (int node = 0; node < tree.size(); node++) {
            List<String> path = code.isCall(node) ? code.calleePath(node) : List.of();
            if (!path.isEmpty() && path.get(path.size() - 1).equals("use")) {
                SyntaxValues.Value value = values.resolve(code.arguments(node).get(0).value());
                out.add(value == null ? "null" : value.text());
            }
        }
        return out;
    }

    @Test
    void a_field_is_read_in_its_own_class_only() {
        String source = """
                class A:
                    def __init__(self, model_name="gpt-4o"):
                        self.model_name = model_name
                    def run(self):
                        use(self.model_name)

                class B:
                    def __init__(self, model_name):
                        self.model_name = model_name
                    def run(self):
                        use(self.model_name)

                class C:
                    model_name: str = "o3"
                    def run(self):
                        use(self.model_name)
                """;
        assertThat(uses(Grammar.PYTHON, source)).containsExactly("gpt-4o", "null", "o3");
    }

    @Test
    void a_parameter_default_counts_in_its_own_function_and_hides_outer_names() {
        String source = """
                model = "module-level"
                def f(model="gpt-4.1"):
                    use(model)
                def g(model):
                    use(model)
                def h():
                    use(model)
                """;
        assertThat(uses(Grammar.PYTHON, source)).containsExactly("gpt-4.1", "null", "module-level");
    }

    @Test
    void a_type_annotation_without_a_value_is_not_a_value() {
        String source = """
                model: "PreTrainedModel"
                use(model)
                """;
        assertThat(uses(Grammar.PYTHON, source)).containsExactly("null");
    }

    @Test
    void python_environment_lookups_take_their_default_or_stay_a_reference() {
        String source = """
                import os
                use(os.getenv("A", "alpha"))
                use(os.environ.get("B", "beta"))
                use(os.environ["C"])
                use(os.getenv("D"))
                use(os.getenv("E") or "echo")
                """;
        assertThat(uses(Grammar.PYTHON, source)).containsExactly("alpha", "beta", "${C}", "${D}", "echo");
    }

    @Test
    void a_field_declared_with_a_type_holds_what_the_constructor_sets() {
        String source = """
                const CHAT = "gpt-4o";
                class A {
                  private model: string;
                  constructor() { this.model = CHAT; }
                  run() { use(this.model); }
                }
                """;
        assertThat(uses(Grammar.TYPESCRIPT, source)).containsExactly("gpt-4o");
    }

    @Test
    void javascript_environment_defaults() {
        String source = """
                const A = process.env.A ?? "alpha";
                use(A);
                use(process.env.B || "beta");
                use(process.env["C"]);
                """;
        assertThat(uses(Grammar.TYPESCRIPT, source)).containsExactly("alpha", "beta", "${C}");
    }

    @Test
    void java_constants_environment_and_spring_placeholders() {
        String source = """
                class A {
                    static final String TONE = "Be brief. ";
                    static final String ALL = TONE + "Cite sources.";
                    @Value("${CHAT_MODEL:gpt-4o-mini}") String chat;
                    @Value("${EMBEDDING_MODEL}") String embedding;
                    void f() {
                        use(ALL);
                        use(chat);
                        use(embedding);
                        use(System.getenv("X"));
                    }
                }
                """;
        assertThat(uses(Grammar.JAVA, source)).containsExactly("Be brief. Cite sources.", "gpt-4o-mini", "${EMBEDDING_MODEL}", "${X}");
    }

    @Test
    void go_kotlin_and_csharp_environment_lookups() {
        assertThat(uses(Grammar.GO, "package main\nfunc f() { m := os.Getenv(\"M\"); use(m) }\n")).containsExactly("${M}");
        assertThat(uses(Grammar.KOTLIN, "val m = System.getenv(\"M\") ?: \"mistral-large\"\nfun f() { use(m) }\n"))
                .containsExactly("mistral-large");
        String csharp = """
                class C {
                    void F(IConfiguration configuration) {
                        var d = Environment.GetEnvironmentVariable("D") ?? "chat-4o";
                        use(d);
                        use(configuration["E"]);
                    }
                }
                """;
        assertThat(uses(Grammar.CSHARP, csharp)).containsExactly("chat-4o", "${E}");
    }

    @Test
    void text_blocks_lose_their_indentation_and_raw_strings_keep_escapes() {
        String java = "class A { void f() { use(\"\"\"\n        Hello\n          there\n        \"\"\"); } }";
        assertThat(uses(Grammar.JAVA, java)).containsExactly("Hello\n  there\n");
        assertThat(uses(Grammar.PYTHON, "use(r\"a\\nb\")\nuse(\"a\\nb\")\n")).containsExactly("a\\nb", "a\nb");
    }

    @Test
    void raw_forms_of_each_language_keep_their_backslashes() {
        assertThat(uses(Grammar.CSHARP, "class A { void F() { use(@\"a\\nb\"); use(\"a\\tb\"); } }")).containsExactly("a\\nb", "a\tb");
        assertThat(uses(Grammar.GO, "package main\nfunc f() { use(`a\\nb`); use(\"a\\nb\") }\n")).containsExactly("a\\nb", "a\nb");
        assertThat(uses(Grammar.KOTLIN, "fun f() { use(\"\"\"a\\nb\"\"\"); use(\"a\\nb\") }\n")).containsExactly("a\\nb", "a\nb");
    }

    @Test
    void a_variable_in_a_concatenation_ends_what_can_be_read() {
        assertThat(uses(Grammar.JAVASCRIPT, "use(\"Hello \" + name + \" there\");\n")).containsExactly("Hello ");
        assertThat(uses(Grammar.JAVASCRIPT, "use(name + \" there\");\n")).containsExactly("null");
    }
}
