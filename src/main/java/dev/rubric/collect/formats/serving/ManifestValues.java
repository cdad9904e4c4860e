package dev.rubric.collect.formats.serving;

import dev.rubric.collect.Secrets;
import dev.rubric.collect.read.container.ShellWords.Word;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small readers shared by the YAML serving formats (KServe, NIM, Helm values). */
final class ManifestValues {
    private ManifestValues() {
    }

    /** A list of scalars as words, each at its own line; non-scalars are skipped. */
    static List<Word> words(Node list) {
        List<Word> out = new ArrayList<>();
        if (list instanceof ListNode items) {
            for (Node item : items.items()) {
                if (item instanceof ScalarNode scalar && scalar.value() != null) {
                    String text = scalar.text();
                    out.add(new Word(text, text.contains("$(") || text.contains("${"), scalar.mark().line()));
                }
            }
        }
        return out;
    }

    /**
     * A container env list: literal values that are not secret, null for references and secrets
     * (which the server then reads at run time: the setting is unresolved here).
     */
    static Map<String, String> env(Node list) {
        Map<String, String> out = new LinkedHashMap<>();
        if (list instanceof ListNode items) {
            for (Node item : items.items()) {
                if (item instanceof MapNode entry) {
                    entry.text("name").ifPresent(name -> out.put(name,
                            entry.text("value").map(value -> Secrets.keepOrNull(name, value)).orElse(null)));
                }
            }
        }
        return out;
    }

    /** {@code hf://org/model:revision}: the model without the revision suffix, and the revision. */
    static String[] splitHubUri(String uri) {
        if (uri != null && uri.startsWith("hf://")) {
            int colon = uri.indexOf(':', "hf://".length());
            if (colon > 0 && colon + 1 < uri.length()) {
                return new String[] {uri.substring(0, colon), uri.substring(colon + 1)};
            }
        }
        return new String[] {uri, null};
    }
}
