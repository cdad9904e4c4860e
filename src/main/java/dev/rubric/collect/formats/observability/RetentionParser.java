package dev.rubric.collect.formats.observability;

import dev.rubric.collect.read.code.Needles;
import dev.rubric.collect.read.container.Durations;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import dev.rubric.yaml.YamlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long logs and traces are kept (criterion logs.retention): Loki
 * {@code limits_config.retention_period}, Tempo {@code compactor.compaction.block_retention},
 * Elasticsearch/OpenSearch ILM delete phases, CloudWatch log groups (Terraform
 * {@code retention_in_days}, CloudFormation {@code RetentionInDays}). Found at any depth, so
 * Helm values that wrap a Loki config count too.
 */
public final class RetentionParser extends FormatParser {
    private static final Signature SIGNATURE = Signature.of(Signature.weak("*.{yaml,yml,json,tf}"));
    // RE2/J: (?m)^\s* restarts at every line of a run of blank lines, quadratic in java.util.regex
    private static final com.google.re2j.Pattern TERRAFORM = com.google.re2j.Pattern.compile("(?m)^\\s*retention_in_days\\s*=\\s*(\\d+)");

    private record Found(String backend, String setting, String value, Long days, int line) {
    }

    public RetentionParser() {
        super("log-retention", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        List<Found> found = new ArrayList<>();
        if (file.fileName().toLowerCase(Locale.ROOT).endsWith(".tf")) {
            if (!Needles.contains(file, "retention_in_days")) {
                return false;
            }
            com.google.re2j.Matcher matcher = TERRAFORM.matcher(file.text());
            while (matcher.find()) {
                found.add(new Found("cloudwatch", "retention_in_days", matcher.group(1),
                        Durations.days(matcher.group(1), "d"), file.lineOf(matcher.start(1))));
            }
        } else {
            if (!Needles.contains(file, "retention_period") && !Needles.contains(file, "block_retention")
                    && !Needles.contains(file, "min_age") && !Needles.contains(file, "RetentionInDays")) {
                return false;
            }
            try {
                for (Node document : file.yamlDocuments()) {
                    walk(document, null, "", found);
                }
            } catch (YamlException e) {
                return false;
            }
        }
        if (found.isEmpty()) {
            return false;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (Found f : found) {
            int count = seen.merge(f.backend(), 1, Integer::sum);
            Map<String, String> settings = new java.util.TreeMap<>();
            settings.put("backend", f.backend());
            settings.put(f.setting(), f.value());
            sink.observability(new ObservabilitySignal(file.subjectId() + "#" + f.backend() + (count == 1 ? "" : "~" + count),
                    sink.location(f.line()), "log-retention", "backend-config", List.of(), List.of(), f.days(), settings));
        }
        if (!found.get(0).backend().equals("cloudwatch")) {
            sink.classify("observability-config", found.get(0).backend(), "parsed");
        }
        return true;
    }

    private static void walk(Node node, String parentKey, String path, List<Found> out) {
        if (node instanceof ListNode list) {
            for (Node item : list.items()) {
                walk(item, parentKey, path, out);
            }
            return;
        }
        if (!(node instanceof MapNode map)) {
            return;
        }
        for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
            String key = entry.getKey();
            String here = path.isEmpty() ? key : path + "." + key;
            if (entry.getValue() instanceof ScalarNode scalar && scalar.value() != null) {
                String value = scalar.text();
                if (key.equals("retention_period") && "limits_config".equals(parentKey)) {
                    out.add(new Found("loki", here, value, Durations.days(value, "s"), scalar.mark().line()));
                } else if (key.equals("block_retention") && "compaction".equals(parentKey)) {
                    out.add(new Found("tempo", here, value, Durations.days(value, "s"), scalar.mark().line()));
                } else if (key.equals("min_age") && "delete".equals(parentKey) && path.contains("phases")) {
                    out.add(new Found("elasticsearch-ilm", here, value, Durations.days(value, "d"), scalar.mark().line()));
                } else if (key.equals("RetentionInDays")) {
                    out.add(new Found("cloudwatch", here, value, Durations.days(value, "d"), scalar.mark().line()));
                }
            } else {
                walk(entry.getValue(), key, here, out);
            }
        }
    }
}
