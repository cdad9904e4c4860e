package dev.rubric.collect.read.rag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The known output dimension of embedding models (criteria.md LC7), kept as data in
 * {@code rag/embedding-dimensions.txt} so the table can be checked and extended without code.
 */
final class EmbeddingDimensions {
    private record Known(long dimension, boolean adjustable) {
    }

    private static final Map<String, Known> TABLE = load();

    private EmbeddingDimensions() {
    }

    /**
     * The dimension vectors of {@code model} have, or null when the model is not in the table.
     * A requested size replaces the default only for models that accept one.
     */
    static Long expected(String model, Long requested) {
        if (model == null) {
            return null;
        }
        Known known = TABLE.get(key(model));
        if (known == null) {
            return null;
        }
        return requested != null && known.adjustable() ? requested : known.dimension();
    }

    /** {@code openai/text-embedding-3-small}, {@code BAAI/bge-m3}, {@code bge-m3:latest} → the table key. */
    static String key(String model) {
        String name = model.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("local:")) {
            name = name.substring("local:".length());
        }
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        int colon = name.indexOf(':');
        return colon > 0 ? name.substring(0, colon) : name;
    }

    private static Map<String, Known> load() {
        Map<String, Known> table = new HashMap<>();
        try (InputStream in = EmbeddingDimensions.class.getResourceAsStream("/rag/embedding-dimensions.txt")) {
            if (in == null) {
                throw new IllegalStateException("rag/embedding-dimensions.txt is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                table.put(key(parts[0]), new Known(Long.parseLong(parts[1]), parts.length > 2 && parts[2].equals("adjustable")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
