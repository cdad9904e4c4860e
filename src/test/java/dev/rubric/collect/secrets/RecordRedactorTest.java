package dev.rubric.collect.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.evidence.FineTune;
import dev.rubric.evidence.Location;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RecordRedactorTest {
    private static final Location AT = Location.file("t", "ft/p?token=abc.yaml");

    private static FineTune fineTune(List<FineTune.Dataset> datasets, Map<String, Object> hyperparameters) {
        return new FineTune("t/ft/p?token=abc.yaml", AT, "axolotl", "lora", "m", null, null, null, datasets,
                hyperparameters, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void strings_at_any_depth_are_redacted_and_ids_and_locations_kept() {
        Map<String, Object> hyper = new TreeMap<>(Map.of("lr", 0.1, "notes", List.of("password: Hunter2x"),
                "api_token", "keep-the-key-name"));
        FineTune before = fineTune(List.of(new FineTune.Dataset("https://u:DsPass77@data.example.com/t.jsonl", null,
                "alpaca", List.of("s3://b/t.jsonl?X-Amz-Signature=deadbeef"), null, null, false)), hyper);

        FineTune after = RecordRedactor.redact(before);

        assertThat(after.datasets().get(0).name()).isEqualTo("https://u:<redacted>@data.example.com/t.jsonl");
        assertThat(after.datasets().get(0).files()).containsExactly("s3://b/t.jsonl?X-Amz-Signature=<redacted>");
        assertThat(after.hyperparameters()).containsEntry("notes", List.of("password: <redacted>"))
                .containsEntry("lr", 0.1).containsEntry("api_token", "keep-the-key-name");
        assertThat(after.hyperparameters().keySet()).containsExactly("api_token", "lr", "notes");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.location()).isSameAs(AT);
    }

    @Test
    void a_record_without_secrets_is_handed_back_as_it_is() {
        FineTune clean = fineTune(List.of(new FineTune.Dataset("tatsu-lab/alpaca", "train", "alpaca", null, "abc", null,
                true)), Map.of("lr", 0.1, "scheduler", "cosine"));
        assertThat(RecordRedactor.redact(clean)).isSameAs(clean);
    }
}
