package dev.rubric.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text either reads or fails with a {@link YamlException}: nothing else may escape (a
 * SnakeYAML exception, a stack overflow, an out-of-memory from aliases). See docs/fuzzing.md.
 */
class SafeYamlFuzzTest {
    private static final SafeYaml YAML = new SafeYaml(1 << 20);

    @FuzzTest(maxDuration = "10m")
    void readsOrFailsLocated(byte[] data) {
        try {
            YAML.readAll(new String(data, java.nio.charset.StandardCharsets.UTF_8));
        } catch (YamlException expected) {
            // a located refusal is the contract for bad input
        }
    }
}
