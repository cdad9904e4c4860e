package dev.rubric.judge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.rubric.evidence.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns evidence JSON into the values CEL works with: maps, lists, strings, booleans, Long
 * integers and Double decimals. Nulls are dropped so that {@code has(item.x)} means "x is known".
 * Judging always starts from JSON, whether the evidence was just collected or read from a file,
 * which is what makes {@code rubric score} agree with {@code rubric audit}.
 *
 * <p>The values are read from a token stream straight into compact, read-only maps ({@link
 * JsonMap}) with repeated short strings shared: no tree of the whole evidence is built on the way,
 * and 200,000 subjects fit in a small heap (docs/performance.md, "Judging").
 */
public final class CelValues {
    /** Values longer than this are rarely repeated; sharing them would only grow the table. */
    private static final int SHARED_MAX_LENGTH = 64;

    private final Map<String, String> shared = new HashMap<>();
    private final Map<List<String>, String[]> shapes = new HashMap<>();

    private CelValues() {
    }

    public static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        try (JsonParser parser = node.traverse(Json.mapper())) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of any object Jackson can write (the evidence record, say), without a tree in between. */
    public static Object ofObject(Object value) {
        try (TokenBuffer buffer = new TokenBuffer(Json.mapper(), false)) {
            Json.mapper().writeValue(buffer, value);
            try (JsonParser parser = buffer.asParser(Json.mapper())) {
                return read(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of a JSON document read from a stream, such as a saved evidence file. */
    public static Object read(InputStream in) throws IOException {
        try (JsonParser parser = Json.mapper().getFactory().createParser(in)) {
            return read(parser);
        }
    }

    private static Object read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        return first == null ? null : new CelValues().value(parser, first);
    }

    private Object value(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> text(parser.getText());
            case VALUE_NUMBER_INT -> parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() == null ? null : text(String.valueOf(parser.getEmbeddedObject()));
            default -> null;
        };
    }

    private Map<String, Object> object(JsonParser parser) throws IOException {
        List<String> keys = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String key = parser.currentName();
            Object value = value(parser, parser.nextToken());
            if (value != null) {
                keys.add(text(key));
                values.add(value);
            }
        }
        String[] shape = shapes.computeIfAbsent(keys, k -> k.toArray(new String[0]));
        return new JsonMap(shape, values.toArray());
    }

    private List<Object> array(JsonParser parser) throws IOException {
        List<Object> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            Object value = value(parser, token);
            if (value != null) {
                items.add(value);
            }
        }
        return items.isEmpty() ? List.of() : Collections.unmodifiableList(Arrays.asList(items.toArray()));
    }

    private String text(String text) {
        if (text.length() > SHARED_MAX_LENGTH) {
            return text;
        }
        String known = shared.putIfAbsent(text, text);
        return known == null ? text : known;
    }
}
