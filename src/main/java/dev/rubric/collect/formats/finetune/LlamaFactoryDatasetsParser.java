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
 */
public final class LlamaFactoryDatasetsParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("dataset_info.json").exactCase());
    static final String FORMAT = "llama-factory-datasets";
    /** Where an entry's data comes from, in the order LLaMA-Factory itself consults them. */
    private static final List<String> SOURCES = List.of("hf_hub_url", "ms_hub_url", "om_hub_url", "script_url", "file_name");

    public LlamaFactoryDatasetsParser() {
        super(FORMAT, SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
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
