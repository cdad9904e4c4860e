package dev.rubric.collect.formats.prompts;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.calls.LocalModules;
import dev.rubric.collect.read.refs.ModelPinning;
import dev.rubric.collect.read.prompts.PromptFacts;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.read.syntax.SyntaxUnavailableException;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import java.util.List;
import java.util.Set;

/**
 * A Managed Deep Agent's system prompt: {@code instructions.md} at the root of an MDA project, the
 * folder whose {@code agent.py} (or {@code agent.ts}, {@code agent.tsx}) defines the agent with
 * {@code define_deep_agent} from {@code managed_deepagents} ({@code defineDeepAgent} from
 * {@code managed-deepagents}). The runtime reads the file by its place, so nothing in the code
 * names it. An {@code instructions.md} beside any other entry file (a contributor guide, an
 * assistant's notes) is not a prompt.
 */
public final class ManagedAgentInstructionsParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("instructions.md").exactCase());
    static final String FORMAT = "mda-instructions";
    private static final List<String> ENTRIES = List.of("agent.py", "agent.ts", "agent.tsx");
    private static final Set<String> DEFINE = Set.of("managed_deepagents.define_deep_agent", "managed-deepagents.defineDeepAgent");

    public ManagedAgentInstructionsParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.carrier().equals("file") || file.text().isBlank() || !besideManagedAgent(file)) {
            return false;
        }
        sink.classify("prompt", FORMAT, "parsed");
        PromptSites.emitWholeFile(file, sink, FORMAT, new PromptFacts("instructions", null, null, null, null,
                ModelPinning.Origin.MODEL, null, null, null, "text", file.text()));
        return true;
    }

    private static boolean besideManagedAgent(ParsedFile file) {
        String folder = Documents.folder(file.relativePath());
        for (String entry : ENTRIES) {
            String text = file.otherFileText(folder.isEmpty() ? entry : folder + "/" + entry, LocalModules.MAX_BYTES);
            if (text != null && text.contains("managed") && definesAgent(entry, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean definesAgent(String entry, String text) {
        try {
            CodeFile code = CodeFile.parse(entry.endsWith(".py") ? Grammar.PYTHON : entry.endsWith(".tsx") ? Grammar.TSX
                    : Grammar.TYPESCRIPT, text);
            for (Call call : code.calls()) {
                if (call.form() == Call.Form.CALL && DEFINE.contains(call.qualified())) {
                    return true;
                }
            }
        } catch (SyntaxUnavailableException e) {
            // without the grammar the entry cannot be read: the file is left to the other readers
        }
        return false;
    }
}
