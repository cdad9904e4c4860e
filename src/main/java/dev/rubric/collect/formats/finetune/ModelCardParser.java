package dev.rubric.collect.formats.finetune;

import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.collect.read.code.FrontMatter;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hugging Face model cards: the YAML front matter of a {@code README.md} or {@code MODEL_CARD.md}
 * (formats.md §3.8). Countless READMEs have front matter (Jekyll, Hugo, docs sites), so the
 * front matter must name {@code base_model}, {@code library_name} or {@code pipeline_tag}. A card
 * that declares a base model describes a derived model and becomes a FineTune; one that does not
 * is still recorded as a model card.
 */
public final class ModelCardParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("readme.md", "model_card.md", "modelcard.md"));
    static final String FRAMEWORK = "hf-model-card";
    private static final Pattern CARD_KEY = Pattern.compile("(?m)^(base_model|library_name|pipeline_tag)\\s*:");

    public ModelCardParser() {
        super("model-card", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        String text = file.text();
        // the Hub only reads front matter that opens the file
        if (!text.startsWith("---") || !CARD_KEY.matcher(text).find()) {
            return false;
        }
        FrontMatter front = FrontMatter.split(text);
        if (front.yaml() == null || !CARD_KEY.matcher(front.yaml()).find()) {
            return false;
        }
        Node node;
        try {
            node = front.read(file.yaml());
        } catch (YamlException e) {
            sink.classify("model-card", FRAMEWORK, "error");
            sink.error(e.mark().line(), e.mark().column(), "model card front matter: malformed YAML: " + e.getMessage());
            return true;
        }
        if (!(node instanceof MapNode card)) {
            return false;
        }
        sink.classify("model-card", FRAMEWORK, "parsed");
        sink.fact("libraryName", Values.text(card, "library_name"));
        sink.fact("pipelineTag", Values.text(card, "pipeline_tag"));
        try {
            FineTuneDraft draft = read(file, card, front.openLine());
            if (draft.hasBaseModel()) {
                draft.emit(sink);
            }
        } catch (RuntimeException e) {
            sink.error(front.openLine(), 0, "model card front matter: cannot read it: " + e);
        }
        return true;
    }

    private static FineTuneDraft read(ParsedFile file, MapNode card, int line) {
        FineTuneDraft draft = new FineTuneDraft(file.subjectId(), line, FRAMEWORK);
        draft.baseModelRelation = Values.text(card, "base_model_relation");
        Node base = card.get("base_model");
        if (base instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode scalar && scalar.value() != null) {
                    draft.baseModel(scalar.text(), null, scalar.mark().line());
                }
            }
        } else {
            draft.baseModel(Values.text(card, "base_model"), null, Values.line(card, "base_model"));
        }
        List<String> tags = Values.strings(card.get("tags"));
        if (!draft.hasBaseModel()) {
            baseModelFromTags(card, tags, draft);
        }
        draft.method = tags.contains("qlora") ? "qlora" : tags.contains("lora") ? "lora" : null;
        for (String name : Values.strings(card.get("datasets"))) {
            draft.dataset(name, "train", null, null, null, null);
        }
        card.list("model-index").ifPresent(index -> modelIndex(index, draft));
        String license = Values.text(card, "license");
        draft.license = license != null ? license : Values.text(card, "licence");
        return draft;
    }

    /** TRL writes the base model only as a tag: {@code base_model:adapter:org/name}. */
    private static void baseModelFromTags(MapNode card, List<String> tags, FineTuneDraft draft) {
        for (String tag : tags) {
            if (!tag.startsWith("base_model:")) {
                continue;
            }
            String rest = tag.substring("base_model:".length());
            int colon = rest.indexOf(':');
            if (colon > 0 && !rest.substring(0, colon).contains("/")) {
                if (draft.baseModelRelation == null) {
                    draft.baseModelRelation = rest.substring(0, colon);
                }
                rest = rest.substring(colon + 1);
            }
            draft.baseModel(rest, null, Values.line(card, "tags"));
            return;
        }
    }

    /** {@code model-index[].results[]{dataset, metrics[]}}: each metric becomes "dataset:metric". */
    private static void modelIndex(ListNode index, FineTuneDraft draft) {
        Set<String> seen = new HashSet<>();
        for (Node model : index.items()) {
            if (!(model instanceof MapNode entry) || !(entry.get("results") instanceof ListNode results)) {
                continue;
            }
            for (Node result : results.items()) {
                if (result instanceof MapNode r) {
                    result(r, draft, seen);
                }
            }
        }
    }

    private static void result(MapNode result, FineTuneDraft draft, Set<String> seen) {
        MapNode dataset = result.map("dataset").orElse(null);
        String name = dataset == null ? null : first(Values.text(dataset, "type"), Values.text(dataset, "name"));
        if (name != null) {
            String split = first(Values.text(dataset, "split"), "test");
            if (seen.add(name + "\n" + split)) {
                draft.dataset(name, split, null, null, Values.text(dataset, "revision"), null);
            }
        }
        result.list("metrics").ifPresent(metrics -> {
            for (Node item : metrics.items()) {
                if (item instanceof MapNode metric && metric.get("value") instanceof ScalarNode value) {
                    String metricName = first(Values.text(metric, "type"), Values.text(metric, "name"));
                    Double number = number(value);
                    if (metricName != null && number != null) {
                        draft.evalMetrics.putIfAbsent(name == null ? metricName : name + ":" + metricName, number);
                    }
                }
            }
        });
    }

    private static Double number(ScalarNode value) {
        if (value.value() instanceof Number n) {
            return Double.isFinite(n.doubleValue()) ? n.doubleValue() : null;
        }
        try {
            double parsed = Double.parseDouble(value.text().strip());
            return Double.isFinite(parsed) ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
