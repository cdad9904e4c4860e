package dev.rubric.collect.formats.observability;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.CodeFile;
import dev.rubric.collect.read.calls.Guard;
import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.syntax.Grammar;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ObservabilitySignal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tracing set up in code (formats.md §5): a Langfuse client, decorator or LangChain handler, a
 * Phoenix {@code register}, OpenInference and OpenTelemetry instrumentors, LangSmith's
 * {@code @traceable} and wrappers, an OpenTelemetry SDK tracer provider or exporter (Python, Node,
 * Java, .NET), Azure Monitor's distro, .NET's Application Insights SDK, Prompty's tracer hooked to
 * OpenTelemetry spans (which puts prompts and answers on them), and the OpenTelemetry resource
 * that stamps telemetry with the release and environment. One signal per tool and file, at its first set-up call;
 * its settings name the APIs used, the project, and how the code switches it: a literal
 * {@code enabled=False} says the client is off (it then records nothing), an enclosing
 * {@code if} on an environment variable says when it is on and, when the code's default decides
 * it, whether it is on by default.
 */
public final class TracingSetupParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.py", "*.ts", "*.tsx", "*.mts", "*.cts", "*.js",
            "*.jsx", "*.mjs", "*.cjs", "*.java", "*.kt", "*.cs"));
    /** Every rule's library name holds one of these; the rest of a repository's code is never parsed. */
    private static final Needles LIBRARIES = Needles.of("langfuse", "phoenix", "openinference", "langsmith", "opentelemetry",
            "OpenTelemetry", "traceloop", "mlflow", "micrometer.tracing", "ApplicationInsights");
    private static final List<String> ENABLED_ARGS = List.of("enabled", "tracing_enabled");
    private static final List<String> PROJECT_ARGS = List.of("project_name", "projectName", "project");

    /** What one file sets up for one tool. */
    private static final class Draft {
        int line = Integer.MAX_VALUE;
        final Set<String> apis = new TreeSet<>();
        final Set<String> records = new TreeSet<>();
        final Set<String> exporters = new LinkedHashSet<>();
        final Map<String, String> settings = new TreeMap<>();
        int setups;
        int disabledSetups;
        boolean anyUnguarded;
        Guard guard;
    }

    public TracingSetupParser() {
        super("tracing-code", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        CodeFile code = CodeFile.parseIfMentions(file, LIBRARIES, reason -> sink.error(0, 0, "tracing set-up in code not read: " + reason));
        if (code == null) {
            return false;
        }
        boolean springAi = code.imports().anyFrom("org.springframework.ai");
        boolean langfuse = code.imports().anyFrom("langfuse");
        Map<String, Draft> byKind = new TreeMap<>();
        for (Call call : code.calls()) {
            TracingSetups.Setup setup = TracingSetups.of(call, springAi, code.tree().grammar() == Grammar.CSHARP);
            if (setup == null && langfuse) {
                setup = TracingSetups.langfusePromptLink(call);
            }
            if (setup == null) {
                setup = TracingSetups.resourceIdentity(call);
            }
            if (setup == null) {
                setup = TracingSetups.promptyOnSpans(call);
            }
            if (setup != null) {
                add(byKind.computeIfAbsent(setup.kind(), k -> new Draft()), setup, call, code);
            }
        }
        if (byKind.isEmpty()) {
            return false;
        }
        sink.classify("code", code.format(), "parsed");
        byKind.forEach((kind, draft) -> sink.observability(signal(file.subjectId() + "#" + kind, sink, kind, draft)));
        return true;
    }

    private static void add(Draft draft, TracingSetups.Setup setup, Call call, CodeFile code) {
        draft.line = Math.min(draft.line, call.line());
        draft.apis.add(setup.api());
        boolean disabled = false;
        for (String name : ENABLED_ARGS) {
            disabled |= "false".equals(call.keywordValue(name));
        }
        if (!disabled) {
            draft.records.addAll(setup.records());
        }
        if (setup.exporter() != null) {
            draft.exporters.add(setup.exporter());
        }
        for (String name : setup.endpointArgs()) {
            String endpoint = call.keywordValue(name);
            if (endpoint != null && !endpoint.isBlank()) {
                draft.exporters.add(Secrets.scrubText(endpoint));
            }
        }
        for (String name : PROJECT_ARGS) {
            String project = call.keywordValue(name);
            if (project != null && !project.isBlank()) {
                draft.settings.putIfAbsent("project", project);
            }
        }
        if (setup.use()) {
            return;
        }
        draft.setups++;
        draft.disabledSetups += disabled ? 1 : 0;
        Guard guard = call.form() == Call.Form.IMPORT ? null : Guard.of(code, call.node());
        if (guard == null) {
            draft.anyUnguarded = true;
        } else if (draft.guard == null) {
            draft.guard = guard;
        }
    }

    private static ObservabilitySignal signal(String id, FileSink sink, String kind, Draft draft) {
        Map<String, String> settings = new TreeMap<>(draft.settings);
        settings.put("api", String.join(",", draft.apis));
        // a client switched off records nothing, whatever the decorators that use it
        boolean disabled = draft.setups > 0 && draft.disabledSetups == draft.setups;
        if (disabled) {
            settings.put("enabled", "false");
        }
        // a set-up that also runs unconditionally somewhere in the file is on whatever the guard says
        if (!draft.anyUnguarded && draft.guard != null) {
            settings.put("enabledWhen", Secrets.scrubText(draft.guard.condition()));
            if (draft.guard.variable() != null) {
                settings.put("enabledBy", draft.guard.variable());
            }
            if (draft.guard.defaultOn() != null) {
                settings.put("enabledByDefault", draft.guard.defaultOn().toString());
            }
        }
        return new ObservabilitySignal(id, sink.location(draft.line), kind, "code", disabled ? List.of() : List.copyOf(draft.records),
                new ArrayList<>(draft.exporters), null, settings);
    }
}
