package dev.rubric.collect.formats.rag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The models LangChain4j names by its own Java types rather than by a string: in-process
 * embedding models bundled in an artifact, and the model-name enums of its provider modules.
 * The table is data ({@code rag/langchain4j-models.txt}) so that a new library release is one line.
 */
final class Langchain4jModels {
    /** A model whose weights ship inside {@code dev.langchain4j:<artifact>}. */
    record Bundled(String model, String artifact) {
    }

    private static final String RESOURCE = "/rag/langchain4j-models.txt";
    private static final Langchain4jModels TABLE = load();

    private final Map<String, Bundled> bundled;
    /** By {@code Enum.CONSTANT}. */
    private final Map<String, String> constants;

    private Langchain4jModels(Map<String, Bundled> bundled, Map<String, String> constants) {
        this.bundled = Map.copyOf(bundled);
        this.constants = Map.copyOf(constants);
    }

    static Langchain4jModels table() {
        return TABLE;
    }

    /** The bundled model a class constructs ({@code AllMiniLmL6V2EmbeddingModel}), or null. */
    Bundled bundled(String simpleClassName) {
        return bundled.get(simpleClassName);
    }

    /** The model id of {@code OpenAiChatModelName.GPT_4_O_MINI}, or null. */
    String constant(String enumName, String constant) {
        return constants.get(enumName + "." + constant);
    }

    private static Langchain4jModels load() {
        Map<String, Bundled> bundled = new HashMap<>();
        Map<String, String> constants = new HashMap<>();
        try (InputStream in = Langchain4jModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE.substring(1) + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length == 4 && parts[0].equals("bundled")) {
                    bundled.put(parts[1], new Bundled(parts[2], parts[3]));
                } else if (parts.length == 4 && parts[0].equals("constant")) {
                    constants.put(parts[1] + "." + parts[2], parts[3]);
                } else {
                    throw new IllegalStateException(RESOURCE.substring(1) + ":" + number + ": expected 'bundled <class> <model> <artifact>'"
                            + " or 'constant <enum> <constant> <model>'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Langchain4jModels(bundled, constants);
    }
}
