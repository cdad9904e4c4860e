package dev.rubric.collect.formats.kubernetes;

import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.tree.TreeInput;
import dev.rubric.evidence.Workload;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Kustomize overlays (docs/templates.md). An overlay that changes what its resources deploy
 * (images, namespace, patches) is built into the workloads it really deploys, recorded beside
 * the plain manifests of its base, pointing at the kustomization and with variant
 * {@code kustomize}: by {@code kubectl kustomize} when kubectl is on PATH (read-only, on a
 * private copy of the folders it uses, never for remote resources, with a timeout), else by
 * reading {@code resources}, {@code images} and the images that {@code patches} set directly. The
 * file's {@code builtWith} fact says which.
 */
public final class KustomizeParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(
            Signature.strong("kustomization.yaml", "kustomization.yml", "Kustomization").exactCase());
    private static final String VARIANT = "kustomize";
    private static final int MAX_DEPTH = 12;
    private static final List<String> NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private final Kubectl kubectl;

    public KustomizeParser() {
        this(new Kubectl(System.getenv("PATH")));
    }

    KustomizeParser(Kubectl kubectl) {
        super("kustomize", SIGNATURE);
        this.kubectl = kubectl;
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!file.carrier().equals("file") || file.variant() != null) {
            return false;
        }
        MapNode root = file.yamlRoot().orElse(null);
        if (root == null || !isKustomization(root)) {
            return false;
        }
        sink.classify("kustomization", "kustomize", "parsed");
        boolean overlay = root.get("images") != null || root.get("namespace") != null || root.get("patches") != null
                || root.get("patchesStrategicMerge") != null || root.get("patchesJson6902") != null;
        if (!overlay || file.tree().isEmpty()) {
            // a plain list of resources: they are read where they are
            return true;
        }
        String folder = HelmCharts.folderOf(file.relativePath());
        Gathered gathered = new Gathered();
        gather(file, sink, folder, root, 0, gathered, new HashSet<>());
        ParsedFile built = file.rendered(file.relativePath(), "", VARIANT, true);
        FileSink builtSink = sink.sinkFor(built);
        if (!gathered.remote && kubectl.available()) {
            Optional<String> output = kubectl.build(file.tree().get(), folder, gathered.folders, sink);
            if (output.isPresent()) {
                try {
                    List<Node> documents = file.yaml().readAll(output.get());
                    sink.fact("builtWith", "kubectl");
                    KubernetesManifestParser.readObjects(built, builtSink, documents);
                    return true;
                } catch (YamlException e) {
                    sink.error(0, 0, "kubectl kustomize gave text that is not YAML: " + e.getMessage());
                }
            }
        }
        sink.fact("builtWith", "direct");
        String namespace = gathered.namespace;
        KubernetesManifestParser.readObjects(built, builtSink, gathered.documents, new KubernetesManifestParser.Rewrite() {
            @Override
            public String namespace(String written) {
                return namespace != null ? namespace : written;
            }

            @Override
            public Workload workload(Workload read) {
                return gathered.images.apply(read);
            }
        });
        return true;
    }

    private static boolean isKustomization(MapNode root) {
        boolean declared = root.text("kind").map(k -> k.equals("Kustomization") || k.equals("Component")).orElse(false);
        boolean apiVersionOk = root.get("apiVersion") == null
                || root.text("apiVersion").map(v -> v.startsWith("kustomize.config.k8s.io/")).orElse(false);
        return apiVersionOk && (declared || root.get("resources") != null || root.get("bases") != null
                || root.get("images") != null);
    }

    /** What an overlay builds from: documents, the last namespace and image rules, the folders it reads. */
    private static final class Gathered {
        final List<Node> documents = new ArrayList<>();
        final KustomizeImages images = new KustomizeImages();
        final Set<String> folders = new java.util.TreeSet<>();
        String namespace;
        boolean remote;
    }

    /** Reads a kustomization's resources (recursively) first, then its own rules, so the outer overlay wins. */
    private static void gather(ParsedFile file, FileSink sink, String folder, MapNode kustomization, int depth,
                               Gathered out, Set<String> visited) {
        if (depth > MAX_DEPTH || !visited.add(folder)) {
            return;
        }
        out.folders.add(folder);
        for (String key : List.of("resources", "bases", "components")) {
            for (String entry : entries(kustomization, key)) {
                if (entry.contains("://") || entry.startsWith("github.com/") || entry.startsWith("git@")) {
                    out.remote = true;
                    sink.error(0, 0, "remote resource " + entry + " not read: an audit does not fetch");
                    continue;
                }
                String path = resolve(folder, entry);
                if (path == null) {
                    sink.error(0, 0, "resource " + entry + " lies outside the audited tree: not read");
                    continue;
                }
                resource(file, sink, path, depth, out, visited);
            }
        }
        kustomization.text("namespace").ifPresent(ns -> out.namespace = ns);
        kustomization.list("images").ifPresent(out.images::add);
        for (String key : List.of("patchesStrategicMerge", "patches")) {
            Node patches = kustomization.get(key);
            if (patches instanceof ListNode list) {
                for (Node item : list.items()) {
                    patch(file, sink, folder, item, out);
                }
            }
        }
    }

    private static void resource(ParsedFile file, FileSink sink, String path, int depth, Gathered out, Set<String> visited) {
        String text = read(file, path);
        if (text != null) {
            documents(file, sink, path, text).forEach(out.documents::add);
            return;
        }
        for (String name : NAMES) {
            String inner = read(file, HelmCharts.join(path, name));
            if (inner != null) {
                List<Node> documents = documents(file, sink, HelmCharts.join(path, name), inner);
                if (!documents.isEmpty() && documents.get(0) instanceof MapNode nested) {
                    gather(file, sink, path, nested, depth + 1, out, visited);
                }
                return;
            }
        }
        sink.error(0, 0, "resource " + path + " not found in the audited tree");
    }

    private static void patch(ParsedFile file, FileSink sink, String folder, Node item, Gathered out) {
        List<Node> documents = List.of();
        if (item instanceof ScalarNode scalar && scalar.value() instanceof String path) {
            String resolved = resolve(folder, path);
            String text = resolved == null ? null : read(file, resolved);
            documents = text == null ? List.of() : documents(file, sink, resolved, text);
        } else if (item instanceof MapNode entry) {
            Optional<String> inline = entry.text("patch");
            Optional<String> path = entry.text("path");
            if (inline.isPresent()) {
                documents = documents(file, sink, file.relativePath(), inline.get());
            } else if (path.isPresent()) {
                String resolved = resolve(folder, path.get());
                String text = resolved == null ? null : read(file, resolved);
                documents = text == null ? List.of() : documents(file, sink, resolved, text);
            }
        }
        for (Node document : documents) {
            if (document instanceof MapNode map) {
                out.images.addPatch(map);
            }
        }
    }

    private static List<Node> documents(ParsedFile file, FileSink sink, String path, String text) {
        try {
            return file.yaml().readAll(text);
        } catch (YamlException e) {
            sink.error(0, 0, path + ":" + e.mark().line() + ":" + e.mark().column() + ": not read: " + e.getMessage());
            return List.of();
        }
    }

    private static List<String> entries(MapNode kustomization, String key) {
        List<String> out = new ArrayList<>();
        kustomization.list(key).ifPresent(list -> list.items().forEach(item -> {
            if (item instanceof ScalarNode scalar && scalar.value() instanceof String entry) {
                out.add(entry);
            }
        }));
        return out;
    }

    /** The text of a file of the walk, or null when there is none. */
    private static String read(ParsedFile file, String path) {
        try {
            TreeInput.Blob blob = file.tree().get().file(path);
            return blob == null ? null : new String(blob.read(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code folder/entry} with ./ and ../ resolved, or null when it leaves the tree. */
    static String resolve(String folder, String entry) {
        List<String> parts = new ArrayList<>();
        if (!folder.isEmpty()) {
            parts.addAll(List.of(folder.split("/")));
        }
        for (String part : entry.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
