package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.calls.LocalModules;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ObservabilitySignal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version of a registry prompt put on the LangChain run's metadata, which LangSmith records on
 * the run and every call beneath it: {@code define_deep_agent(metadata=build_trace_metadata())},
 * {@code chain.with_config(metadata=...)}, where the function that builds the metadata, in this file
 * or a module of the repository one or more imports away, pulls a prompt from the LangSmith hub and
 * reads its commit ({@link PromptCommitFlow}). Metadata built otherwise, or a pulled commit that is
 * only logged, records no prompt version.
 */
public final class PromptVersionMetadataParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.py"));
    /** Both are needed: the metadata keyword, and a library whose runs LangSmith traces. */
    private static final Needles NEEDLES = Needles.grouped(List.of(List.of("metadata="),
            List.of("langchain", "langgraph", "langsmith", "deepagents")));
    private static final long BOTH = 0b11;
    private static final Needles METADATA = Needles.of("metadata=");
    /** Libraries whose runnables, graphs and agents hand {@code metadata=} to the LangSmith run they start. */
    private static final List<String> RUN_LIBRARIES = List.of("langchain", "langgraph", "langsmith", "deepagents",
            "managed_deepagents");

    public PromptVersionMetadataParser() {
        super("prompt-version-metadata", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (NEEDLES.groupsIn(file) != BOTH) {
            return false;
        }
        CodeFile code = CodeFile.parseIfMentions(file, METADATA, reason -> sink.error(0, 0, "run metadata not read: " + reason));
        if (code == null) {
            return false;
        }
        PromptCommitFlow flow = new PromptCommitFlow(new LocalModules(path -> file.otherFileText(path, LocalModules.MAX_BYTES)));
        for (Call call : code.calls()) {
            int metadata = call.form() == Call.Form.CALL && startsRun(call) ? call.keyword("metadata") : -1;
            String source = metadata < 0 ? null : flow.source(code, file.relativePath(), metadata);
            if (source != null) {
                Map<String, String> settings = new TreeMap<>();
                settings.put("api", "metadata");
                settings.put("promptVersionFrom", source);
                sink.classify("code", code.format(), "parsed");
                sink.observability(new ObservabilitySignal(file.subjectId() + "#langsmith-run-metadata", sink.location(code.lineOf(code.tree().start(metadata))),
                        "langsmith", "code", List.of("prompt-version"), List.of(), null, settings));
                return true;
            }
        }
        return false;
    }

    private static boolean startsRun(Call call) {
        if (call.name().equals("with_config")) {
            return true;
        }
        String qualified = call.qualified();
        for (String library : RUN_LIBRARIES) {
            if (qualified.startsWith(library + ".") || qualified.startsWith(library + "_")) {
                return true;
            }
        }
        return false;
    }
}
