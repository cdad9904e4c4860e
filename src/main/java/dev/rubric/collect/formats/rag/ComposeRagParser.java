package dev.rubric.collect.formats.rag;

import dev.rubric.collect.read.rag.PlatformEnv;
import dev.rubric.collect.read.rag.RagRecord;
import dev.rubric.collect.tree.FileSink;
import dev.rubric.collect.tree.FormatParser;
import dev.rubric.collect.tree.ParsedFile;
import dev.rubric.collect.tree.Signature;
import dev.rubric.yaml.ListNode;
import dev.rubric.yaml.MapNode;
import dev.rubric.yaml.Node;
import dev.rubric.yaml.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compose files ({@code docker-compose.yml}, {@code compose.prod.yaml}) whose services set a
 * RAG platform's variables in {@code environment:}; the same variables in a {@code .env} file
 * are read by the dotenv parser.
 */
public final class ComposeRagParser extends FormatParser {
    private static final Pattern COMPOSE_NAME = Pattern.compile("(?i)(docker-)?compose([.\\-][\\w.\\-]+)?\\.ya?ml");
    private static final Signature SIGNATURE = Signature.of(
            Signature.weak("compose*.{yml,yaml}", "docker-compose*.{yml,yaml}").matching(COMPOSE_NAME));

    public ComposeRagParser() {
        super("rag-env", SIGNATURE);
    }

    @Override
    public boolean parse(ParsedFile file, FileSink sink) {
        if (!PlatformEnv.mentionedIn(file)) {
            return false;
        }
        List<RagRecord> records = new ArrayList<>();
        for (MapNode document : file.yamlMappings()) {
            MapNode services = document.map("services").orElse(null);
            if (services == null) {
                continue;
            }
            for (String service : services.keys()) {
                Node environment = services.at(service, "environment").orElse(null);
                RagRecord record = PlatformEnv.record(environment(environment), "compose");
                if (record != null) {
                    record.setting("service", service);
                    records.add(record);
                }
            }
        }
        if (records.isEmpty()) {
            return false;
        }
        sink.classify("rag-config", "compose", "parsed");
        RagRecord.emitAll(file.subjectId(), sink, records);
        return true;
    }

    /** {@code environment:} as a mapping or as a list of {@code KEY=value}, the first setting of a name winning. */
    private static Map<String, PlatformEnv.Var> environment(Node environment) {
        Map<String, PlatformEnv.Var> out = new LinkedHashMap<>();
        if (environment instanceof MapNode map) {
            for (String key : map.keys()) {
                String value = map.get(key) instanceof ScalarNode s && s.value() != null ? s.text() : "";
                out.putIfAbsent(key, PlatformEnv.variable(key, value, map.keyMark(key).line()));
            }
        } else if (environment instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof ScalarNode s && s.value() instanceof String entry) {
                    int equals = entry.indexOf('=');
                    String key = equals < 0 ? entry : entry.substring(0, equals);
                    out.putIfAbsent(key, PlatformEnv.variable(key, equals < 0 ? "" : entry.substring(equals + 1), s.mark().line()));
                }
            }
        }
        return out;
    }
}
