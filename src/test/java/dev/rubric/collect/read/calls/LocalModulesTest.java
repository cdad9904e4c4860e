package dev.rubric.collect.read.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.collect.read.syntax.Grammar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalModulesTest {
    private final List<String> read = new ArrayList<>();
    private final Map<String, String> files = Map.of(
            "svc/src/agents/llm.py", "from langchain_openai import ChatOpenAI\n\nclass ChatLLM(ChatOpenAI):\n    pass\n",
            "svc/src/agents/tools/__init__.py", "def lookup():\n    return 1\n",
            "svc/src/agents/agents.py", "x = 1\n");
    private final LocalModules modules = new LocalModules(path -> {
        read.add(path);
        return files.get(path);
    });

    @Test
    void anAbsoluteImportIsFoundBelowAFolderAboveTheImportingFile() {
        LocalModules.Definition found = modules.definition("svc/src/agents/agents.py", "src.agents.llm.ChatLLM");
        assertThat(found).isNotNull();
        assertThat(found.path()).isEqualTo("svc/src/agents/llm.py");
        assertThat(found.code().tree().type(found.node())).isEqualTo("class_definition");
    }

    @Test
    void relativeImportsAndPackagesResolveFromTheImportingFilesPackage() {
        assertThat(modules.definition("svc/src/agents/agents.py", ".llm.ChatLLM").path()).isEqualTo("svc/src/agents/llm.py");
        assertThat(modules.definition("svc/src/agents/agents.py", ".tools.lookup").path()).isEqualTo("svc/src/agents/tools/__init__.py");
        assertThat(modules.definition("svc/src/agents/sub/agents.py", "..llm.ChatLLM").path()).isEqualTo("svc/src/agents/llm.py");
    }

    @Test
    void aLibraryOrANameTheModuleDoesNotDefineResolvesToNothing() {
        assertThat(modules.definition("svc/src/agents/agents.py", "langchain_openai.ChatOpenAI")).isNull();
        assertThat(modules.definition("svc/src/agents/agents.py", "src.agents.llm.ChatLLM2")).isNull();
        assertThat(modules.definition("svc/src/agents/agents.py", "ChatLLM")).isNull();
    }

    @Test
    void aModuleIsReadOnceHoweverOftenItIsAskedAbout() {
        modules.definition("svc/src/agents/agents.py", ".llm.ChatLLM");
        modules.definition("svc/src/agents/agents.py", ".llm.Other");
        assertThat(read).containsOnlyOnce("svc/src/agents/llm.py");
    }

    @Test
    void aCallIsFollowedToItsDefinitionOnlyWhenTheRepositoryWritesIt() {
        CodeFile code = CodeFile.parse(Grammar.PYTHON, String.join("\n",
                "import os",
                "from src.agents.llm import ChatLLM",
                "def local():",
                "    return 1",
                "ChatLLM()",
                "local()",
                "os.getenv('X')",
                "self.get_tools()",
                ""));
        List<String> found = new ArrayList<>();
        for (Call call : code.calls()) {
            if (call.form() == Call.Form.CALL) {
                LocalModules.Definition d = modules.calleeOf(code, "svc/src/agents/agents.py", call);
                found.add(call.callee() + "=" + (d == null ? null : d.path()));
            }
        }
        assertThat(found).containsExactly("ChatLLM=svc/src/agents/llm.py", "local=svc/src/agents/agents.py", "os.getenv=null",
                "self.get_tools=null");
    }
}
