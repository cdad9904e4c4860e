package dev.rubric.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.CollectionError;
import dev.rubric.evidence.EvidenceBuilder;
import dev.rubric.evidence.Json;
import dev.rubric.evidence.Location;
import dev.rubric.evidence.ObservabilitySignal;
import dev.rubric.evidence.Prompt;
import dev.rubric.evidence.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sink is the last line of defence: a carrier that hands it a secret unredacted (here, facts
 * built by hand the way a careless parser would) still produces evidence without it.
 */
class EvidenceSinkRedactionTest {
    private static final Location AT = Location.file("t", "prompts/p.prompty", 3);

    @Test
    void no_record_or_message_reaches_the_evidence_with_a_secret() {
        EvidenceBuilder builder = new EvidenceBuilder();
        EvidenceSink sink = new EvidenceSink(builder);
        sink.prompt(new Prompt("t/prompts/p.prompty", AT, "prompty", "p", null, null,
                "uses redis://:RedisPw66@cache:6379", null, null, null, Map.of("api_key", "sk-notakeybutlongenough1"),
                List.of(), false, false, null, "abc", "Connect with api_key=ProseKey44 now", "file", null));
        sink.observability(new ObservabilitySignal("t/.env#otel", AT, "otel", "env", List.of(),
                List.of("https://otel.example.com?api_key=OtelQ11"),
                null, Map.of("OTEL_EXPORTER_OTLP_HEADERS", "Authorization=Basic%20dXNlcjpPdGVsUHc=")));
        sink.error(new CollectionError("t", Location.file("t", "link.yaml"),
                "dangling symbolic link: its target https://lnuser:LinkPass99@example.com/x does not exist"));
        sink.error(new CollectionError("t", Location.file("t", "bad.yaml", 5, 13), "malformed YAML: found undefined alias Hunter2"));
        sink.source(new Source("t", Location.file("t", "."), "git", "https://ci:CloneTok55@git.example.com/r.git",
                Source.FAILED, "cannot clone https://ci:CloneTok55@git.example.com/r.git", Map.of()));

        String json = Json.pretty(builder.build("test"));

        assertThat(json).doesNotContain("RedisPw66", "notakeybutlongenough", "ProseKey44", "OtelQ11", "dXNlcjpPdGVsUHc",
                "LinkPass99", "Hunter2", "CloneTok55");
        assertThat(json).contains("\"api_key\": \"<redacted>\"", "undefined alias <redacted>", "lnuser:<redacted>@",
                "\"id\": \"t/prompts/p.prompty\"");
    }
}
