package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.calls.LocalModules;
import dev.rubric.collect.read.calls.Literals;
import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.HashSet;
import java.util.Set;

/**
 * Follows an expression's calls into the functions of the repository that compute it, to the one
 * that pulls a prompt from the LangSmith hub ({@code client.pull_prompt(name)}, {@code hub.pull(name)})
 * and reads the commit it was pulled at ({@code template.metadata["lc_hub_commit_hash"]}): the
 * expression then carries the version of the prompt that was used. Only results a function keeps
 * (returns or assigns) are followed, so a commit written to a log line is none. Bounded: at most
 * {@link #MAX_HOPS} functions deep, each function once, through the repository's own modules only.
 */
final class PromptCommitFlow {
    private static final int MAX_HOPS = 4;
    /** The key under which a LangChain prompt pulled from the LangSmith hub holds its commit. */
    private static final String HUB_COMMIT_KEY = "lc_hub_commit_hash";

    private final LocalModules modules;
    private final Set<String> visited = new HashSet<>();

    PromptCommitFlow(LocalModules modules) {
        this.modules = modules;
    }

    /** The path of the module that reads the pulled prompt's commit, when the expression's calls lead there; else null. */
    String source(CodeFile code, String path, int expression) {
        return reach(code, path, expression, 0);
    }

    private String reach(CodeFile code, String path, int node, int hops) {
        SyntaxTree tree = code.tree();
        int end = tree.subtreeEnd(node);
        for (Call call : code.calls()) {
            if (call.form() != Call.Form.CALL || call.node() < node || call.node() >= end || hops > 0 && !kept(tree, call.node())) {
                continue;
            }
            LocalModules.Definition target = modules.calleeOf(code, path, call);
            if (target == null || !target.code().tree().is(target.node(), "function_definition")
                    || !visited.add(target.path() + ":" + target.node())) {
                continue;
            }
            if (readsPulledCommit(target.code(), target.node())) {
                return target.path();
            }
            String deeper = hops + 1 < MAX_HOPS ? reach(target.code(), target.path(), target.node(), hops + 1) : null;
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** Whether a function pulls a hub prompt and names the key its commit is kept under. */
    private static boolean readsPulledCommit(CodeFile code, int function) {
        SyntaxTree tree = code.tree();
        int end = tree.subtreeEnd(function);
        boolean pulls = false;
        for (Call call : code.calls()) {
            if (call.form() == Call.Form.CALL && call.node() > function && call.node() < end && pullsFromHub(code, call)) {
                pulls = true;
                break;
            }
        }
        if (!pulls) {
            return false;
        }
        for (int n = function; n < end; n++) {
            if (tree.is(n, "string") && HUB_COMMIT_KEY.equals(Literals.string(tree, n)) && kept(tree, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a value inside a function is kept: returned, or assigned to a name. A call made for its
     * side effect ({@code load_prompt()} on its own line) or a commit only passed to a log line
     * carries nothing out of the function.
     */
    private static boolean kept(SyntaxTree tree, int node) {
        int holder = tree.ancestor(node, "return_statement", "assignment", "augmented_assignment", "expression_statement",
                "function_definition");
        return tree.is(holder, "return_statement") || tree.is(holder, "assignment") || tree.is(holder, "augmented_assignment");
    }

    /** {@code Client().pull_prompt(...)} in a file that imports langsmith; LangChain's {@code hub.pull(...)}. */
    private static boolean pullsFromHub(CodeFile code, Call call) {
        String qualified = call.qualified();
        if (qualified.equals("langchain.hub.pull") || qualified.equals("langchainhub.pull")) {
            return true;
        }
        return call.name().equals("pull_prompt") && code.imports().anyFrom("langsmith");
    }
}
