package dev.rubric.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {
    @TempDir
    Path temp;

    @Test
    void a_file_gets_exactly_the_bytes_of_the_string_form() throws Exception {
        Map<String, Object> value = new TreeMap<>(Map.of("zeta", List.of(1, 2), "alpha", Map.of("é", "ü ✓"),
                "empty", List.of()));
        Path file = temp.resolve("out.json");
        Json.write(value, file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(Json.pretty(value));
        assertThat(written).startsWith("{\n  \"alpha\": {").endsWith("}\n");
    }
}
