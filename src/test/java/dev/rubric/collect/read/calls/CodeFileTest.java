package dev.rubric.collect.read.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.read.syntax.Grammar;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeFileTest {

    @Test
    void pythonCallsResolveThroughImportsAndRelativeImportsNeverPassForALibrary() {
        CodeFile code = CodeFile.parse(Grammar.PYTHON, String.join("\n",
                "import phoenix as px",
                "from opentelemetry import trace",
                "from ..core.langfuse import Langfuse",
                "px.launch_app()",
                "trace.set_tracer_provider(p)",
                "Langfuse()",
                ""));
        assertThat(qualified(code, Call.Form.CALL)).containsExactly("phoenix.launch_app", "opentelemetry.trace.set_tracer_provider",
                "..core.langfuse.Langfuse");
    }

    @Test
    void javascriptImportsAndRequiresResolve() {
        CodeFile code = CodeFile.parse(Grammar.TYPESCRIPT, String.join("\n",
                "import { NodeSDK as Sdk } from '@opentelemetry/sdk-node';",
                "const { CallbackHandler } = require('langfuse-langchain');",
                "new Sdk({ serviceName: 'a' });",
                "new CallbackHandler({ baseUrl: 'http://lf' });",
                ""));
        List<Call> created = code.calls().stream().filter(c -> c.form() == Call.Form.NEW).toList();
        assertThat(created).extracting(Call::qualified).containsExactly("@opentelemetry/sdk-node.NodeSDK", "langfuse-langchain.CallbackHandler");
        assertThat(created.get(1).keywordValue("baseUrl")).isEqualTo("http://lf");
    }

    @Test
    void constantsAssignedOnceAreValuesAndFStringsAreNot() {
        CodeFile code = CodeFile.parse(Grammar.PYTHON, "A = 1536\nB = 'x'\nB = 'y'\nf(A, B, f'{A}-p', dim=A)\n");
        Call call = code.calls().stream().filter(c -> c.callee().equals("f")).findFirst().orElseThrow();
        assertThat(call.positionalValue(0)).isEqualTo("1536");
        assertThat(call.positionalValue(1)).as("assigned twice").isNull();
        assertThat(call.positionalValue(2)).as("interpolated").isNull();
        assertThat(code.number(call.keyword("dim"))).isEqualTo(1536L);
    }

    @Test
    void aGuardSaysWhetherTheEnvironmentDefaultTurnsTheCallOn() {
        assertThat(guard("if os.getenv('X', 'false') == 'true':\n    go()\n")).isEqualTo(new Guard("os.getenv('X', 'false') == 'true'", "X", false));
        assertThat(guard("if os.environ.get('X', 'TRUE').lower() == 'true':\n    go()\n").defaultOn()).isTrue();
        assertThat(guard("if os.getenv('X', 'off') != 'off':\n    go()\n").defaultOn()).isFalse();
        assertThat(guard("if os.getenv('X'):\n    go()\n")).isEqualTo(new Guard("os.getenv('X')", "X", false));
        assertThat(guard("if settings.tracing:\n    go()\n")).isEqualTo(new Guard("settings.tracing", null, null));
        assertThat(guard("if os.getenv('LOCAL', 'true') == 'true':\n    pass\nelse:\n    go()\n"))
                .isEqualTo(new Guard("not (os.getenv('LOCAL', 'true') == 'true')", "LOCAL", false));
        assertThat(guard("if a:\n    pass\nelif b:\n    pass\nelse:\n    go()\n")).as("half of an elif chain is no condition").isNull();
        assertThat(guard("go()\n")).isNull();
    }

    private static Guard guard(String source) {
        CodeFile code = CodeFile.parse(Grammar.PYTHON, source);
        Call go = code.calls().stream().filter(c -> c.callee().equals("go")).findFirst().orElseThrow();
        return Guard.of(code, go.node());
    }

    private static List<String> qualified(CodeFile code, Call.Form form) {
        return code.calls().stream().filter(c -> c.form() == form).map(Call::qualified).toList();
    }
}
