package dev.rubric.collect.formats.observability;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ObservabilitySignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracing SDKs and GenAI instrumentation packages declared in dependency manifests
 * (requirements*.txt, pyproject.toml, package.json, pom.xml, build.gradle(.kts), go.mod). Another
 * parser classifies these files; this one only reports one signal per tracing package, at its line.
 */
public final class DependencySignalsParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("requirements*.txt", "pyproject.toml", "package.json", "pom.xml",
            "build.gradle", "build.gradle.kts", "go.mod"));
    private static final Pattern REQUIREMENT = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\\[[^\\]]*])?\\s*([^#;]*)");
    // RE2/J: java.util.regex retries it at every quote of a long line, which is quadratic
    private static final com.google.re2j.Pattern QUOTED = com.google.re2j.Pattern.compile("[\"']([A-Za-z0-9@][A-Za-z0-9._/@-]*)(\\[[^\\]]*])?\\s*([<>=~!^][^\"']*)?[\"']");
    private static final Pattern TOML_KEY = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*=\\s*(.*)$");
    private static final Pattern JSON_ENTRY = Pattern.compile("\"(@?[A-Za-z0-9][A-Za-z0-9._/@-]*)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern GO_REQUIRE = Pattern.compile("^\\s*(?:require\\s+)?([a-z0-9.-]+\\.[a-z]+/[^\\s]+)\\s+(v\\S+)");
    private static final Pattern POM_DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");
    private static final Pattern GRADLE = Pattern.compile("[\"']([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::([^\"'@:]+))?[\"']");

    private record Found(String name, String version, int line, TracingPackages.Known known) {
    }

    public DependencySignalsParser() {
        super("tracing-dependencies", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!TracingPackages.mentionsAny(file.text())) {
            return false;
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        List<Found> found;
        // where a JVM build sends its OpenTelemetry data: the exporter artifacts beside the SDK or bridge
        Set<String> exporters = new TreeSet<>();
        try {
            found = switch (name) {
                case "pyproject.toml" -> pyproject(file.text());
                case "package.json" -> lines(file.text(), JSON_ENTRY);
                case "go.mod" -> lines(file.text(), GO_REQUIRE);
                case "pom.xml" -> pom(file.text(), exporters);
                case "build.gradle", "build.gradle.kts" -> gradle(file.text(), exporters);
                default -> requirements(file.text());
            };
        } catch (RuntimeException e) {
            sink.error(0, 0, "cannot read the dependencies of this manifest: " + e);
            return false;
        }
        Map<String, Found> unique = new LinkedHashMap<>();
        found.forEach(f -> unique.putIfAbsent(f.name(), f));
        for (Found f : unique.values()) {
            Map<String, String> settings = new TreeMap<>();
            settings.put("package", f.name());
            if (f.version() != null && !f.version().isBlank()) {
                settings.put("version", f.version().strip());
            }
            sink.observability(new ObservabilitySignal(file.subjectId() + "#" + f.name(), sink.location(f.line()),
                    f.known().kind(), "dependency", f.known().records(),
                    f.known().kind().equals("otel") ? List.copyOf(exporters) : List.of(), null, settings));
        }
        return !unique.isEmpty();
    }

    private static List<Found> requirements(String text) {
        List<Found> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = REQUIREMENT.matcher(lines[i]);
            if (!lines[i].strip().startsWith("-") && matcher.find()) {
                add(out, matcher.group(1), matcher.group(3), i + 1);
            }
        }
        return out;
    }

    /** PEP 621 arrays of quoted requirements, and Poetry's {@code name = "^1.0"} tables. */
    private static List<Found> pyproject(String text) {
        List<Found> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            com.google.re2j.Matcher quoted = QUOTED.matcher(lines[i]);
            while (quoted.find()) {
                add(out, quoted.group(1), quoted.group(3), i + 1);
            }
            Matcher key = TOML_KEY.matcher(lines[i]);
            if (key.matches()) {
                String value = key.group(2).strip();
                add(out, key.group(1), value.startsWith("\"") ? value.replace("\"", "") : null, i + 1);
            }
        }
        return out;
    }

    private static List<Found> lines(String text, Pattern pattern) {
        List<Found> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = pattern.matcher(lines[i]);
            while (matcher.find()) {
                add(out, matcher.group(1), matcher.group(2), i + 1);
            }
        }
        return out;
    }

    private static void add(List<Found> out, String name, String version, int line) {
        TracingPackages.Known known = TracingPackages.of(name);
        if (known != null) {
            out.add(new Found(name, version, line, known));
        }
    }

    private static List<Found> pom(String text, Set<String> exporters) {
        List<Found> out = new ArrayList<>();
        boolean springAi = text.contains("org.springframework.ai");
        Matcher dependency = POM_DEPENDENCY.matcher(text);
        while (dependency.find()) {
            String body = dependency.group(1);
            String group = tag(body, "groupId");
            String artifact = tag(body, "artifactId");
            if (group == null || artifact == null) {
                continue;
            }
            TracingPackages.Known known = TracingPackages.ofMaven(group, artifact, springAi);
            if (known != null) {
                out.add(new Found(group + ":" + artifact, tag(body, "version"), lineOf(text, dependency.start()), known));
            }
            addExporter(exporters, group, artifact);
        }
        return out;
    }

    private static List<Found> gradle(String text, Set<String> exporters) {
        List<Found> out = new ArrayList<>();
        boolean springAi = text.contains("org.springframework.ai");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = GRADLE.matcher(lines[i]);
            while (matcher.find()) {
                TracingPackages.Known known = TracingPackages.ofMaven(matcher.group(1), matcher.group(2), springAi);
                if (known != null) {
                    out.add(new Found(matcher.group(1) + ":" + matcher.group(2), matcher.group(3), i + 1, known));
                }
                addExporter(exporters, matcher.group(1), matcher.group(2));
            }
        }
        return out;
    }

    private static void addExporter(Set<String> exporters, String group, String artifact) {
        String exporter = TracingPackages.mavenExporter(group, artifact);
        if (exporter != null) {
            exporters.add(exporter);
        }
    }

    private static String tag(String body, String name) {
        int start = body.indexOf("<" + name + ">");
        int end = body.indexOf("</" + name + ">");
        return start < 0 || end < start ? null : body.substring(start + name.length() + 2, end).strip();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
