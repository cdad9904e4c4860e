package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.calls.Call;
import dev.rubric.collect.read.calls.LocalModules;
import dev.rubric.collect.read.syntax.SyntaxTree;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls that set up tracing in code, as data: each names the library entry point by the name
 * it resolves to through the file's imports (Python modules, npm packages, Java classes; C# has
 * no per-name imports, so its rules name the method), the tool it means and what it records. The
 * kinds and records are those the dependency and env readers use for the same tools, so criteria
 * read one vocabulary whatever the carrier.
 */
final class TracingSetups {
    /**
     * A matched call: the tool, what it records, the API name to show, and which arguments say
     * where it sends. A {@code use} (a decorator, {@code get_client()}) relies on a client set up
     * elsewhere or from the environment: it shows the tool is used, but says nothing of whether
     * or when the set-up runs.
     */
    record Setup(String kind, List<String> records, String api, List<String> endpointArgs, String exporter, boolean use) {
    }

    private record Rule(Pattern callee, Set<Call.Form> forms, String kind, List<String> records, List<String> endpointArgs,
                        String exporter) {
    }

    private static final List<String> TRACES = List.of("traces");
    private static final List<String> GENAI = List.of("genai-attributes", "traces");
    private static final List<String> ALL_SIGNALS = List.of("logs", "metrics", "traces");
    private static final List<String> PROMPT_VERSION = List.of("prompt-version");
    /**
     * Langfuse's OpenAI integration records every call's messages and completion as the
     * generation's input and output unless told otherwise: content capture is its default.
     */
    private static final List<String> GENAI_WITH_CONTENT = List.of("genai-attributes", "prompt-content", "traces");
    /** What Prompty's tracer puts on the spans of a hook that sets attributes: every traced call's inputs and result. */
    private static final List<String> PROMPTY_ON_SPANS = List.of("prompt-content", "traces");
    private static final Set<Call.Form> CALL = Set.of(Call.Form.CALL);
    private static final Set<Call.Form> NEW = Set.of(Call.Form.NEW, Call.Form.CALL);
    private static final Set<Call.Form> DECORATOR = Set.of(Call.Form.DECORATOR, Call.Form.CALL);
    private static final Set<Call.Form> IMPORT = Set.of(Call.Form.IMPORT);
    private static final List<String> NONE = List.of();
    /** MLflow autolog flavours that trace LLM and agent calls (the others log training runs). */
    private static final Set<String> MLFLOW_GENAI = Set.of("openai", "langchain", "llama_index", "anthropic", "bedrock",
            "gemini", "dspy", "litellm", "autogen", "crewai", "groq", "mistral", "openai_agents", "smolagents");
    /** Targets of OpenTelemetry instrumentations that are LLM or vector-store libraries, as Python modules name them. */
    /** Where OpenTelemetry's resource is built: Python's SDK, and the JavaScript resources package. */
    private static final Pattern RESOURCE = Pattern.compile(
            "^(opentelemetry\\.sdk\\.resources\\.Resource(\\.create)?|@opentelemetry/resources\\.(Resource|resourceFromAttributes))$");
    private static final Pattern OTEL_INSTRUMENTOR = Pattern.compile("^opentelemetry\\.instrumentation\\.(\\w+)\\.\\w+Instrumentor\\(\\)\\.instrument$");

    private static final List<Rule> RULES = List.of(
            // Langfuse, Python and JavaScript
            rule("^langfuse\\.Langfuse$", NEW, "langfuse", TRACES, "host", "base_url", "baseUrl"),
            rule("^langfuse(\\.decorators)?\\.observe$", DECORATOR, "langfuse", TRACES),
            rule("^langfuse\\.get_client$", CALL, "langfuse", TRACES),
            rule("^(langfuse\\.(callback|langchain)|langfuse-langchain|@langfuse/langchain)\\.CallbackHandler$", NEW, "langfuse",
                    TRACES, "host", "baseUrl"),
            // the drop-in OpenAI client: importing it is the whole set-up
            rule("^langfuse\\.openai\\.", IMPORT, "langfuse", GENAI_WITH_CONTENT),
            rule("^(langfuse|@langfuse/openai)\\.observeOpenAI$", CALL, "langfuse", GENAI_WITH_CONTENT),
            rule("^@langfuse/otel\\.LangfuseSpanProcessor$", NEW, "langfuse", TRACES, "baseUrl"),
            // Arize Phoenix and OpenInference
            rule("^phoenix\\.otel\\.register$", CALL, "phoenix", TRACES, "endpoint"),
            rule("^phoenix\\.launch_app$", CALL, "phoenix", TRACES),
            rule("^@arizeai/phoenix-otel\\.register$", CALL, "phoenix", TRACES, "url"),
            rule("^openinference\\.instrumentation\\.[\\w.]+\\.\\w+Instrumentor\\(\\)\\.instrument$", CALL, "openinference", GENAI),
            rule("^@arizeai/openinference-instrumentation-[\\w-]+\\.\\w+Instrumentation$", NEW, "openinference", GENAI),
            // the prompt template, its variables and version, set on the spans made inside (llm.prompt_template.*)
            rule("^openinference\\.instrumentation\\.using_prompt_template$", CALL, "openinference", PROMPT_VERSION),
            rule("^@arizeai/openinference-core\\.setPromptTemplate$", CALL, "openinference", PROMPT_VERSION),
            // LangSmith
            rule("^langsmith(\\.run_helpers)?\\.traceable$", DECORATOR, "langsmith", TRACES),
            rule("^langsmith\\.wrappers\\.wrap_\\w+$", CALL, "langsmith", GENAI),
            rule("^langsmith\\.Client$", CALL, "langsmith", TRACES, "api_url"),
            rule("^langsmith/traceable\\.traceable$", CALL, "langsmith", TRACES),
            rule("^langsmith/wrappers(/\\w+)?\\.wrap\\w+$", CALL, "langsmith", GENAI),
            // Traceloop and MLflow tracing
            rule("^traceloop\\.sdk\\.Traceloop\\.init$", CALL, "traceloop", GENAI, "api_endpoint"),
            rule("^@traceloop/node-server-sdk\\.initialize$", CALL, "traceloop", GENAI, "baseUrl"),
            rule("^mlflow\\.trace$", DECORATOR, "mlflow", TRACES),
            // OpenTelemetry SDK, Python
            rule("^opentelemetry\\.sdk\\.trace\\.TracerProvider$", CALL, "otel", TRACES),
            rule("^opentelemetry\\.trace\\.set_tracer_provider$", CALL, "otel", TRACES),
            rule("^opentelemetry\\.exporter\\.otlp\\.[\\w.]+\\.OTLPSpanExporter$", CALL, "otel", TRACES, "endpoint"),
            rule("^opentelemetry\\.exporter\\.otlp\\.[\\w.]+\\.OTLPMetricExporter$", CALL, "otel", List.of("metrics"), "endpoint"),
            rule("^opentelemetry\\.exporter\\.otlp\\.[\\w.]+\\.OTLPLogExporter$", CALL, "otel", List.of("logs"), "endpoint"),
            rule("^opentelemetry\\.sdk\\.metrics\\.MeterProvider$", CALL, "otel", List.of("metrics")),
            rule("^opentelemetry\\.sdk\\._logs\\.LoggerProvider$", CALL, "otel", List.of("logs")),
            azureMonitor("^azure\\.monitor\\.opentelemetry\\.configure_azure_monitor$", CALL),
            new Rule(Pattern.compile("^azure\\.monitor\\.opentelemetry\\.exporter\\.AzureMonitorTraceExporter$"), CALL, "otel", TRACES, NONE,
                    "azure-monitor"),
            new Rule(Pattern.compile("^azure\\.monitor\\.opentelemetry\\.exporter\\.AzureMonitorMetricExporter$"), CALL, "otel",
                    List.of("metrics"), NONE, "azure-monitor"),
            new Rule(Pattern.compile("^azure\\.monitor\\.opentelemetry\\.exporter\\.AzureMonitorLogExporter$"), CALL, "otel",
                    List.of("logs"), NONE, "azure-monitor"),
            // OpenTelemetry SDK, Node
            rule("^@opentelemetry/sdk-node\\.NodeSDK$", NEW, "otel", TRACES),
            rule("^@opentelemetry/sdk-trace-(node|base|web)\\.\\w*TracerProvider$", NEW, "otel", TRACES),
            rule("^@opentelemetry/exporter-trace-otlp-(http|grpc|proto)\\.OTLPTraceExporter$", NEW, "otel", TRACES, "url"),
            azureMonitor("^@azure/monitor-opentelemetry\\.useAzureMonitor$", CALL),
            rule("^@vercel/otel\\.registerOTel$", CALL, "otel", TRACES),
            // OpenTelemetry SDK and Micrometer tracing, Java and Kotlin
            rule("^io\\.opentelemetry\\.sdk\\.(OpenTelemetrySdk|trace\\.SdkTracerProvider)\\.builder$", CALL, "otel", TRACES),
            rule("^io\\.opentelemetry\\.sdk\\.autoconfigure\\.AutoConfiguredOpenTelemetrySdk\\.(initialize|builder)$", CALL, "otel", TRACES),
            rule("^io\\.opentelemetry\\.exporter\\.otlp\\.[\\w.]+\\.Otlp(Grpc|Http)SpanExporter(\\.builder)?$", NEW, "otel", TRACES),
            rule("^io\\.micrometer\\.tracing\\.otel\\.bridge\\.Otel\\w+$", NEW, "otel", TRACES),
            azureMonitor("^com\\.azure\\.monitor\\.opentelemetry\\.[\\w.]+\\.(AzureMonitor\\w*\\.\\w+|AzureMonitorExporter\\w*)$", NEW));

    /** .NET: extension methods on the host builder, known by name since {@code using} imports whole namespaces. */
    private static final List<Rule> DOTNET_RULES = List.of(
            rule("(^|\\.)AddOpenTelemetry$", CALL, "otel", TRACES),
            rule("(^|\\.)CreateTracerProviderBuilder$", CALL, "otel", TRACES),
            azureMonitor("(^|\\.)UseAzureMonitor$", CALL),
            // the classic Application Insights SDK, sending to Azure Monitor: request and dependency
            // telemetry, and the logging provider
            new Rule(Pattern.compile("(^|\\.)AddApplicationInsightsTelemetry(WorkerService)?$"), CALL, "application-insights",
                    List.of("metrics", "traces"), NONE, "azure-monitor"),
            new Rule(Pattern.compile("(^|\\.)AddApplicationInsights$"), CALL, "application-insights", List.of("logs"), NONE,
                    "azure-monitor"));

    private TracingSetups() {
    }

    /** The set-up a call is, or null. */
    static Setup of(Call call, boolean springAi, boolean dotnet) {
        String callee = call.qualified();
        Matcher instrumentor = OTEL_INSTRUMENTOR.matcher(callee);
        if (call.form() == Call.Form.CALL && instrumentor.matches()) {
            String target = instrumentor.group(1).toLowerCase(Locale.ROOT).replace('_', '-');
            return new Setup("otel", TracingPackages.isGenAiTarget(target) ? GENAI : TRACES, instrumentorName(callee), NONE, null, false);
        }
        if (call.form() == Call.Form.CALL && callee.matches("^mlflow\\.\\w+\\.autolog$")) {
            String flavour = callee.substring("mlflow.".length(), callee.length() - ".autolog".length());
            return MLFLOW_GENAI.contains(flavour) ? new Setup("mlflow", TRACES, flavour + ".autolog", NONE, null, false) : null;
        }
        for (Rule rule : dotnet ? DOTNET_RULES : RULES) {
            if (rule.forms.contains(call.form()) && rule.callee.matcher(callee).find()) {
                boolean micrometer = callee.startsWith("io.micrometer.");
                List<String> records = micrometer && springAi ? GENAI : masked(rule, call) ? withRedaction(rule.records)
                        : tracesContent(rule, call) ? GENAI_WITH_CONTENT : rule.records;
                return new Setup(rule.kind, records, call.form() == Call.Form.IMPORT ? callee : api(call), rule.endpointArgs,
                        rule.exporter, call.form() == Call.Form.DECORATOR || callee.endsWith(".get_client"));
            }
        }
        return null;
    }

    /**
     * A model call given {@code langfuse_prompt=}: Langfuse's OpenAI integration links the generation
     * to that registry prompt and records its name and version on the observation. Only in a file
     * that imports langfuse, where the keyword means that; it uses a client set up elsewhere.
     */
    static Setup langfusePromptLink(Call call) {
        if (call.form() != Call.Form.CALL || call.keyword("langfuse_prompt") == SyntaxTree.NONE) {
            return null;
        }
        return new Setup("langfuse", PROMPT_VERSION, "langfuse_prompt", NONE, null, true);
    }

    /**
     * Prompty's tracer hooked to OpenTelemetry ({@code Tracer.add("OpenTelemetry", trace_span)}), where
     * the hook is the file's own function that starts a span and sets attributes on it: Prompty hands
     * every traced call's inputs and result to the hook, prompts and answers included, so they go on
     * the spans. A hook of Prompty's own ({@code console_tracer}) or one that starts no span is not this.
     */
    static Setup promptyOnSpans(Call call) {
        if (call.form() != Call.Form.CALL || !call.qualified().equals("prompty.tracer.Tracer.add")
                || !call.file().imports().anyFrom("opentelemetry")) {
            return null;
        }
        SyntaxTree tree = call.tree();
        int hook = call.positional(1);
        int function = tree.is(hook, "identifier") ? LocalModules.topLevel(tree, tree.text(hook)) : SyntaxTree.NONE;
        if (!tree.is(function, "function_definition")) {
            return null;
        }
        boolean span = false;
        boolean attributes = false;
        for (Call inner : call.file().calls()) {
            if (inner.node() > function && inner.node() < tree.subtreeEnd(function)) {
                span |= inner.name().equals("start_as_current_span") || inner.name().equals("start_span");
                attributes |= inner.name().equals("set_attribute") || inner.name().equals("set_attributes");
            }
        }
        return span && attributes ? new Setup("otel", PROMPTY_ON_SPANS, "Tracer.add", NONE, null, true) : null;
    }

    /**
     * An OpenTelemetry resource built in code ({@code Resource.create({"service.version": VERSION,
     * "deployment.environment.name": ENV})}, {@code resourceFromAttributes({[ATTR_SERVICE_VERSION]: v})}):
     * every span and log the provider it is given to sends carries those attributes, so telemetry says
     * which release and which environment produced it. Keys count as written or as the semantic
     * convention constants that spell them; a resource without either key records nothing.
     */
    static Setup resourceIdentity(Call call) {
        if (call.form() == Call.Form.IMPORT || !RESOURCE.matcher(call.qualified()).find()) {
            return null;
        }
        int attributes = call.keyword("attributes");
        if (attributes == SyntaxTree.NONE) {
            attributes = call.positional(0);
        }
        SyntaxTree tree = call.tree();
        java.util.TreeSet<String> records = new java.util.TreeSet<>();
        for (int pair = attributes == SyntaxTree.NONE ? SyntaxTree.NONE : tree.firstChild(attributes); pair != SyntaxTree.NONE;
                pair = tree.nextSibling(pair)) {
            if (tree.is(pair, "pair")) {
                String key = resourceKey(call, tree.child(pair, "key"));
                if (key.equals("service.version") || key.endsWith("SERVICE_VERSION")) {
                    records.add("service-version");
                } else if (key.startsWith("deployment.environment") || key.contains("DEPLOYMENT_ENVIRONMENT")) {
                    records.add("environment");
                }
            }
        }
        return records.isEmpty() ? null : new Setup("otel", List.copyOf(records), "Resource", NONE, null, true);
    }

    /** A resource key: a string, or the constant's last name ({@code ResourceAttributes.SERVICE_VERSION}, {@code [ATTR_SERVICE_VERSION]}). */
    private static String resourceKey(Call call, int key) {
        SyntaxTree tree = call.tree();
        String literal = key == SyntaxTree.NONE ? null : call.file().string(key);
        if (literal != null) {
            return literal;
        }
        String text = key == SyntaxTree.NONE ? "" : tree.text(key).replaceAll("[\\[\\]\\s]", "");
        return text.substring(text.lastIndexOf('.') + 1);
    }

    /**
     * A Langfuse client built with a masking function ({@code Langfuse(mask=redact)} in Python,
     * {@code new Langfuse({mask: redact})} in JavaScript) runs it over every input and output before they
     * leave the process: captured content is redacted.
     */
    private static boolean masked(Rule rule, Call call) {
        return rule.kind.equals("langfuse") && call.form() != Call.Form.IMPORT && call.form() != Call.Form.DECORATOR
                && call.keyword("mask") != SyntaxTree.NONE;
    }

    /**
     * Traceloop (OpenLLMetry) puts prompts, completions and embeddings on the spans unless told not
     * to: {@code Traceloop.init(trace_content=False)}, {@code initialize({traceContent: false})}.
     * Only the default or a literal true counts; a value the code computes may say either.
     * (TRACELOOP_TRACE_CONTENT=false in the environment also turns it off; that is not read here.)
     */
    private static boolean tracesContent(Rule rule, Call call) {
        if (!rule.kind.equals("traceloop")) {
            return false;
        }
        int flag = call.keyword("trace_content");
        if (flag == SyntaxTree.NONE) {
            flag = call.keyword("traceContent");
        }
        return flag == SyntaxTree.NONE || "true".equalsIgnoreCase(call.file().value(flag));
    }

    private static List<String> withRedaction(List<String> records) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>(records);
        out.add("redaction");
        return List.copyOf(out);
    }

    /** The name an API is shown by: the last part of the callee, with the instrumentor's class for {@code X().instrument}. */
    private static String api(Call call) {
        String callee = call.callee();
        if (callee.endsWith("().instrument")) {
            return instrumentorName(callee);
        }
        // OpenTelemetrySdk.builder: a factory method is known by its class
        String name = call.name();
        String head = callee.substring(0, Math.max(0, callee.length() - name.length() - 1));
        String owner = head.substring(head.lastIndexOf('.') + 1);
        return !owner.isEmpty() && Character.isUpperCase(owner.charAt(0)) && Character.isLowerCase(name.charAt(0))
                ? owner + "." + name : name;
    }

    private static String instrumentorName(String callee) {
        String head = callee.substring(0, callee.length() - "().instrument".length());
        return head.substring(head.lastIndexOf('.') + 1);
    }

    private static Rule rule(String callee, Set<Call.Form> forms, String kind, List<String> records, String... endpointArgs) {
        return new Rule(Pattern.compile(callee), forms, kind, records, List.of(endpointArgs), null);
    }

    /** Azure Monitor's OpenTelemetry distro: one call sets up traces, metrics and logs, sent to Application Insights. */
    private static Rule azureMonitor(String callee, Set<Call.Form> forms) {
        return new Rule(Pattern.compile(callee), forms, "otel", ALL_SIGNALS, NONE, "azure-monitor");
    }
}
