package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * LLaMA-Factory's dataset registry, {@code data/dataset_info.json} (formats.md §3.2): a mapping
 * from dataset name to where it comes from. It describes no training run, so it yields no
 * FineTune; its entries become the file's {@code datasets} fact, from which the names in a
 * training config can be resolved to sources and hashes. Hugging Face {@code datasets} writes
 * files of the same name with another shape (description, citation, features), hence a weak hint.
 *
 * <p>The v1 format names a dataset file in {@code train_dataset: data/sft.yaml}: a YAML mapping
 * from dataset name to {@code path}, {@code source} ({@code local}, or the hub when absent),
 * {@code converter}, {@code split}. It is recognised by content only, since any YAML file can be
 * one: every entry has a {@code path} and at least one a {@code converter}.
 */
public final class LlamaFactoryDatasetsParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("dataset_info.json").exactCase(),
            Signature.weak("*.{yaml,yml}"));
    static final String V1_FORMAT = "llama-factory-datasets-v1";
    static final String FORMAT = "llama-factory-datasets";
    /** Where an entry's data comes from, in the order LLaMA-Factory itself consults them. */
    private static final List<String> SOURCES = List.of("hf_hub_url", "ms_hub_url", "om_hub_url", "script_url", "file_name");

    public LlamaFactoryDatasetsParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        if (!file.fileName().endsWith(".json")) {
            return text.contains("converter") && text.contains("path") && v1(file, sink);
        }
        if (SOURCES.stream().noneMatch(text::contains)) {
            return false;
        }
        MapNode registry = Values.single(file);
        if (registry == null || !isRegistry(registry)) {
            return false;
        }
        sink.classify("finetune-manifest", FORMAT, "parsed");
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Map.Entry<String, Node> entry : registry.entries().entrySet()) {
            if (entry.getValue() instanceof MapNode spec) {
                datasets.add(describe(entry.getKey(), spec));
            }
        }
        sink.fact("datasets", datasets);
        return true;
    }

    private static boolean v1(ParsedFile file, FileSink sink) {
        MapNode registry = Values.single(file);
        if (registry == null || registry.entries().isEmpty()) {
            return false;
        }
        boolean converted = false;
        for (Node value : registry.entries().values()) {
            if (!(value instanceof MapNode spec) || Values.text(spec, "path") == null) {
                return false;
            }
            converted |= Values.text(spec, "converter") != null;
        }
        if (!converted) {
            return false;
        }
        sink.classify("finetune-manifest", V1_FORMAT, "parsed");
        List<Map<String, Object>> datasets = new ArrayList<>();
        registry.entries().forEach((name, value) -> {
            MapNode spec = (MapNode) value;
            String source = Values.text(spec, "source");
            Map<String, Object> out = new TreeMap<>();
            out.put("name", name);
            out.put("source", Secrets.scrubText(Values.text(spec, "path")));
            // LLaMA-Factory reads a dataset without a source from the Hugging Face hub
            out.put("sourceKind", source == null ? "hf_hub" : source);
            putIfPresent(out, "formatting", Values.text(spec, "converter"));
            putIfPresent(out, "split", Values.text(spec, "split"));
            out.put("pinned", false);
            datasets.add(out);
        });
        sink.fact("datasets", datasets);
        return true;
    }

    /** Every value is an entry, and at least one entry names a source. */
    private static boolean isRegistry(MapNode registry) {
        boolean sourced = false;
        for (Node value : registry.entries().values()) {
            if (!(value instanceof MapNode spec)) {
                return false;
            }
            sourced |= SOURCES.stream().anyMatch(key -> spec.get(key) != null);
        }
        return sourced;
    }

    private static Map<String, Object> describe(String name, MapNode spec) {
        Map<String, Object> out = new TreeMap<>();
        out.put("name", name);
        for (String key : SOURCES) {
            String value = Values.text(spec, key);
            if (value != null) {
                out.put("source", Secrets.scrubText(value));
                out.put("sourceKind", key);
                break;
            }
        }
        String revision = Values.text(spec, "revision");
        String hash = Values.text(spec, "file_sha1");
        putIfPresent(out, "revision", revision);
        putIfPresent(out, "hash", hash == null ? null : "sha1:" + hash);
        putIfPresent(out, "formatting", Values.text(spec, "formatting"));
        putIfPresent(out, "subset", Values.text(spec, "subset"));
        putIfPresent(out, "split", Values.text(spec, "split"));
        out.put("pinned", Values.isCommit(revision) || hash != null);
        return out;
    }

    private static void putIfPresent(Map<String, Object> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
