package dev.rubric.collect.formats.supplychain;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.formats.supplychain.DockerInstructions.Instruction;
import dev.rubric.collect.read.refs.ImageReferences;
import dev.rubric.evidence.ImageRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Dockerfiles and Containerfiles: what each stage is built FROM and how firmly that is pinned,
 * the labels that tie the image back to its source (OCI {@code org.opencontainers.image.*}), the
 * build ARGs, the user and whether an entrypoint is declared. Confirmed by a FROM instruction.
 * The model server the final stage starts is read from the same file ({@link DockerfileServing}).
 */
public final class DockerfileParser extends FormatParser {
    static final String OCI_PREFIX = "org.opencontainers.image.";
    /** Label Schema, the predecessor of the OCI keys, still written by older pipelines. */
    private static final Map<String, String> LEGACY_LABELS = Map.of(
            "org.label-schema.vcs-ref", "revision", "org.label-schema.vcs-url", "source",
            "org.label-schema.version", "version", "org.label-schema.build-date", "created");
    /** Tags: which readers a name gets. The build facts need a real Dockerfile; the server reader is looser. */
    private static final String BUILD = "build";
    private static final String SERVING = "serving";
    private static final Signature SIGNATURE = Signature.of(
            // BuildKit's per-Dockerfile ignore file: the server reader has always looked at it, the build reader not
            Signature.weak("dockerfile.dockerignore", "dockerfile.*.dockerignore").tagged(SERVING),
            Signature.none("*.dockerignore"),
            Signature.strong("dockerfile", "dockerfile.*", "*.dockerfile", "containerfile").tagged(BUILD, SERVING),
            Signature.strong("containerfile.*", "*.containerfile").tagged(BUILD));
    private static final DockerfileServing SERVER = new DockerfileServing();
    // RE2/J: (?m)^\s* restarts at every line of a run of blank lines, quadratic in java.util.regex
    private static final com.google.re2j.Pattern FROM_LINE = com.google.re2j.Pattern.compile("(?im)^\\s*FROM\\s+\\S");

    public DockerfileParser() {
        super("dockerfile", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        Set<String> readers = SIGNATURE.tags(file.relativePath(), file.fileName());
        // the server is read first, as when it had a parser of its own: it never classifies the file
        boolean recognised = readers.contains(SERVING) && SERVER.read(file, sink);
        if (readers.contains(BUILD)) {
            recognised |= readBuild(file, sink);
        }
        return recognised;
    }

    private boolean readBuild(ParsedFile file, FileSink sink) {
        if (!FROM_LINE.matcher(file.text()).find()) {
            return false;
        }
        List<Instruction> instructions = DockerInstructions.read(file.text());
        if (instructions.stream().noneMatch(i -> i.keyword().equals("FROM"))) {
            return false;
        }
        sink.classify("dockerfile", "dockerfile", "parsed");
        BuildArgs globalArgs = new BuildArgs();
        List<Map<String, Object>> stages = new ArrayList<>();
        Map<String, Map<String, Object>> stagesByName = new HashMap<>();
        Map<String, String> labels = new TreeMap<>();
        List<Map<String, Object>> args = new ArrayList<>();
        String revisionArg = null;
        String user = null;
        boolean entrypoint = false;
        boolean cmd = false;
        for (Instruction instruction : instructions) {
            switch (instruction.keyword()) {
                case "FROM" -> {
                    Map<String, Object> stage = stage(instruction, globalArgs, stagesByName, sink);
                    if (stage != null) {
                        stages.add(stage);
                        if (stage.get("name") instanceof String name) {
                            stagesByName.put(name.toLowerCase(Locale.ROOT), stage);
                        }
                    }
                    user = null;
                }
                case "ARG" -> {
                    for (String word : DockerInstructions.words(instruction.arguments())) {
                        Map<String, Object> arg = arg(word);
                        args.add(arg);
                        if (stages.isEmpty()) {
                            globalArgs.declare((String) arg.get("name"), (String) arg.get("default"));
                        }
                    }
                }
                case "LABEL" -> {
                    for (Map.Entry<String, String> label : labels(instruction).entrySet()) {
                        labels.put(label.getKey(), label.getValue());
                        if (isRevisionLabel(label.getKey())) {
                            revisionArg = BuildArgs.soleReference(label.getValue());
                        }
                    }
                }
                case "USER" -> user = instruction.arguments().isBlank() ? null : instruction.arguments().strip();
                case "ENTRYPOINT" -> entrypoint = true;
                case "CMD" -> cmd = true;
                default -> {
                }
            }
        }
        sink.fact("stages", stages);
        Map<String, Object> last = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        if (last != null) {
            sink.fact("baseImage", last.get("baseImage"));
            sink.fact("basePinning", last.get("basePinning"));
        }
        sink.fact("fromPinned", stages.stream().filter(s -> !s.containsKey("fromStage"))
                .allMatch(s -> ImageRef.PINNED.equals(s.get("pinning")) || Boolean.TRUE.equals(s.get("scratch"))));
        if (!labels.isEmpty()) {
            Map<String, String> kept = new TreeMap<>();
            labels.forEach((key, value) -> {
                String safe = Secrets.keepOrNull(key, value);
                kept.put(key, safe == null ? Secrets.MARKER : Secrets.scrubText(safe));
            });
            sink.fact("labels", kept);
            TreeSet<String> oci = new TreeSet<>();
            for (String key : labels.keySet()) {
                if (key.startsWith(OCI_PREFIX)) {
                    oci.add(key.substring(OCI_PREFIX.length()));
                } else if (LEGACY_LABELS.containsKey(key)) {
                    oci.add(LEGACY_LABELS.get(key));
                }
            }
            if (!oci.isEmpty()) {
                sink.fact("ociLabels", List.copyOf(oci));
            }
        }
        sink.fact("revisionArg", revisionArg);
        if (!args.isEmpty()) {
            sink.fact("args", args);
        }
        sink.fact("user", user);
        sink.fact("entrypoint", entrypoint);
        sink.fact("cmd", cmd);
        return true;
    }

    private static boolean isRevisionLabel(String key) {
        return key.equals(OCI_PREFIX + "revision") || key.equals("org.label-schema.vcs-ref");
    }

    /** One FROM line; a later stage built on an earlier one inherits that stage's base. */
    private static Map<String, Object> stage(Instruction instruction, BuildArgs globalArgs,
                                             Map<String, Map<String, Object>> earlier, FileSink sink) {
        List<String> words = DockerInstructions.words(instruction.arguments()).stream()
                .filter(w -> !w.startsWith("--")).toList();
        if (words.isEmpty()) {
            sink.error(instruction.line(), 0, "FROM without an image");
            return null;
        }
        String written = words.get(0);
        String name = words.size() >= 3 && words.get(1).equalsIgnoreCase("as") ? words.get(2) : null;
        String resolved = globalArgs.substitute(written);
        Map<String, Object> stage = new LinkedHashMap<>();
        stage.put("line", sink.location(instruction.line()).line());
        if (name != null) {
            stage.put("name", name);
        }
        stage.put("image", resolved != null ? resolved : written);
        if (resolved != null && !resolved.equals(written)) {
            stage.put("written", written);
        }
        Map<String, Object> parent = resolved == null ? null : earlier.get(resolved.toLowerCase(Locale.ROOT));
        if (parent != null) {
            stage.put("fromStage", parent.containsKey("name") ? parent.get("name") : resolved);
            stage.put("pinning", parent.get("basePinning"));
            stage.put("baseImage", parent.get("baseImage"));
            stage.put("basePinning", parent.get("basePinning"));
            return stage;
        }
        if (resolved != null && resolved.equalsIgnoreCase("scratch")) {
            // the empty image: nothing to pin
            stage.put("scratch", true);
            stage.put("pinning", ImageRef.PINNED);
            stage.put("baseImage", "scratch");
            stage.put("basePinning", ImageRef.PINNED);
            return stage;
        }
        ImageRef ref = ImageReferences.parse(resolved != null ? resolved : written);
        if (resolved == null) {
            ref = new ImageRef(written, null, null, null, null, ImageRef.UNRESOLVED);
        }
        stage.put("pinning", ref.pinning());
        stage.put("baseImage", ref.ref());
        stage.put("basePinning", ref.pinning());
        return stage;
    }

    /** {@code NAME} or {@code NAME=default}; a default that looks secret is replaced by the marker. */
    private static Map<String, Object> arg(String word) {
        Map<String, Object> arg = new LinkedHashMap<>();
        int equals = word.indexOf('=');
        String name = equals < 0 ? word : word.substring(0, equals);
        arg.put("name", name);
        if (equals >= 0) {
            String value = word.substring(equals + 1);
            String kept = Secrets.keepOrNull(name, value);
            if (kept == null) {
                arg.put("default", Secrets.MARKER);
                arg.put("redacted", true);
            } else {
                arg.put("default", kept);
            }
        }
        return arg;
    }

    /** {@code LABEL k=v k2="v 2"}, or the legacy one-pair form {@code LABEL k v}. */
    private static Map<String, String> labels(Instruction instruction) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> words = DockerInstructions.words(instruction.arguments());
        if (!words.isEmpty() && words.get(0).indexOf('=') < 0) {
            out.put(words.get(0), String.join(" ", words.subList(1, words.size())));
            return out;
        }
        for (String word : words) {
            int equals = word.indexOf('=');
            if (equals > 0) {
                out.put(word.substring(0, equals), word.substring(equals + 1));
            }
        }
        return out;
    }
}
