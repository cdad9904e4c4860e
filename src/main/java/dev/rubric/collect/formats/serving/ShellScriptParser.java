package dev.rubric.collect.formats.serving;

import dev.rubric.collect.read.container.ServingArgs;
import dev.rubric.collect.read.container.ServingCommand;
import dev.rubric.collect.read.container.ServingDraft;
import dev.rubric.collect.read.container.ServingEvidence;
import dev.rubric.collect.read.container.ShellWords;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.container.ShellWords.Command;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shell scripts that start a model server ({@code run.sh}, {@code serve.sh}, formats.md §0.3):
 * vLLM, TGI and LoRAX command lines with line continuations and {@code ${VAR:-default}}
 * defaults. A script is a serving config only when a command (not a comment, not an echo)
 * starts a server.
 */
public final class ShellScriptParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{sh,bash}"));

    public ShellScriptParser() {
        super("serving-shell", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!ServingCommand.mentionsServer(file.text())) {
            return false;
        }
        try {
            return read(file, sink);
        } catch (RuntimeException e) {
            sink.error(0, 0, "cannot read the serving commands of this script: " + e);
            return false;
        }
    }

    private static boolean read(ParsedFile file, FileSink sink) {
        Map<String, String> variables = new HashMap<>();
        List<ServingCommand.Invocation> found = new ArrayList<>();
        for (Command command : ShellWords.commands(file.text(), variables, 1)) {
            ServingCommand.Invocation invocation = ServingCommand.find(command.words());
            if (invocation != null) {
                found.add(invocation);
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        sink.classify("serving-config", "shell", "parsed");
        for (ServingCommand.Invocation invocation : found) {
            ServingDraft draft = new ServingDraft(invocation.engine(), "shell");
            ServingArgs.apply(invocation.args(), draft, invocation.positionalModel());
            String id = found.size() == 1 ? file.subjectId() : file.subjectId() + "#L" + invocation.line();
            ServingEvidence.emit(draft, id, sink.location(invocation.line()), sink);
        }
        return true;
    }
}
